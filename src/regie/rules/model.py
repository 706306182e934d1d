"""The engine's input and output: frozen dataclasses only, no behaviour beyond trivial helpers."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
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
    # True when the peildatum lies past the last known norm table and a provisional calculation was asked for.
    voorlopig: bool = False


# Fast construction of the objects the engine builds for every case (about seven steps and one result).
#
# The __init__ that dataclass writes for a frozen class stores every field with object.__setattr__, to get past the
# frozen __setattr__. Storing straight into the slots through their member descriptors makes the same, equally frozen
# object at about half the cost. Callers outside the engine keep using the ordinary constructors; these helpers take
# every field positionally, in declaration order, without defaults.


def _slot_zetters(cls: type, namen: tuple[str, ...]) -> tuple:  # type: ignore[type-arg]
    """The slot setters of ``cls`` for ``namen``; refuses to import when the fields ever change without us."""
    if tuple(f.name for f in fields(cls)) != namen:
        raise TypeError(f"{cls.__name__}: velden gewijzigd, pas de snelle constructor in model.py aan")
    return tuple(cls.__dict__[naam].__set__ for naam in namen)


_nieuw = object.__new__
_STAP_ZETTERS = _slot_zetters(Stap, ("code", "titel", "artikel", "bedragen", "uitleg", "technisch"))
_RESULTAAT_ZETTERS = _slot_zetters(
    Resultaat,
    (
        "peildatum", "normtabel", "recht", "redenen", "normcategorie", "artikel", "kostendelers", "norm",
        "vermogen_telt", "vermogensgrens", "bijstand_als_lening", "inkomen_telt", "uitkering", "vakantietoeslag_deel",
        "toelichting", "engine_version", "voorlopig",
    ),
)  # fmt: skip


def maak_stap(code: str, titel: str, artikel: str, bedragen: dict[str, Decimal], uitleg: str, technisch: str) -> Stap:
    """``Stap(code, titel, artikel, bedragen, uitleg, technisch)``, at about half the cost (see above)."""
    zet_code, zet_titel, zet_artikel, zet_bedragen, zet_uitleg, zet_technisch = _STAP_ZETTERS
    stap = _nieuw(Stap)
    zet_code(stap, code)
    zet_titel(stap, titel)
    zet_artikel(stap, artikel)
    zet_bedragen(stap, bedragen)
    zet_uitleg(stap, uitleg)
    zet_technisch(stap, technisch)
    return stap


def maak_resultaat(
    peildatum: date, normtabel: date, recht: bool, redenen: tuple[Reden, ...], normcategorie: str, artikel: str,
    kostendelers: int, norm: Decimal, vermogen_telt: Decimal, vermogensgrens: Decimal, bijstand_als_lening: bool,
    inkomen_telt: Decimal, uitkering: Decimal, vakantietoeslag_deel: Decimal, toelichting: tuple[Stap, ...],
    engine_version: str, voorlopig: bool, /,
) -> Resultaat:  # fmt: skip
    """``Resultaat(...)`` at about a third of the cost (see above); positional, as keyword matching of sixteen
    arguments alone costs more than storing them."""
    (
        zet_peildatum, zet_normtabel, zet_recht, zet_redenen, zet_normcategorie, zet_artikel, zet_kostendelers,
        zet_norm, zet_vermogen_telt, zet_vermogensgrens, zet_bijstand_als_lening, zet_inkomen_telt, zet_uitkering,
        zet_vakantietoeslag_deel, zet_toelichting, zet_engine_version, zet_voorlopig,
    ) = _RESULTAAT_ZETTERS  # fmt: skip
    resultaat = _nieuw(Resultaat)
    zet_peildatum(resultaat, peildatum)
    zet_normtabel(resultaat, normtabel)
    zet_recht(resultaat, recht)
    zet_redenen(resultaat, redenen)
    zet_normcategorie(resultaat, normcategorie)
    zet_artikel(resultaat, artikel)
    zet_kostendelers(resultaat, kostendelers)
    zet_norm(resultaat, norm)
    zet_vermogen_telt(resultaat, vermogen_telt)
    zet_vermogensgrens(resultaat, vermogensgrens)
    zet_bijstand_als_lening(resultaat, bijstand_als_lening)
    zet_inkomen_telt(resultaat, inkomen_telt)
    zet_uitkering(resultaat, uitkering)
    zet_vakantietoeslag_deel(resultaat, vakantietoeslag_deel)
    zet_toelichting(resultaat, toelichting)
    zet_engine_version(resultaat, engine_version)
    zet_voorlopig(resultaat, voorlopig)
    return resultaat
