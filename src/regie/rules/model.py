"""The engine's input and output: frozen dataclasses only, no behaviour beyond trivial helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any


class Leefvorm(StrEnum):
    """Art. 4: the household kinds the norms distinguish."""

    ALLEENSTAANDE = "alleenstaande"
    ALLEENSTAANDE_OUDER = "alleenstaande_ouder"
    GEHUWDEN = "gehuwden"


class Leeftijdsgroep(StrEnum):
    """The age groups of the norms (art. 20, 21, 22) and, for a partner, the groups without a right (art. 24)."""

    JONG = "18_20"
    VOLWASSEN = "21_tot_aow"
    AOW = "aow"
    MINDERJARIG = "jonger_dan_18"
    ZONDER_RECHT = "zonder_recht"


class InkomenSoort(StrEnum):
    ARBEID = "arbeid"
    UITKERING = "uitkering"
    ALIMENTATIE = "alimentatie"
    OVERIG = "overig"


class InkomenVan(StrEnum):
    AANVRAGER = "aanvrager"
    PARTNER = "partner"


class VermogenSoort(StrEnum):
    BANK = "bank"
    CONTANT = "contant"
    VOERTUIG = "voertuig"
    EIGEN_WONING = "eigen_woning"
    OVERIG = "overig"


class MedebewonerSoort(StrEnum):
    """Art. 19a: who can be a kostendelende medebewoner."""

    FAMILIE = "familie"
    COMMERCIELE_HUURDER = "commerciele_huurder"
    STUDENT = "student"
    OVERIG = "overig"


# The plain values, for validation and messages ("kies uit: ...").
MEDEBEWONER_SOORTEN = tuple(m.value for m in MedebewonerSoort)
VERMOGEN_SOORTEN = tuple(m.value for m in VermogenSoort)
INKOMEN_SOORTEN = tuple(m.value for m in InkomenSoort)
INKOMEN_VAN = tuple(m.value for m in InkomenVan)
INKOMEN_PERIODES = ("maand", "vier_weken")
# Art. 13: grounds that exclude a person, with the lid and onderdeel each one rests on (checked against the law text
# in docs/berekening.md). Lid 1 excludes from all assistance, lid 2 from general assistance.
UITSLUITINGEN = {
    "detentie": "art. 13 lid 1 onderdeel a",
    "voortvluchtig": "art. 13 lid 1 onderdeel b",
    "dienstplicht": "art. 13 lid 1 onderdeel c",
    "werkstaking": "art. 13 lid 1 onderdeel d",
    "buitenland": "art. 13 lid 1 onderdeel e",
    "uitreiziger": "art. 13 lid 1 onderdeel h",
    "student": "art. 13 lid 2 onderdeel c",
    "weigert_verplichtingen": "art. 13 lid 2 onderdeel d",
}
# Art. 13 lid 2 c and d hold only for a person "die jonger is dan 27 jaar": from 27 the ground does not exclude.
UITSLUITING_JONGER_DAN = {"student": 27, "weigert_verplichtingen": 27}


@dataclass(frozen=True, slots=True)
class Persoon:
    geboortedatum: date
    # Art. 31 lid 2 y is personal; the case-level flag is the applicant's, a partner carries their own.
    medisch_urenbeperkt: bool = False
    # Art. 13: a key of UITSLUITINGEN other than "buitenland" (that one follows from the weeks); None when none applies.
    uitsluiting: str | None = None
    # Art. 13 lid 1 e: weeks spent abroad in the calendar year of the peildatum, up to and including the peildatum.
    weken_buitenland: int = 0
    # Art. 23 lid 3: this spouse stays in an institution and the other does not. (Casus.in_inrichting: everyone.)
    in_inrichting: bool = False


@dataclass(frozen=True, slots=True)
class Kind:
    geboortedatum: date


@dataclass(frozen=True, slots=True)
class Medebewoner:
    geboortedatum: date
    soort: str = "overig"


@dataclass(frozen=True, slots=True)
class Vermogensbestanddeel:
    soort: str
    bedrag: Decimal


@dataclass(frozen=True, slots=True)
class Inkomen:
    soort: str
    netto_per_maand: Decimal
    vrijlating_sinds: date | None = None
    van: str = "aanvrager"
    # "vier_weken": the amount is paid per four weeks and counts as amount × 13 / 12 per month.
    per: str = "maand"
    # Holiday pay that builds up on this income (e.g. 8), counted as income per month as it builds up (art. 32).
    vakantiegeld_procent: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class Maatregel:
    """Art. 18 lid 2: a decided lowering of the benefit by a percentage of the norm, from ``van`` through ``tot``."""

    procent: Decimal
    van: date
    tot: date | None = None
    grond: str = ""


@dataclass(frozen=True, slots=True)
class Casus:
    """One household on one peildatum. Build it with :func:`regie.rules.case_from_dict` or directly."""

    peildatum: date
    aanvrager: Persoon
    partner: Persoon | None = None
    kinderen: tuple[Kind, ...] = ()
    medebewoners: tuple[Medebewoner, ...] = ()
    in_inrichting: bool = False
    ouders_kunnen_niet_bijdragen: bool = False
    vermogen: tuple[Vermogensbestanddeel, ...] = ()
    inkomsten: tuple[Inkomen, ...] = ()
    medisch_urenbeperkt: bool = False
    giften_per_jaar: Decimal = Decimal("0.00")
    maatregel: Maatregel | None = None
    # The first and last day of the right: the month of the peildatum is paid pro rata when it holds either.
    recht_vanaf: date | None = None
    recht_tot: date | None = None


@dataclass(frozen=True, slots=True)
class Stap:
    """One step of the explanation, in the order the calculation takes it."""

    code: str
    titel: str
    artikel: str
    bedragen: dict[str, Decimal]
    uitleg: str  # plain Dutch (B1) for the inwoner, addressed as "u"
    technisch: str  # precise sentence for staff
    # The values the texts are made of beyond ``bedragen``, under stable names, JSON-ready: amounts as decimal
    # strings, dates as ISO strings, lists of strings. ``teksten`` writes the step in nl or en from the code and these.
    # The dict may be shared between steps: never change it.
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reden:
    """Why there is no right to general assistance."""

    code: str
    artikel: str
    tekst: str
    parameters: dict[str, Any] = field(default_factory=dict)  # JSON-ready, as in Stap


@dataclass(frozen=True, slots=True)
class Resultaat:
    peildatum: date
    normtabel: date
    recht: bool
    redenen: tuple[Reden, ...]
    normcategorie: str
    artikel: str
    kostendelers: int
    norm: Decimal
    vermogen_telt: Decimal
    vermogensgrens: Decimal
    bijstand_als_lening: bool
    inkomen_telt: Decimal
    uitkering: Decimal
    vakantietoeslag_deel: Decimal
    toelichting: tuple[Stap, ...] = field(default=())
    engine_version: str = ""
    # True when the peildatum lies past the last known norm table and a provisional calculation was asked for.
    voorlopig: bool = False
    verlaging: Decimal = Decimal("0.00")  # art. 18 lid 2, already taken off uitkering
    uitkering_deze_maand: Decimal | None = None  # pro rata for the month of the peildatum; None: the whole month
