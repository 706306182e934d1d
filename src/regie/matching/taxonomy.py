"""Vocabularies of the matching engine, kept as data so a municipality can read and review them.

Every code has a Dutch label that is used verbatim in the reasons shown to an inwoner and a krachtcoach. Bit
positions follow the declaration order; they are how the engine packs sets into integers for vectorised scoring.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from types import MappingProxyType


class Tag(StrEnum):
    """Broad interest areas; both a profile and a place carry a few."""

    KOKEN = "koken"
    TECHNISCH = "technisch"
    TUINIEREN = "tuinieren"
    ZORG_VOOR_ANDEREN = "zorg_voor_anderen"
    SPORT = "sport"
    CREATIEF = "creatief"
    ADMINISTRATIEF = "administratief"
    DIEREN = "dieren"
    KINDEREN = "kinderen"
    TALEN = "talen"
    MUZIEK = "muziek"
    DIGITAAL = "digitaal"
    KLUSSEN = "klussen"
    GASTVRIJHEID = "gastvrijheid"
    WINKEL = "winkel"
    NATUUR = "natuur"


# Labels read as the object of "je interesse in ...", so they are nouns or gerunds.
TAG_LABELS: MappingProxyType[Tag, str] = MappingProxyType(
    {
        Tag.KOKEN: "koken",
        Tag.TECHNISCH: "techniek",
        Tag.TUINIEREN: "tuinieren",
        Tag.ZORG_VOOR_ANDEREN: "zorgen voor anderen",
        Tag.SPORT: "sport en bewegen",
        Tag.CREATIEF: "creatief bezig zijn",
        Tag.ADMINISTRATIEF: "administratie",
        Tag.DIEREN: "dieren",
        Tag.KINDEREN: "werken met kinderen",
        Tag.TALEN: "talen",
        Tag.MUZIEK: "muziek",
        Tag.DIGITAAL: "computers en digitale hulp",
        Tag.KLUSSEN: "klussen en onderhoud",
        Tag.GASTVRIJHEID: "gastvrijheid",
        Tag.WINKEL: "winkel en verkoop",
        Tag.NATUUR: "natuur",
    }
)
TAG_BIT: MappingProxyType[Tag, int] = MappingProxyType({tag: 1 << i for i, tag in enumerate(Tag)})


class Dag(IntEnum):
    MAANDAG = 0
    DINSDAG = 1
    WOENSDAG = 2
    DONDERDAG = 3
    VRIJDAG = 4
    ZATERDAG = 5
    ZONDAG = 6


class Deel(IntEnum):
    OCHTEND = 0
    MIDDAG = 1
    AVOND = 2


DAG_NAMEN: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DEEL_NAMEN: tuple[str, ...] = ("ochtend", "middag", "avond")


@dataclass(frozen=True, order=True, slots=True)
class Dagdeel:
    """One of the 21 day parts of a week; availability and opening times are sets of these."""

    dag: Dag
    deel: Deel

    @property
    def bit(self) -> int:
        return 1 << (int(self.dag) * 3 + int(self.deel))

    def __str__(self) -> str:
        return DAG_NAMEN[self.dag] + DEEL_NAMEN[self.deel]


ALLE_DAGDELEN: tuple[Dagdeel, ...] = tuple(Dagdeel(dag, deel) for dag in Dag for deel in Deel)
# Precomputed because packing tens of thousands of profiles would otherwise spend its time in enum arithmetic.
DAGDEEL_BIT: MappingProxyType[Dagdeel, int] = MappingProxyType({d: d.bit for d in ALLE_DAGDELEN})


def dagdelen_masker(dagdelen: frozenset[Dagdeel]) -> int:
    return sum(DAGDEEL_BIT[dagdeel] for dagdeel in dagdelen)


def dagdelen_uit_masker(masker: int) -> tuple[Dagdeel, ...]:
    """Day parts in week order."""
    uitkomst = []
    while masker:
        laagste = masker & -masker
        uitkomst.append(ALLE_DAGDELEN[laagste.bit_length() - 1])
        masker ^= laagste
    return tuple(uitkomst)


class Reismodus(StrEnum):
    LOPEN = "lopen"
    FIETS = "fiets"
    OV = "ov"


@dataclass(frozen=True, slots=True)
class Reisprofiel:
    """What is a comfortable trip for a mode; beyond it a place still counts, with a lower distance score."""

    comfortabel_km: float
    werkwoord: str


REISPROFIELEN: MappingProxyType[Reismodus, Reisprofiel] = MappingProxyType(
    {
        Reismodus.LOPEN: Reisprofiel(comfortabel_km=1.5, werkwoord="lopen"),
        Reismodus.FIETS: Reisprofiel(comfortabel_km=4.0, werkwoord="fietsen"),
        Reismodus.OV: Reisprofiel(comfortabel_km=7.0, werkwoord="met het ov"),
    }
)


class Beperking(StrEnum):
    """Practical limits, phrased as what a place must offer; never a diagnosis."""

    GEEN_ZWAAR_TILLEN = "geen_zwaar_tillen"
    RUSTIGE_PLEK_NODIG = "rustige_plek_nodig"
    ROLSTOELTOEGANKELIJK_NODIG = "rolstoeltoegankelijk_nodig"
    NIET_MET_DIEREN = "niet_met_dieren"
    BEGELEIDING_NODIG = "begeleiding_nodig"


BEPERKING_BIT: MappingProxyType[Beperking, int] = MappingProxyType({b: 1 << i for i, b in enumerate(Beperking)})

# Why a place cannot meet a limit, as shown when a krachtcoach asks why a place is not suggested.
BEPERKING_CONFLICT: MappingProxyType[Beperking, str] = MappingProxyType(
    {
        Beperking.GEEN_ZWAAR_TILLEN: "er wordt zwaar getild",
        Beperking.RUSTIGE_PLEK_NODIG: "geen rustige plek",
        Beperking.ROLSTOELTOEGANKELIJK_NODIG: "niet rolstoeltoegankelijk",
        Beperking.NIET_MET_DIEREN: "er zijn dieren",
        Beperking.BEGELEIDING_NODIG: "geen begeleiding op de plek",
    }
)


class Gezelschap(StrEnum):
    SAMEN = "samen"
    ALLEEN = "alleen"
    BEIDE = "beide"  # for a profile: no preference; for a place: both are possible


class Omgeving(StrEnum):
    BINNEN = "binnen"
    BUITEN = "buiten"
    BEIDE = "beide"


class Taalniveau(IntEnum):
    """Dutch language level on the CEFR scale, A0 meaning (almost) no Dutch yet."""

    A0 = 0
    A1 = 1
    A2 = 2
    B1 = 3
    B2 = 4
    C1 = 5
    C2 = 6
