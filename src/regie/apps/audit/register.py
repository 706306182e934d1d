"""The register of processing activities (verwerkingsactiviteiten) and the data categories the log speaks of.

The register is configuration, not code: ``verwerkingsregister.toml`` next to this module, or the file named by the
setting ``REGIE_VERWERKINGSREGISTER``. Every log entry names one activity code from it, so the log can answer "why"
for each read and write, and the inwoner's page can say it in plain Dutch.

Call sites that predate the register pass only a free-text ``onderdeel`` ("plan: doelen, stappen"); ``afleiden``
turns that into categories and an activity, so those call sites keep working unchanged.
"""

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

STANDAARD_REGISTER = Path(__file__).with_name("verwerkingsregister.toml")

# The codes the code base uses; a municipality's own register must define each of them.
ACTIVITEITEN = ("rechtmatigheid", "begeleiding", "participatie", "leren", "beheer", "rechten")
CATEGORIEEN = (
    "identificatie",
    "contact",
    "huishouden",
    "financieel",
    "gezondheid",
    "justitie",
    "middelengebruik",
    "plan",
    "participatie",
    "gesprekken",
    "contactnotities",
)


class Actie:
    """What was done with the data."""

    LEZEN = "lezen"
    WIJZIGEN = "wijzigen"
    AANMAKEN = "aanmaken"
    VERWIJDEREN = "verwijderen"
    EXPORTEREN = "exporteren"
    ZOEKEN = "zoeken"

    ALLE = (LEZEN, WIJZIGEN, AANMAKEN, VERWIJDEREN, EXPORTEREN, ZOEKEN)


# How an action reads on the inwoner's page ("bekeken", "gewijzigd", ...).
ACTIE_VOOR_INWONER = {
    Actie.LEZEN: _("bekeken"),
    Actie.WIJZIGEN: _("gewijzigd"),
    Actie.AANMAKEN: _("toegevoegd"),
    Actie.VERWIJDEREN: _("verwijderd"),
    Actie.EXPORTEREN: _("gedownload"),
    Actie.ZOEKEN: _("gezocht"),
}


@dataclass(frozen=True)
class Verwerkingsactiviteit:
    code: str
    naam: str
    omschrijving: str
    grondslag: str
    bewaartermijn: str


@dataclass(frozen=True)
class Register:
    activiteiten: dict[str, Verwerkingsactiviteit]
    categorieen: dict[str, str]

    def activiteit(self, code: str) -> Verwerkingsactiviteit:
        try:
            return self.activiteiten[code]
        except KeyError:
            raise ValueError(
                f"Onbekende verwerkingsactiviteit '{code}'; kies uit: {', '.join(sorted(self.activiteiten))}."
            ) from None

    def categorie_in_woorden(self, code: str) -> str:
        return self.categorieen.get(code, code)


def _lees(pad: Path) -> Register:
    try:
        gegevens = tomllib.loads(pad.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as fout:
        raise ImproperlyConfigured(f"Het verwerkingsregister {pad} is niet te lezen: {fout}") from fout
    activiteiten = {}
    for code, velden in gegevens.get("activiteiten", {}).items():
        ontbreekt = [v for v in ("naam", "grondslag") if not str(velden.get(v, "")).strip()]
        if ontbreekt:
            raise ImproperlyConfigured(f"Verwerkingsactiviteit '{code}' in {pad} mist: {', '.join(ontbreekt)}.")
        activiteiten[code] = Verwerkingsactiviteit(
            code=code,
            naam=velden["naam"],
            omschrijving=velden.get("omschrijving", ""),
            grondslag=velden["grondslag"],
            bewaartermijn=velden.get("bewaartermijn", ""),
        )
    ontbrekend = [c for c in ACTIVITEITEN if c not in activiteiten]
    if ontbrekend:
        raise ImproperlyConfigured(f"Het verwerkingsregister {pad} mist de activiteiten: {', '.join(ontbrekend)}.")
    categorieen = {code: str(tekst) for code, tekst in gegevens.get("categorieen", {}).items()}
    return Register(activiteiten=activiteiten, categorieen=categorieen)


@lru_cache(maxsize=4)
def _register_uit(pad: str) -> Register:
    return _lees(Path(pad))


def register() -> Register:
    return _register_uit(str(getattr(settings, "REGIE_VERWERKINGSREGISTER", "") or STANDAARD_REGISTER))


# --- Deriving categories and activity from the free-text ``onderdeel`` of older call sites. First match wins.
_AFLEIDINGEN: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("dossier: persoon, huishouden", ("identificatie", "contact", "huishouden", "contactnotities"), "begeleiding"),
    ("dossier", ("identificatie", "contact", "contactnotities"), "begeleiding"),
    ("contactmoment", ("contactnotities",), "begeleiding"),
    ("huishouden", ("huishouden",), "rechtmatigheid"),
    ("rechtmatigheid", ("financieel",), "rechtmatigheid"),
    ("maatregel", ("financieel", "plan"), "rechtmatigheid"),
    ("eigen berekening", ("financieel",), "rechtmatigheid"),
    ("plan", ("plan",), "begeleiding"),
    ("participatie", ("participatie",), "participatie"),
    ("eigen participatieprofiel", ("participatie",), "participatie"),
    ("gesprek voorbereiden", ("plan", "financieel"), "begeleiding"),
    ("gesprek toevoegen", ("gesprekken",), "leren"),
    ("gesprek", ("gesprekken",), "leren"),
    ("portaal: mijn gegevens", ("identificatie", "contact"), "begeleiding"),
    ("portaal", ("plan",), "begeleiding"),
)


def afleiden(onderdeel: str, rol: str = "") -> tuple[tuple[str, ...], str]:
    """Categories and activity for a free-text ``onderdeel``; a krachtcoach's work always serves participation."""
    tekst = (onderdeel or "").strip().lower()
    categorieen: tuple[str, ...] = ()
    activiteit = "begeleiding"
    for begin, cats, act in _AFLEIDINGEN:
        if tekst.startswith(begin):
            categorieen, activiteit = cats, act
            break
    if rol == "krachtcoach":
        activiteit = "participatie"
    elif rol == "functioneel_beheerder":
        activiteit = "beheer"
    return categorieen, activiteit
