"""The engine's input and output: frozen dataclasses only, no behaviour beyond trivial helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

MEDEBEWONER_SOORTEN = ("familie", "commerciele_huurder", "student", "overig")
VERMOGEN_SOORTEN = ("bank", "contant", "voertuig", "eigen_woning", "overig")
INKOMEN_SOORTEN = ("arbeid", "uitkering", "alimentatie", "overig")
INKOMEN_VAN = ("aanvrager", "partner")


@dataclass(frozen=True, slots=True)
class Persoon:
    geboortedatum: date
    # Art. 31 lid 2 y is personal; the case-level flag is the applicant's, a partner carries their own.
    medisch_urenbeperkt: bool = False


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


@dataclass(frozen=True, slots=True)
class Stap:
    """One step of the explanation, in the order the calculation takes it."""

    code: str
    titel: str
    artikel: str
    bedragen: dict[str, Decimal]
    uitleg: str  # plain Dutch (B1) for the inwoner, addressed as "u"
    technisch: str  # precise sentence for staff


@dataclass(frozen=True, slots=True)
class Reden:
    """Why there is no right to general assistance."""

    code: str
    artikel: str
    tekst: str


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
