"""Plain-Dutch reasons for a score, written for the inwoner as much as for the krachtcoach.

Reasons only restate what the components measured; they never mention anything the engine did not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .model import Plek, Profiel
from .scoring import UITS_BEPERKING_SHIFT, UITS_DAGDEEL, UITS_STRAAL, UITS_TAAL, UITS_VOL
from .taxonomy import (
    BEPERKING_BIT,
    BEPERKING_CONFLICT,
    DAG_NAMEN,
    DEEL_NAMEN,
    REISPROFIELEN,
    TAG_LABELS,
    Beperking,
    Dagdeel,
    Gezelschap,
    Omgeving,
)

# From this text score on the person's own words are named as the reason (cosine ~0.3 with the default weights).
TEKST_DREMPEL = 0.5

_BEPERKING_MET = {
    Beperking.GEEN_ZWAAR_TILLEN: "geen zwaar tilwerk",
    Beperking.RUSTIGE_PLEK_NODIG: "rustige plek",
    Beperking.ROLSTOELTOEGANKELIJK_NODIG: "rolstoeltoegankelijk",
    Beperking.NIET_MET_DIEREN: "geen dieren",
    Beperking.BEGELEIDING_NODIG: "begeleiding op de plek",
}
_ZINSSTARTERS = frozenset(
    {"ik", "mijn", "kan", "ben", "heb", "wil", "doe", "hou", "houd", "ga", "zorg", "vind", "werk"}
)


@dataclass(frozen=True, slots=True)
class Scoreopbouw:
    """The components of one pair's score (each 0..1) and the facts behind them."""

    interesse: float
    tekst: float
    beschikbaarheid: float
    afstand: float
    wensen: float
    totaal: float
    afstand_km: float
    gedeelde_dagdelen: tuple[Dagdeel, ...]
    beste_woorden: tuple[str, str] | None  # (talent | hobby | passie, the phrase)


@dataclass(frozen=True, slots=True)
class Beoordeling:
    """A place seen from one profile: its score, how it is built up, and why, in Dutch."""

    plek: Plek
    score: float
    opbouw: Scoreopbouw
    redenen: tuple[str, ...]
    uitsluitingen: tuple[str, ...]

    @property
    def passend(self) -> bool:
        return not self.uitsluitingen

    @property
    def uitleg(self) -> str:
        """One line such as 'past bij je passie voor koken · 1,2 km fietsen · dinsdag- en donderdagochtend'."""
        return " · ".join(self.redenen[:3])


def formatteer_km(km: float) -> str:
    """A distance as people read it: to the 100 m under 950 m (at least "100 m"), else in km with one decimal.

    Halves round up, applied to the number as Python writes it (``repr``), not to its binary approximation: 1.25 is
    "1,3 km" and 0.95 is "1,0 km", where formatting with ``:.1f`` would give "1,2 km" and "0,9 km".
    """
    tienden = Decimal(repr(float(km))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if tienden < 1:
        return f"{max(100, int(tienden * 1000))} m"
    return f"{tienden} km".replace(".", ",")


def _opsomming(delen: list[str]) -> str:
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def dagdelen_tekst(dagdelen: tuple[Dagdeel, ...]) -> str:
    """'dinsdag- en donderdagochtend, woensdagmiddag': grouped by part of day, as people say it."""
    if len(dagdelen) > 6:
        return f"{len(dagdelen)} dagdelen per week"
    per_deel: list[list[str]] = [[], [], []]
    for d in sorted(dagdelen):
        per_deel[d.deel].append(DAG_NAMEN[d.dag])
    groepen = [
        _opsomming([dag + "-" for dag in dagen[:-1]] + [dagen[-1]]) + DEEL_NAMEN[deel]
        for deel, dagen in enumerate(per_deel)
        if dagen
    ]
    return _opsomming(groepen)


def _eigen_woorden_tekst(soort: str, zin: str) -> str:
    woorden = zin.split()
    if len(woorden) > 4 or (woorden and woorden[0].casefold() in _ZINSSTARTERS):
        return f"past bij wat je vertelt over je {soort}: ‘{zin}’"
    return f"past bij je hobby {zin}" if soort == "hobby" else f"past bij je {soort} voor {zin}"


def _interesse_reden(profiel: Profiel, plek: Plek, opbouw: Scoreopbouw) -> str:
    gedeeld = [label for t, label in TAG_LABELS.items() if t in profiel.tags and t in plek.tags]
    if opbouw.beste_woorden is not None and opbouw.tekst >= TEKST_DREMPEL:
        return _eigen_woorden_tekst(*opbouw.beste_woorden)
    if gedeeld:
        return "past bij je interesse in " + _opsomming(gedeeld[:2])
    nieuw = [label for t, label in TAG_LABELS.items() if t in plek.tags]
    return "iets nieuws: " + _opsomming(nieuw[:2]) if nieuw else "iets nieuws om te proberen"


def _wens_redenen(profiel: Profiel, plek: Plek) -> list[str]:
    redenen = []
    if profiel.gezelschap is Gezelschap.SAMEN:
        redenen.append("je werkt hier vooral alleen" if plek.gezelschap is Gezelschap.ALLEEN else "samen met anderen")
    elif profiel.gezelschap is Gezelschap.ALLEEN:
        redenen.append(
            "je werkt hier in een groep" if plek.gezelschap is Gezelschap.SAMEN else "je kunt zelfstandig werken"
        )
    for wens, tegendeel in ((Omgeving.BINNEN, Omgeving.BUITEN), (Omgeving.BUITEN, Omgeving.BINNEN)):
        if profiel.omgeving is wens:
            if plek.omgeving is tegendeel:
                redenen.append(f"{tegendeel.value}, terwijl je liever {wens.value} bent")
            else:
                redenen.append(wens.value)
    return redenen


def redenen(profiel: Profiel, plek: Plek, opbouw: Scoreopbouw) -> tuple[str, ...]:
    """Reasons in a fixed order: interest, distance, day parts first, so the one-line summary is always these."""
    werkwoord = REISPROFIELEN[profiel.reismodus].werkwoord
    lijst = [
        _interesse_reden(profiel, plek, opbouw),
        f"{formatteer_km(opbouw.afstand_km)} {werkwoord}",
    ]
    if opbouw.gedeelde_dagdelen:
        lijst.append(dagdelen_tekst(opbouw.gedeelde_dagdelen))
    lijst.extend(_wens_redenen(profiel, plek))
    lijst.extend(tekst for b, tekst in _BEPERKING_MET.items() if b in profiel.beperkingen and plek.biedt(b))
    if plek.begeleiding and Beperking.BEGELEIDING_NODIG not in profiel.beperkingen:
        lijst.append("begeleiding op de plek")
    uren = f"{plek.uren_per_week:g}".replace(".", ",")
    if plek.uren_per_week > profiel.uren_per_week:
        lijst.append(f"vraagt {uren} uur per week, meer dan de {profiel.uren_per_week:g} uur die je hebt")
    else:
        lijst.append(f"{uren} uur per week")
    return tuple(lijst)


def uitsluitingen(profiel: Profiel, plek: Plek, bits: int, afstand_km: float) -> tuple[str, ...]:
    """Why a place cannot be suggested at all; empty when it can."""
    lijst = []
    if bits & UITS_STRAAL:
        werkwoord = REISPROFIELEN[profiel.reismodus].werkwoord
        straal = formatteer_km(profiel.straal_km)
        lijst.append(f"{formatteer_km(afstand_km)} {werkwoord}, verder dan je {straal}")
    if bits & UITS_VOL:
        lijst.append("geen vrije plek op dit moment")
    if bits & UITS_TAAL:
        lijst.append(f"vraagt taalniveau {plek.min_taalniveau.name} (jij: {profiel.taalniveau.name})")
    if bits & UITS_DAGDEEL:
        lijst.append("geen dagdeel waarop jullie allebei kunnen")
    for beperking, tekst in BEPERKING_CONFLICT.items():
        if bits & (BEPERKING_BIT[beperking] << UITS_BEPERKING_SHIFT):
            lijst.append(tekst)
    return tuple(lijst)
