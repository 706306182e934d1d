"""Input types of the matching engine: a participation profile and a place.

A profile deliberately has no field for income, benefit, health diagnosis, fraud signals, nationality, age or
gender: what the engine cannot see it cannot use (see docs/algoritme-matching.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .taxonomy import Beperking, Dagdeel, Gezelschap, Omgeving, Reismodus, Taalniveau, Tag


def _controleer_locatie(lat: float, lon: float) -> None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat) or math.isnan(lon):
        raise ValueError(f"ongeldige locatie ({lat}, {lon})")


@dataclass(frozen=True, slots=True)
class Profiel:
    """What an inwoner tells their krachtcoach about talents, wishes and practical limits."""

    inwoner_id: str
    lat: float
    lon: float
    reismodus: Reismodus
    straal_km: float
    beschikbaar: frozenset[Dagdeel]
    uren_per_week: float
    # Free text in the inwoner's own words, one short phrase per entry ("sleutelen aan brommers").
    talenten: tuple[str, ...] = ()
    hobbys: tuple[str, ...] = ()
    passies: tuple[str, ...] = ()
    tags: frozenset[Tag] = frozenset()
    gezelschap: Gezelschap = Gezelschap.BEIDE
    omgeving: Omgeving = Omgeving.BEIDE
    beperkingen: frozenset[Beperking] = frozenset()
    taalniveau: Taalniveau = Taalniveau.A2

    def __post_init__(self) -> None:
        _controleer_locatie(self.lat, self.lon)
        # A neighbourhood match; the distance formula is also only tuned for city scales (see afstand_km).
        if not 0 < self.straal_km <= 100:
            raise ValueError("straal_km moet tussen 0 en 100 km liggen")
        if self.uren_per_week < 0:
            raise ValueError("uren_per_week mag niet negatief zijn")

    def eigen_woorden(self) -> tuple[tuple[str, str], ...]:
        """(kind, phrase) pairs; the kind lets a reason say 'je passie voor ...' rather than a bare match."""
        return tuple(
            [("talent", t) for t in self.talenten if t.strip()]
            + [("hobby", t) for t in self.hobbys if t.strip()]
            + [("passie", t) for t in self.passies if t.strip()]
        )


@dataclass(frozen=True, slots=True)
class Plek:
    """A place in the neighbourhood where an inwoner can take part, with what it offers and asks."""

    plek_id: str
    organisatie: str
    wijk: str
    lat: float
    lon: float
    omschrijving: str
    dagdelen: frozenset[Dagdeel]
    uren_per_week: float
    vrije_plekken: int
    activiteit: str = ""
    tags: frozenset[Tag] = field(default_factory=frozenset)
    gezelschap: Gezelschap = Gezelschap.BEIDE
    omgeving: Omgeving = Omgeving.BEIDE
    rolstoeltoegankelijk: bool = False
    rustig: bool = False
    zwaar_tillen: bool = False
    dieren_aanwezig: bool = False
    begeleiding: bool = False
    min_taalniveau: Taalniveau = Taalniveau.A0

    def __post_init__(self) -> None:
        _controleer_locatie(self.lat, self.lon)
        if self.vrije_plekken < 0:
            raise ValueError("vrije_plekken mag niet negatief zijn")
        if not self.uren_per_week > 0:
            raise ValueError("uren_per_week moet positief zijn")

    def biedt(self, beperking: Beperking) -> bool:
        """Whether this place can accommodate a practical limit."""
        return {
            Beperking.GEEN_ZWAAR_TILLEN: not self.zwaar_tillen,
            Beperking.RUSTIGE_PLEK_NODIG: self.rustig,
            Beperking.ROLSTOELTOEGANKELIJK_NODIG: self.rolstoeltoegankelijk,
            Beperking.NIET_MET_DIEREN: not self.dieren_aanwezig,
            Beperking.BEGELEIDING_NODIG: self.begeleiding,
        }[beperking]

    @property
    def naam(self) -> str:
        if not self.activiteit or self.activiteit.casefold() in self.organisatie.casefold():
            return self.organisatie
        return f"{self.activiteit} bij {self.organisatie}"
