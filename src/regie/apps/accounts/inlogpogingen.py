"""Failed logins: lock-out per account and per address (django-axes), Regie's own lock-out page, and a log line per
attempt.

django-axes stores every attempt (AccessAttempt, AccessFailureLog, AccessLog). Its database handler compares one
number with one limit; Regie wants two limits: an account is locked after a few failures (someone guessing one
password), an address after many failures over any usernames (someone trying many accounts), while a whole office
behind one proxy address is not locked by a few colleagues' typing errors.
"""

import logging

from axes.handlers.database import AxesDatabaseHandler
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models import Sum
from django.dispatch import receiver
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger("regie.inloggen")


class RegieAxesHandler(AxesDatabaseHandler):
    """Counts failures per username and per IP address (AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"])."""

    def get_failures(self, request, credentials=None) -> int:
        per_account, per_adres = (
            attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        # axes compares the result with AXES_FAILURE_LIMIT (the per-account limit); the per-address count is put on
        # that scale, so it reaches the limit exactly when it reaches REGIE_INLOG_LIMIET_IP.
        return max(per_account, per_adres * settings.AXES_FAILURE_LIMIT // settings.REGIE_INLOG_LIMIET_IP)


def blokkade_melding() -> str:
    minuten = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _(
        "Te veel mislukte pogingen om in te loggen. Uw account is tijdelijk geblokkeerd: probeer het over "
        "%(minuten)d minuten opnieuw of neem contact op met de functioneel beheerder."
    ) % {"minuten": minuten}


def geblokkeerd(request, original_response=None, credentials=None):
    """The answer to a locked-out login: Regie's login page with a clear message, status 429 (Too Many Requests)."""
    from .forms import InlogFormulier

    gebruikersnaam = (credentials or {}).get("username") or request.POST.get("username", "")
    formulier = InlogFormulier(request, initial={"username": gebruikersnaam})
    return render(
        request,
        "accounts/login.html",
        {"form": formulier, "geblokkeerd": blokkade_melding(), "digid": settings.DIGID_AAN},
        status=429,
    )


def _adres(request) -> str:
    if request is None:
        return "-"
    return getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR", "-")


@receiver(user_logged_in)
def _log_gelukt(sender, request, user, **kwargs):
    logger.info("Inloggen gelukt: gebruiker=%s rol=%s adres=%s", user.get_username(), user.rol, _adres(request))


@receiver(user_logged_out)
def _log_uitgelogd(sender, request, user, **kwargs):
    if user is not None:
        logger.info("Uitgelogd: gebruiker=%s adres=%s", user.get_username(), _adres(request))


@receiver(user_login_failed)
def _log_mislukt(sender, credentials, request=None, **kwargs):
    # Django has already replaced the password in credentials; only the username is logged.
    logger.warning("Inloggen mislukt: gebruikersnaam=%s adres=%s", credentials.get("username", "-"), _adres(request))


@receiver(user_locked_out)
def _log_geblokkeerd(sender, request, username, ip_address, **kwargs):
    logger.warning(
        "Inloggen geblokkeerd na te veel mislukte pogingen: gebruikersnaam=%s adres=%s", username, ip_address
    )
