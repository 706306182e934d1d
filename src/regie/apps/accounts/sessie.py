"""Session limits: an idle timeout and an absolute limit after login, kept in the session itself.

The server decides; the page only warns (static/regie/sessie.js). Times are Unix seconds so the session stays JSON.
"""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

INGELOGD_OM = "regie_ingelogd_om"
LAATST_ACTIEF = "regie_laatst_actief"
# Saving the session on every request costs a database write per page; a minute of slack is harmless.
ACTIEF_BIJWERKEN_NA = 60


@receiver(user_logged_in)
def _begin_sessie(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        nu = time.time()
        request.session[INGELOGD_OM] = nu
        request.session[LAATST_ACTIEF] = nu


def verlopen_reden(session, nu: float) -> str | None:
    """'maximum' when the session outlived the absolute limit, 'inactief' after the idle timeout, else None."""
    ingelogd_om = session.get(INGELOGD_OM)
    laatst_actief = session.get(LAATST_ACTIEF)
    if ingelogd_om is not None and nu - ingelogd_om > settings.REGIE_SESSIE_MAXIMUM:
        return "maximum"
    if laatst_actief is not None and nu - laatst_actief > settings.REGIE_SESSIE_INACTIEF:
        return "inactief"
    return None


def markeer_activiteit(session, nu: float) -> None:
    session.setdefault(INGELOGD_OM, nu)
    laatst_actief = session.get(LAATST_ACTIEF)
    if laatst_actief is None or nu - laatst_actief >= ACTIEF_BIJWERKEN_NA:
        session[LAATST_ACTIEF] = nu


def resterend(session, nu: float) -> dict:
    """Seconds until the idle timeout and until the absolute limit, for the warning on the page."""
    inactief = settings.REGIE_SESSIE_INACTIEF - (nu - session.get(LAATST_ACTIEF, nu))
    maximum = settings.REGIE_SESSIE_MAXIMUM - (nu - session.get(INGELOGD_OM, nu))
    return {"inactief": max(0, int(inactief)), "maximum": max(0, int(maximum))}
