from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

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
    if user.rol == Rol.FUNCTIONEEL_BEHEERDER and user.is_staff:
        items.append((_("Beheer"), reverse("admin:index")))
    path = request.path
    return {
        "navigatie": [{"label": label, "url": url, "actief": path == url} for label, url in items if url],
        "gemeente": user.gemeente.naam if user.gemeente_id else "",
    }


def _url(name: str) -> str:
    """Menu entries of apps that may not offer that page (yet) are left out instead of failing."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""
