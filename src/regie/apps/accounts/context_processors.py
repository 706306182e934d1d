from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from . import registry
from .middleware import moet_tweede_factor


def navigation(request):
    """The main menu for the logged-in user, from the entries apps registered, and the municipality name."""
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    items = registry.menu_voor(user)
    if settings.REGIE_TWEEDE_FACTOR and moet_tweede_factor(user):
        items.append((_("Tweede factor"), reverse("accounts:tweede_factor")))
    path = request.path
    return {
        "navigatie": [{"label": label, "url": url, "actief": path == url} for label, url in items],
        "gemeente": user.gemeente.naam if user.gemeente_id else "",
        "sessie": _sessie(request),
    }


def _sessie(request) -> dict | None:
    """What the idle-timeout warning needs (seconds left, set by SessieMiddleware); nothing when not logged in."""
    resterend = getattr(request, "regie_sessie", None)
    if resterend is None:
        return None
    return {
        **resterend,
        "waarschuwing": settings.REGIE_SESSIE_WAARSCHUWING,
        "waarschuwing_minuten": settings.REGIE_SESSIE_WAARSCHUWING // 60,
        "maximum_uren": settings.REGIE_SESSIE_MAXIMUM // 3600,
    }
