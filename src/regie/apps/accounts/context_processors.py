from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from .beheerrechten import mag_gebruikers_beheren
from .middleware import moet_tweede_factor
from .models import Rol


def navigation(request):
    """The main menu for the logged-in user's role, and the municipality name for the header."""
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    items = []
    if user.ziet_dossiers:
        items.append((_("Mijn caseload"), reverse("dossier:caseload")))
    if user.rol == Rol.KLANTMANAGER:
        items.append((_("Werklijst"), _url("plan:werklijst")))
        items.append((_("Mijn gesprekken"), _url("gesprekken:mijn_gesprekken")))
    if user.rol == Rol.TEAMLEIDER:
        items.append((_("Leertrends"), _url("gesprekken:trends")))
        items.append((_("Inwoner aanmelden"), reverse("dossier:inwoner_nieuw")))
    if user.rol in (Rol.KRACHTCOACH, Rol.FUNCTIONEEL_BEHEERDER):
        items.append((_("Plekken"), _url("participatie:plekken")))
    if user.rol == Rol.KRACHTCOACH:
        items.append((_("Voorstel voor mijn caseload"), _url("participatie:voorstel")))
    if user.rol == Rol.INWONER:
        items.append((_("Mijn plan"), _url("portaal:start")))
        items.append((_("Mijn gegevens"), reverse("home") if not _url("portaal:start") else _url("portaal:gegevens")))
        items.append((_("Mijn uitkering"), reverse("inkomen:mijn_uitkering")))
        items.append((_("Meedoen"), _url("participatie:mijn_profiel")))
    if user.rol in (Rol.TEAMLEIDER, Rol.FUNCTIONEEL_BEHEERDER):
        items.append((_("Herberekening"), reverse("inkomen:herberekeningen")))
    if mag_gebruikers_beheren(user):
        items.append((_("Medewerkers"), _url("beheer:medewerkers")))
        items.append((_("Teams"), _url("beheer:teams")))
        items.append((_("Wijken"), _url("beheer:wijken")))
        items.append((_("Rolwijzigingen"), _url("beheer:rolwijzigingen")))
    if settings.REGIE_TWEEDE_FACTOR and moet_tweede_factor(user):
        items.append((_("Tweede factor"), reverse("accounts:tweede_factor")))
    path = request.path
    return {
        "navigatie": [{"label": label, "url": url, "actief": path == url} for label, url in items if url],
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


def _url(name: str) -> str:
    """Menu entries of apps that may not offer that page (yet) are left out instead of failing."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""
