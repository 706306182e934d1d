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
from datetime import date
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import Any

VERPLICHTE_NORMEN = (
    "20.1a", "20.1b", "20.1c", "20.2a", "20.2b", "20.2c",
    "21a", "21b", "22a", "22b", "22c", "22a.3a", "22a.3b", "23a", "23b",
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
    aow_jaren: int
    aow_maanden: int
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

    @property
    def aow_in_maanden(self) -> int:
        return self.aow_jaren * 12 + self.aow_maanden


@dataclass(frozen=True, slots=True)
class NormenBoek:
    """All tables, sorted by ingangsdatum."""

    tabellen: tuple[NormTabel, ...]
    _datums: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.tabellen:
            raise NormenFout("er is geen enkele normtabel")
        datums = [t.ingangsdatum for t in self.tabellen]
        if datums != sorted(set(datums)):
            raise NormenFout("de ingangsdata van de normtabellen moeten uniek en oplopend zijn")
        object.__setattr__(self, "_datums", tuple(datums))

    def tabel_voor(self, peildatum: date) -> NormTabel:
        index = bisect.bisect_right(self._datums, peildatum) - 1
        if index < 0:
            eerste = self.tabellen[0].ingangsdatum.isoformat()
            raise NormenFout(f"peildatum: er zijn geen normen voor een datum vóór {eerste}")
        return self.tabellen[index]


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
    aow = _sectie(ruw, "aow_leeftijd", plek)
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
        aow_jaren=_geheel(aow.get("jaren"), f"{plek}.aow_leeftijd.jaren"),
        aow_maanden=_geheel(aow.get("maanden", 0), f"{plek}.aow_leeftijd.maanden"),
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
    )


def normen_uit_dict(data: Mapping[str, Any]) -> NormenBoek:
    """Build and validate a :class:`NormenBoek` from parsed TOML (``{"tabel": [...]}``)."""
    tabellen = data.get("tabel")
    if not isinstance(tabellen, list) or not tabellen:
        raise NormenFout("normen: verwacht een lijst [[tabel]]")
    gelezen = [_tabel(t, f"tabel[{i}]") for i, t in enumerate(tabellen)]
    return NormenBoek(tuple(sorted(gelezen, key=lambda t: t.ingangsdatum)))


def lees_normen(tekst: str) -> NormenBoek:
    """Parse TOML text in the format of ``data/normen.toml``."""
    return normen_uit_dict(tomllib.loads(tekst, parse_float=Decimal))


@functools.cache
def standaard_normen() -> NormenBoek:
    """The tables shipped with the package, read once per process."""
    tekst = resources.files("regie.rules").joinpath("data/normen.toml").read_text(encoding="utf-8")
    return lees_normen(tekst)
