"""Where upper apps hook into lower ones, so that imports only go downwards.

The menu (accounts), the dossier page (dossier) and the caseload page show parts that belong to apps above them
(plan, inkomen, participatie, gesprekken, portaal). Instead of importing those apps, the lower app asks this registry;
each upper app registers its parts in ``AppConfig.ready()``. Whether a part is shown is still the permission
module's answer: every entry names the task or data category it needs.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from . import permissions
from .permissions import Actie, Categorie, Taak


@dataclass(frozen=True)
class Menupunt:
    label: str
    url_naam: str
    taak: Taak
    volgorde: int = 50
    # How many items wait behind this entry (a queue), shown after the label; None for an ordinary page.
    teller: Callable | None = None


@dataclass(frozen=True)
class Lens:
    """A link from the dossier to another part of it (plan, participation, conversations)."""

    label: str
    url_naam: str
    categorie: Categorie
    actie: Actie = Actie.LEZEN
    taak: Taak | None = None
    volgorde: int = 50


@dataclass(frozen=True)
class DossierKaart:
    """A card on the dossier page: ``maak(request, inwoner)`` returns its HTML, or '' when the user may not see it."""

    kolom: str  # "rechtmatigheid" or "doelmatigheid"
    maak: Callable
    volgorde: int = 50


_menu: list[Menupunt] = []
_lenzen: list[Lens] = []
_kaarten: list[DossierKaart] = []
_diensten: dict[str, Callable] = {}
# Pages an inwoner may open, as "namespace:name" or "namespace:*"; every other page is staff-only (see middleware).
_inwonerpaginas: set[str] = {"home", "accounts:*", "set_language"}


def registreer_menu(*punten: Menupunt) -> None:
    _voeg_toe(_menu, punten)


def registreer_lens(*lenzen: Lens) -> None:
    _voeg_toe(_lenzen, lenzen)


def registreer_dossierkaart(*kaarten: DossierKaart) -> None:
    _voeg_toe(_kaarten, kaarten)


def registreer_dienst(naam: str, functie: Callable) -> None:
    """A read an upper app offers to a lower one, e.g. the caseload's signals or the plan next to a sanction."""
    _diensten[naam] = functie


def registreer_inwonerpagina(*namen: str) -> None:
    _inwonerpaginas.update(namen)


def is_inwonerpagina(naam: str) -> bool:
    """Whether a resolved view name (``resolver_match.view_name``) is a page meant for inwoners."""
    namespace = naam.split(":")[0] if ":" in naam else ""
    return naam in _inwonerpaginas or (bool(namespace) and f"{namespace}:*" in _inwonerpaginas)


def _voeg_toe(lijst: list, items) -> None:
    for item in items:
        if item not in lijst:  # ready() may run more than once in tests
            lijst.append(item)


def menu_voor(user) -> list[tuple[str, str]]:
    punten = sorted((p for p in _menu if permissions.mag_taak(user, p.taak)), key=lambda p: p.volgorde)
    return [(_label(p, user), url) for p in punten if (url := url_voor(p.url_naam))]


def _label(punt: Menupunt, user) -> str:
    aantal = punt.teller(user) if punt.teller else 0
    return f"{punt.label} ({aantal})" if aantal else str(punt.label)


def lenzen_voor(user, inwoner) -> list[dict]:
    uit = []
    for lens in sorted(_lenzen, key=lambda x: x.volgorde):
        if lens.taak is not None and not permissions.mag_taak(user, lens.taak):
            continue
        if not permissions.mag(user, lens.actie, lens.categorie, inwoner):
            continue
        if url := url_voor(lens.url_naam, pk=inwoner.pk):
            uit.append({"url": url, "label": lens.label})
    return uit


def dossierkaarten(request, inwoner, kolom: str) -> list[str]:
    kaarten = sorted((k for k in _kaarten if k.kolom == kolom), key=lambda k: k.volgorde)
    return [html for k in kaarten if (html := k.maak(request, inwoner))]


def dienst(naam: str, *args, standaard=None, **kwargs):
    functie = _diensten.get(naam)
    return functie(*args, **kwargs) if functie else standaard


def url_voor(naam: str, **kwargs) -> str:
    """Entries of apps that may not offer that page (yet) are left out instead of failing."""
    try:
        return reverse(naam, kwargs=kwargs or None)
    except NoReverseMatch:
        return ""
