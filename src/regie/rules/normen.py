"""Norm tables as data per effective date.

The tables live in ``data/normen.toml``. :func:`standaard_normen` reads that file once per process and keeps the
parsed, immutable result (an explicit cache: clear it with ``standaard_normen.cache_clear()``). Tests and tools can
build their own :class:`NormenBoek` with :func:`normen_uit_dict` and pass it to ``bereken``.
"""

from __future__ import annotations

import bisect
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import Any

from .datums import plus_maanden

VERPLICHTE_NORMEN = (
    "20.1a", "20.1b", "20.1c", "20.2a", "20.2b", "20.2c",
    "21a", "21b", "22a", "22b", "22c", "22a.3a", "22a.3b", "23a", "23b", "23.2a", "23.2b",
)  # fmt: skip
OPTIONELE_NORMEN = ("20.3",)
_VERMOGEN = ("alleenstaande", "alleenstaande_ouder", "gehuwden", "eigen_woning_vrij")
_VRIJLATINGEN_BEDRAG = ("n_procent", "n_max", "r_procent", "r_max", "y_procent", "y_max", "j_per_jaar")
_VRIJLATINGEN_GETAL = ("minimumleeftijd_n_r", "n_maanden", "r_maanden", "r_kind_jonger_dan")


class NormenFout(ValueError):
    """The norm data is incomplete or malformed, or has no table for the peildatum."""


@dataclass(frozen=True, slots=True)
class NormTabel:
    ingangsdatum: date
    bron: str
    vakantietoeslag_procent: Decimal
    normen: Mapping[str, Decimal]
    kostendeler_minimumleeftijd: int
    vermogen: Mapping[str, Decimal]
    vrijlatingen: Mapping[str, Decimal]
    minimumleeftijd_n_r: int
    n_maanden: int
    r_maanden: int
    r_kind_jonger_dan: int
    giften_vrij_per_jaar: Decimal
    giften_wettelijk: bool
    buitenland_weken: int
    buitenland_weken_aow: int


def volgende_indexatie(datum: date) -> date:
    """The first indexation date (1 January or 1 July) after ``datum``: the end of a table's validity."""
    return date(datum.year, 7, 1) if datum.month < 7 else date(datum.year + 1, 1, 1)


@dataclass(frozen=True, slots=True)
class AowRegel:
    """AOW art. 7a: from ``vanaf_jaar`` on, the pensioengerechtigde leeftijd is ``jaren`` years and ``maanden``."""

    vanaf_jaar: int
    jaren: int
    maanden: int

    @property
    def in_maanden(self) -> int:
        return self.jaren * 12 + self.maanden


# AOW art. 7a as the law sets it for 2024 through 2031; data/normen.toml carries the same rows with their source.
STANDAARD_AOW = (AowRegel(2024, 67, 0), AowRegel(2028, 67, 3))


@functools.lru_cache(maxsize=65536)
def _aow_datum(regels: tuple[AowRegel, ...], geboren: date) -> date:
    """The day someone reaches the AOW age: the age that applies is the one of the year in which it is reached.

    For every year of the table, the candidate date is birth + that year's age; the first candidate that falls in or
    before its own year is the date (a later year never has a lower age). Before the first row the first row counts,
    after the last row the last one.
    """
    for i, regel in enumerate(regels):
        kandidaat = plus_maanden(geboren, regel.in_maanden)
        tot_jaar = regels[i + 1].vanaf_jaar - 1 if i + 1 < len(regels) else kandidaat.year
        if kandidaat.year <= tot_jaar:
            return kandidaat
    return plus_maanden(geboren, regels[-1].in_maanden)


@functools.lru_cache(maxsize=256)
def _aow_leeftijd(regels: tuple[AowRegel, ...], jaar: int) -> AowRegel:
    geldig = [r for r in regels if r.vanaf_jaar <= jaar]
    return geldig[-1] if geldig else regels[0]


@dataclass(frozen=True, slots=True)
class NormenBoek:
    """All tables, sorted by ingangsdatum, and the AOW age per year.

    Each table is valid until the next indexation date (1 January or 1 July) or the next table, whichever comes
    first. A peildatum past the last table's validity has no known norm: :meth:`tabel_voor` refuses it unless a
    provisional ("voorlopig") calculation is asked for explicitly.
    """

    tabellen: tuple[NormTabel, ...]
    aow: tuple[AowRegel, ...] = STANDAARD_AOW
    _datums: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.tabellen:
            raise NormenFout("er is geen enkele normtabel")
        datums = [t.ingangsdatum for t in self.tabellen]
        if datums != sorted(set(datums)):
            raise NormenFout("de ingangsdata van de normtabellen moeten uniek en oplopend zijn")
        if not self.aow or [r.vanaf_jaar for r in self.aow] != sorted({r.vanaf_jaar for r in self.aow}):
            raise NormenFout("aow_leeftijd: verwacht minstens een regel, jaren uniek en oplopend")
        object.__setattr__(self, "_datums", tuple(datums))

    @property
    def bekend_tot(self) -> date:
        """The first day without a known norm: the indexation date after the last table."""
        return volgende_indexatie(self.tabellen[-1].ingangsdatum)

    def is_voorlopig(self, peildatum: date) -> bool:
        return peildatum >= self.bekend_tot

    def tabel_voor(self, peildatum: date, *, voorlopig: bool = False) -> NormTabel:
        """The table for ``peildatum``; past the known tables only with ``voorlopig=True`` (then the last one)."""
        index = bisect.bisect_right(self._datums, peildatum) - 1
        if index < 0:
            eerste = self.tabellen[0].ingangsdatum.isoformat()
            raise NormenFout(f"peildatum: er zijn geen normen voor een datum vóór {eerste}")
        if not voorlopig and peildatum >= self.bekend_tot:
            laatste = self.tabellen[-1].ingangsdatum
            tot = self.bekend_tot - timedelta(days=1)
            raise NormenFout(
                f"peildatum: voor {peildatum.isoformat()} zijn de normen nog niet bekend. De laatste normtabel is "
                f"die van {laatste.isoformat()}, geldig tot en met {tot.isoformat()}. Voeg de nieuwe normtabel toe, "
                "of vraag uitdrukkelijk om een voorlopige berekening."
            )
        return self.tabellen[index]

    def aow_datum(self, geboortedatum: date) -> date:
        """The day the person born on ``geboortedatum`` reaches the AOW age (AOW art. 7a)."""
        return _aow_datum(self.aow, geboortedatum)

    def aow_leeftijd(self, jaar: int) -> AowRegel:
        """The AOW age for people who reach it in ``jaar``."""
        return _aow_leeftijd(self.aow, jaar)


def _bedrag(waarde: Any, plek: str, centen: bool = True) -> Decimal:
    # TOML numbers are parsed with parse_float=Decimal; integers come in as int.
    if isinstance(waarde, bool) or not isinstance(waarde, int | Decimal):
        raise NormenFout(f"{plek}: verwacht een bedrag, gekregen {waarde!r}")
    bedrag = Decimal(waarde)
    if not bedrag.is_finite() or bedrag < 0:
        raise NormenFout(f"{plek}: ongeldig bedrag {waarde!r}")
    if centen:
        if bedrag != bedrag.quantize(Decimal("0.01")):
            raise NormenFout(f"{plek}: een bedrag heeft hoogstens twee decimalen, gekregen {waarde!r}")
        return bedrag.quantize(Decimal("0.01"))
    return bedrag


def _geheel(waarde: Any, plek: str) -> int:
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 0:
        raise NormenFout(f"{plek}: verwacht een geheel getal, gekregen {waarde!r}")
    return waarde


def _sectie(tabel: Mapping[str, Any], naam: str, plek: str) -> Mapping[str, Any]:
    sectie = tabel.get(naam)
    if not isinstance(sectie, Mapping):
        raise NormenFout(f"{plek}.{naam}: ontbreekt")
    return sectie


def _tabel(ruw: Mapping[str, Any], plek: str) -> NormTabel:
    ingang = ruw.get("ingangsdatum")
    if not isinstance(ingang, date):
        raise NormenFout(f"{plek}.ingangsdatum: verwacht een datum")
    plek = f"tabel {ingang.isoformat()}"
    normen_ruw = _sectie(ruw, "normen", plek)
    onbekend = set(normen_ruw) - set(VERPLICHTE_NORMEN) - set(OPTIONELE_NORMEN)
    if onbekend:
        raise NormenFout(f"{plek}.normen: onbekende sleutel(s) {sorted(onbekend)}")
    normen: dict[str, Decimal] = {}
    for sleutel in VERPLICHTE_NORMEN:
        if sleutel not in normen_ruw:
            raise NormenFout(f"{plek}.normen.{sleutel}: ontbreekt")
        normen[sleutel] = _bedrag(normen_ruw[sleutel], f"{plek}.normen.{sleutel}")
    for sleutel in OPTIONELE_NORMEN:
        if sleutel in normen_ruw:
            normen[sleutel] = _bedrag(normen_ruw[sleutel], f"{plek}.normen.{sleutel}")
    vermogen_ruw = _sectie(ruw, "vermogen", plek)
    vrij_ruw = _sectie(ruw, "vrijlatingen", plek)
    giften = _sectie(ruw, "giften", plek)
    buitenland = _sectie(ruw, "buitenland", plek)
    for sleutel in (*_VERMOGEN, *_VRIJLATINGEN_BEDRAG, *_VRIJLATINGEN_GETAL):
        bron = vermogen_ruw if sleutel in _VERMOGEN else vrij_ruw
        if sleutel not in bron:
            raise NormenFout(f"{plek}: '{sleutel}' ontbreekt")
    if not isinstance(giften.get("wettelijk"), bool):
        raise NormenFout(f"{plek}.giften.wettelijk: verwacht true of false")
    bron_tekst = ruw.get("bron", "")
    if not isinstance(bron_tekst, str):
        raise NormenFout(f"{plek}.bron: verwacht tekst")
    return NormTabel(
        ingangsdatum=ingang,
        bron=bron_tekst,
        vakantietoeslag_procent=_bedrag(
            ruw.get("vakantietoeslag_procent"), f"{plek}.vakantietoeslag_procent", centen=False
        ),
        normen=MappingProxyType(normen),
        kostendeler_minimumleeftijd=_geheel(
            _sectie(ruw, "kostendelers", plek).get("minimumleeftijd"), f"{plek}.kostendelers.minimumleeftijd"
        ),
        vermogen=MappingProxyType({k: _bedrag(vermogen_ruw[k], f"{plek}.vermogen.{k}") for k in _VERMOGEN}),
        vrijlatingen=MappingProxyType(
            {
                k: _bedrag(vrij_ruw[k], f"{plek}.vrijlatingen.{k}", centen=not k.endswith("_procent"))
                for k in _VRIJLATINGEN_BEDRAG
            }
        ),
        minimumleeftijd_n_r=_geheel(vrij_ruw["minimumleeftijd_n_r"], f"{plek}.vrijlatingen.minimumleeftijd_n_r"),
        n_maanden=_geheel(vrij_ruw["n_maanden"], f"{plek}.vrijlatingen.n_maanden"),
        r_maanden=_geheel(vrij_ruw["r_maanden"], f"{plek}.vrijlatingen.r_maanden"),
        r_kind_jonger_dan=_geheel(vrij_ruw["r_kind_jonger_dan"], f"{plek}.vrijlatingen.r_kind_jonger_dan"),
        giften_vrij_per_jaar=_bedrag(giften.get("vrij_per_jaar"), f"{plek}.giften.vrij_per_jaar"),
        giften_wettelijk=giften["wettelijk"],
        buitenland_weken=_geheel(buitenland.get("weken"), f"{plek}.buitenland.weken"),
        buitenland_weken_aow=_geheel(buitenland.get("weken_aow"), f"{plek}.buitenland.weken_aow"),
    )


def normen_uit_dict(data: Mapping[str, Any]) -> NormenBoek:
    """Build and validate a :class:`NormenBoek` from parsed TOML (``{"tabel": [...]}``)."""
    tabellen = data.get("tabel")
    if not isinstance(tabellen, list) or not tabellen:
        raise NormenFout("normen: verwacht een lijst [[tabel]]")
    gelezen = [_tabel(t, f"tabel[{i}]") for i, t in enumerate(tabellen)]
    aow_ruw = data.get("aow_leeftijd")
    if not isinstance(aow_ruw, list) or not aow_ruw:
        raise NormenFout("aow_leeftijd: verwacht een lijst [[aow_leeftijd]] met vanaf_jaar, jaren en maanden")
    aow = tuple(
        AowRegel(
            _geheel(r.get("vanaf_jaar"), f"aow_leeftijd[{i}].vanaf_jaar"),
            _geheel(r.get("jaren"), f"aow_leeftijd[{i}].jaren"),
            _geheel(r.get("maanden", 0), f"aow_leeftijd[{i}].maanden"),
        )
        for i, r in enumerate(aow_ruw)
    )
    return NormenBoek(tuple(sorted(gelezen, key=lambda t: t.ingangsdatum)), aow)


def lees_normen(tekst: str) -> NormenBoek:
    """Parse TOML text in the format of ``data/normen.toml``."""
    return normen_uit_dict(tomllib.loads(tekst, parse_float=Decimal))


@functools.cache
def standaard_normen() -> NormenBoek:
    """The tables shipped with the package, read once per process."""
    tekst = resources.files("regie.rules").joinpath("data/normen.toml").read_text(encoding="utf-8")
    return lees_normen(tekst)
