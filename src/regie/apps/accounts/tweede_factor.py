"""The second factor for staff: enrol an authenticator app (TOTP, QR code as inline SVG) and recovery codes, and
verify a code after the password.

Enrolment is only possible while an account has no confirmed authenticator: someone who knows a password cannot
replace the real owner's second factor with their own. A lost phone is a task for the functioneel beheerder, who
resets the second factor (regie.apps.beheer).
"""

import logging
import re
from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from regie.forms import UtrechtFormMixin

from .middleware import moet_tweede_factor

logger = logging.getLogger("regie.inloggen")

AANTAL_HERSTELCODES = 10
TOTP_CODE = re.compile(r"^\d{6}$")


class CodeFormulier(UtrechtFormMixin, forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        help_text=gettext_lazy("De 6 cijfers uit uw authenticator-app, of een van uw herstelcodes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
    )

    def clean_code(self):
        return re.sub(r"[\s-]", "", self.cleaned_data["code"]).lower()


def _volgende(request) -> str:
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return volgende
    return settings.LOGIN_REDIRECT_URL


def _alleen_medewerkers(user) -> None:
    if not moet_tweede_factor(user):
        raise PermissionDenied(_("Een tweede factor is er alleen voor medewerkers; inwoners loggen in met DigiD."))


def _bevestigde_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def nieuwe_herstelcodes(user) -> list[str]:
    """Replaces all recovery codes of the user with new single-use ones; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    apparaat = StaticDevice.objects.create(user=user, name=_("Herstelcodes"), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create([StaticToken(device=apparaat, token=code) for code in codes])
    logger.info("Nieuwe herstelcodes gemaakt: gebruiker=%s", user.get_username())
    return codes


def _qr_svg(apparaat: TOTPDevice) -> str:
    qr = segno.make(apparaat.config_url, error="m")
    # segno writes the SVG itself from the URL; nothing of the user's input is in it except the username, escaped.
    return mark_safe(  # noqa: S308
        qr.svg_inline(scale=5, dark="#000", light="#fff", svgclass="regie-qr", title=_("QR-code voor uw app"))
    )


def _geheim(apparaat: TOTPDevice) -> str:
    tekst = b32encode(apparaat.bin_key).decode().rstrip("=")
    return " ".join(tekst[i : i + 4] for i in range(0, len(tekst), 4))


@never_cache
@login_required
def instellen(request):
    """Enrol: scan the QR code, confirm with a first code, receive the recovery codes (shown once)."""
    user = request.user
    _alleen_medewerkers(user)
    if _bevestigde_app(user):
        if user.is_verified():
            return redirect("accounts:tweede_factor")
        return redirect("accounts:tweede_factor_controleren")
    apparaat = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=_("Authenticator-app"), confirmed=False
    )
    formulier = CodeFormulier(request.POST or None)
    formulier.fields["code"].help_text = _("De 6 cijfers die uw authenticator-app nu toont.")
    if request.method == "POST" and formulier.is_valid():
        if not apparaat.verify_is_allowed()[0]:
            formulier.add_error("code", _("Te veel foute codes achter elkaar. Wacht even en probeer het dan opnieuw."))
        elif TOTP_CODE.match(formulier.cleaned_data["code"]) and apparaat.verify_token(formulier.cleaned_data["code"]):
            apparaat.confirmed = True
            apparaat.save(update_fields=["confirmed"])
            request.session.cycle_key()
            otp_login(request, apparaat)
            codes = nieuwe_herstelcodes(user)
            logger.info("Tweede factor ingesteld: gebruiker=%s", user.get_username())
            return render(
                request, "accounts/herstelcodes.html", {"codes": codes, "volgende": _volgende(request), "nieuw": True}
            )
        else:
            formulier.add_error(
                "code", _("Deze code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwe code.")
            )
    return render(
        request,
        "accounts/tweede_factor_instellen.html",
        {"form": formulier, "qr": _qr_svg(apparaat), "geheim": _geheim(apparaat), "next": _volgende(request)},
    )


@never_cache
@login_required
def controleren(request):
    """After the password: a code from the app, or one recovery code (which is then used up)."""
    user = request.user
    _alleen_medewerkers(user)
    if not _bevestigde_app(user):
        return redirect("accounts:tweede_factor_instellen")
    if user.is_verified():
        return redirect(_volgende(request))
    formulier = CodeFormulier(request.POST or None)
    if request.method == "POST" and formulier.is_valid():
        code = formulier.cleaned_data["code"]
        soort = TOTPDevice if TOTP_CODE.match(code) else StaticDevice
        with transaction.atomic():
            apparaat = soort.objects.select_for_update().filter(user=user, confirmed=True).first()
            toegestaan = apparaat is not None and apparaat.verify_is_allowed()[0]
            gelukt = toegestaan and apparaat.verify_token(code)
        if gelukt:
            request.session.cycle_key()
            otp_login(request, apparaat)
            logger.info("Tweede factor gelukt: gebruiker=%s met=%s", user.get_username(), soort.__name__)
            return redirect(_volgende(request))
        logger.warning("Tweede factor mislukt: gebruiker=%s", user.get_username())
        if apparaat is not None and not toegestaan:
            formulier.add_error("code", _("Te veel foute codes achter elkaar. Wacht even en probeer het dan opnieuw."))
        else:
            formulier.add_error("code", _("Deze code klopt niet of is al gebruikt."))
    return render(request, "accounts/tweede_factor_controleren.html", {"form": formulier, "next": _volgende(request)})


@never_cache
@login_required
def overzicht(request):
    """The staff member's own second factor: status, and new recovery codes (which replace the old ones)."""
    user = request.user
    _alleen_medewerkers(user)
    app = _bevestigde_app(user)
    if app is None:
        return redirect("accounts:tweede_factor_instellen")
    if request.method == "POST":
        if not user.is_verified():
            return redirect("accounts:tweede_factor_controleren")
        codes = nieuwe_herstelcodes(user)
        return render(request, "accounts/herstelcodes.html", {"codes": codes, "volgende": settings.LOGIN_REDIRECT_URL})
    resterend = StaticToken.objects.filter(device__user=user).count()
    return render(request, "accounts/tweede_factor.html", {"app": app, "herstelcodes_over": resterend})
