from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from . import registry
from .middleware import moet_tweede_factor


def navigation(request):
    """The main menu for the logged-in user, from the entries apps registered, and the municipality name."""
    user = getattr(request, "user", None)
    huisstijl = {"gemeente": settings.REGIE_GEMEENTE_NAAM, "gemeente_logo": _logo()}
    if not user or not user.is_authenticated:
        return huisstijl
    items = registry.menu_voor(user)
    if settings.REGIE_TWEEDE_FACTOR and moet_tweede_factor(user):
        items.append((_("Tweede factor"), reverse("accounts:tweede_factor")))
    actief = actief_item([url for _label, url in items], request.path)
    return {
        **huisstijl,
        "navigatie": [{"label": label, "url": url, "actief": url == actief} for label, url in items],
        "gemeente": user.gemeente.naam if user.gemeente_id else settings.REGIE_GEMEENTE_NAAM,
        "sessie": _sessie(request),
    }


def actief_item(urls: list[str], pad: str) -> str | None:
    """The menu entry the page belongs to: the exact address, else the longest entry the address starts with (a
    dossier's pages fall under "Caseload" at /dossier/). The start page "/" only matches itself."""
    if pad in urls:
        return pad
    kandidaten = [url for url in urls if url != "/" and pad.startswith(url.rstrip("/") + "/")]
    return max(kandidaten, key=len, default=None)


def _logo() -> str:
    logo = settings.REGIE_GEMEENTE_LOGO
    if not logo or logo.startswith(("https://", "http://", "/")):
        return logo
    return static(logo)


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
