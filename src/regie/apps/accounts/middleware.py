"""Request checks for logged-in users: the session limits, the second factor for staff, and inwoners kept to their
portal.

Both answer a full-page redirect; for an htmx request they send ``HX-Redirect`` so the login or verification page
replaces the whole page instead of landing inside a fragment.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import redirect, resolve_url
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_otp import user_has_device

from . import permissions, registry, sessie
from .permissions import Taak

VERLOPEN_MELDINGEN = {
    "inactief": lambda: (
        _(
            "U bent automatisch uitgelogd omdat u %(minuten)d minuten niets heeft gedaan. Log opnieuw in om verder "
            "te gaan."
        )
        % {"minuten": settings.REGIE_SESSIE_INACTIEF // 60}
    ),
    "maximum": lambda: (
        _("U bent automatisch uitgelogd omdat u al %(uren)d uur was ingelogd. Log opnieuw in om verder te gaan.")
        % {"uren": settings.REGIE_SESSIE_MAXIMUM // 3600}
    ),
}

# Pages a staff member may reach between the password and the second factor: nothing with personal data.
VRIJ_ZONDER_TWEEDE_FACTOR = {
    "accounts:login",
    "accounts:logout",
    "accounts:tweede_factor_instellen",
    "accounts:tweede_factor_controleren",
    "set_language",
}


def _doorsturen(request, url: str) -> HttpResponse:
    if request.headers.get("HX-Request") == "true":
        antwoord = HttpResponse(status=204)
        antwoord["HX-Redirect"] = url
        return antwoord
    return redirect_to_login(request.get_full_path(), url) if request.method == "GET" else redirect(url)


class SessieMiddleware:
    """Ends a session after the idle timeout or the absolute limit, whatever the browser still holds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            nu = time.time()
            reden = sessie.verlopen_reden(request.session, nu)
            if reden:
                logout(request)
                messages.warning(request, VERLOPEN_MELDINGEN[reden]())
                return _doorsturen(request, resolve_url(settings.LOGIN_URL))
            sessie.markeer_activiteit(request.session, nu)
            request.regie_sessie = sessie.resterend(request.session, nu)
        return self.get_response(request)


def moet_tweede_factor(user) -> bool:
    """Every account that is not an inwoner's: staff roles, accounts awaiting a role, technical superusers."""
    return permissions.vraagt_tweede_factor(user)


class TweedeFactorMiddleware:
    """With REGIE_TWEEDE_FACTOR on, a staff member who has only given a password reaches no page but the ones that
    enrol or verify the second factor (and login, logout, the language switch)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REGIE_TWEEDE_FACTOR or not moet_tweede_factor(request.user) or request.user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.view_name in VRIJ_ZONDER_TWEEDE_FACTOR:
            return None
        doel = (
            "accounts:tweede_factor_controleren"
            if user_has_device(request.user)
            else "accounts:tweede_factor_instellen"
        )
        url = resolve_url(doel)
        if request.method == "GET":
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        if request.headers.get("HX-Request") == "true":
            antwoord = HttpResponse(status=204)
            antwoord["HX-Redirect"] = url
            return antwoord
        return redirect(url)


class InwonerNaarPortaalMiddleware:
    """An inwoner who opens a staff page is sent to their own portal, not shown a 403 or 404.

    Which pages are for inwoners, each app registers (``registry.registreer_inwonerpagina``); everything else is a
    staff page. The check runs before the view, so an inwoner's request never reaches a staff view at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not permissions.mag_taak(getattr(request, "user", None), Taak.PORTAAL):
            return None
        if registry.is_inwonerpagina(match.view_name) or not (portaal := registry.url_voor("portaal:start")):
            return None
        return redirect(portaal)


class PermissieAntwoordenMiddleware:
    """A reading request asks each permission question about an inwoner once (``permissions.onthoud_antwoorden``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with permissions.onthoud_antwoorden():
            return self.get_response(request)
