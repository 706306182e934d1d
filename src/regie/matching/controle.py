"""Checks on a proposal's outcomes per group, for the periodic bias review described in the algorithm register.

Groups are formed by the caller from what a profile holds (language level, travel mode, practical limits) or from
the dossier (wijk): the engine has no protected characteristics, so a review compares outcomes across these
proxies, which is where unequal treatment would show first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .model import Profiel
from .voorstel import Plaatsingsvoorstel


@dataclass(frozen=True, slots=True)
class Groepsuitkomst:
    groep: str
    aantal: int
    voorgesteld: int
    gemiddelde_score: float | None

    @property
    def aandeel_voorgesteld(self) -> float:
        return self.voorgesteld / self.aantal if self.aantal else 0.0


def uitkomst_per_groep(
    voorstel: Plaatsingsvoorstel, profielen: Sequence[Profiel], groep: Callable[[Profiel], str]
) -> tuple[Groepsuitkomst, ...]:
    """Share of people with a proposed place, and their mean score, per group (sorted by group name)."""
    per_id = {p.inwoner_id: p for p in profielen}
    tellers: dict[str, list[float]] = {}
    aantallen: dict[str, int] = {}
    for plaatsing in voorstel.plaatsingen:
        naam = groep(per_id[plaatsing.inwoner_id])
        aantallen[naam] = aantallen.get(naam, 0) + 1
        scores = tellers.setdefault(naam, [])
        if plaatsing.score is not None:
            scores.append(plaatsing.score)
    return tuple(
        Groepsuitkomst(
            groep=naam,
            aantal=aantallen[naam],
            voorgesteld=len(tellers[naam]),
            gemiddelde_score=sum(tellers[naam]) / len(tellers[naam]) if tellers[naam] else None,
        )
        for naam in sorted(aantallen)
    )
