"""A placement proposal for a whole caseload or city: advice for krachtcoaches, never a decision.

Each person keeps only their best `top_k` places in the flow graph. That pruning is made safe by pricing: after each
solve the place prices (LP duals) are checked against every admissible arc of the city; an arc that would improve
the solution is added and the flow solved again. When no arc is left to add, the proposal is provably optimal for
the full graph; if the round limit stops it earlier, the remaining gap is certified by a Lagrangian lower bound.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from .index import PlekIndex, ProfielMatrix, bouw_profielmatrix
from .kandidaten import Bogen, alle_bogen
from .model import Profiel
from .reasons import Beoordeling
from .scoring import SCHAAL, STANDAARD_GEWICHTEN, Gewichten, componenten, score_van_kosten
from .stroom import los_op, ondergrens, persoonsprijzen, plaatsprijzen
from .suggest import beoordeling_uit


@dataclass(frozen=True, slots=True)
class Optimaliteit:
    """How good the proposal is, measured on the full (unpruned) graph.

    `gap` is relative to the best achievable total value, value being Σ (U − cost) over proposed placements, so it
    does not hide behind the large constant cost of everyone left unplaced.
    """

    kosten: int
    ondergrens: int
    gap: float
    kosten_alleen_top_k: int
    gap_alleen_top_k: float
    bewezen_optimaal: bool
    rondes: int
    bogen_in_graaf: int
    bogen_toelaatbaar: int


@dataclass(frozen=True, slots=True)
class VoorgesteldePlaatsing:
    """The proposed place for one person (or none), with the explanation a krachtcoach can talk through."""

    inwoner_id: str
    plek_id: str | None
    beoordeling: Beoordeling | None
    toelichting: str

    @property
    def score(self) -> float | None:
        return None if self.beoordeling is None else self.beoordeling.score


@dataclass(frozen=True, slots=True)
class Plaatsingsvoorstel:
    """Proposed, not decided: the inwoner and the krachtcoach decide together after visiting the place."""

    plaatsingen: tuple[VoorgesteldePlaatsing, ...]
    optimaliteit: Optimaliteit
    min_score: float
    status: Literal["voorstel"] = "voorstel"

    @property
    def aantal_voorgesteld(self) -> int:
        return sum(1 for p in self.plaatsingen if p.plek_id is not None)

    @property
    def totale_score(self) -> float:
        return sum(p.score for p in self.plaatsingen if p.score is not None)


def niet_plaatsen_kosten(min_score: float) -> int:
    """Cost of leaving a person unplaced; a place scoring below `min_score` is never worth proposing."""
    if not 0.0 <= min_score <= 1.0:
        raise ValueError("min_score ligt tussen 0 en 1")
    return round(SCHAAL * (1.0 - min_score))


def _relatieve_gap(n: int, u: int, kost: int, grens: int) -> float:
    haalbaar = n * u - grens
    return 0.0 if haalbaar <= 0 else max(0.0, (kost - grens) / haalbaar)


def _optimaliseer(
    n: int, capaciteit: np.ndarray, bogen: Bogen, u: int, max_rondes: int, max_gap: float
) -> tuple[np.ndarray, Optimaliteit]:
    actief = bogen.actief.copy()
    gap_top_k, kosten_top_k = 0.0, 0
    for ronde in range(1, max_rondes + 1):
        sel = np.flatnonzero(actief)
        persoon, plek, kost = bogen.persoon[sel], bogen.plek[sel], bogen.kosten[sel]
        toewijzing, totaal = los_op(n, capaciteit, persoon, plek, kost, u)
        v = plaatsprijzen(capaciteit, persoon, plek, kost, toewijzing, u)
        grens = ondergrens(n, capaciteit, bogen.persoon, bogen.plek, bogen.kosten, v, u)
        if ronde == 1:
            gap_top_k, kosten_top_k = _relatieve_gap(n, u, totaal, grens), totaal
        eigen = persoonsprijzen(n, persoon, plek, kost, v, u)
        verbetert = (bogen.kosten + v[bogen.plek] < eigen[bogen.persoon]) & ~actief
        # Each extra round re-solves the whole flow; once the certified gap is below max_gap it buys nothing.
        if not verbetert.any() or ronde == max_rondes or _relatieve_gap(n, u, totaal, grens) <= max_gap:
            break
        actief |= verbetert
    return toewijzing, Optimaliteit(
        kosten=totaal,
        ondergrens=grens,
        gap=_relatieve_gap(n, u, totaal, grens),
        kosten_alleen_top_k=kosten_top_k,
        gap_alleen_top_k=gap_top_k,
        bewezen_optimaal=grens >= totaal,
        rondes=ronde,
        bogen_in_graaf=int(actief.sum()),
        bogen_toelaatbaar=len(bogen),
    )


def _komma(getal: float) -> str:
    return f"{getal:.2f}".replace(".", ",")


def _beste_boog(n: int, bogen: Bogen) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per person: cheapest admissible place (−1: none), its cost, and how many admissible places there are."""
    beste_plek = np.full(n, -1, dtype=np.int64)
    beste_kost = np.full(n, np.iinfo(np.int32).max, dtype=np.int64)
    aantal = np.bincount(bogen.persoon, minlength=n)
    if len(bogen):
        start = np.concatenate([[0], np.flatnonzero(bogen.persoon[1:] != bogen.persoon[:-1]) + 1])
        minimum = np.minimum.reduceat(bogen.kosten, start)
        groep = np.repeat(np.arange(len(start)), np.diff(np.append(start, len(bogen))))
        raak = np.flatnonzero(bogen.kosten == minimum[groep])
        _, eerste = np.unique(groep[raak], return_index=True)
        wie = bogen.persoon[start]
        beste_plek[wie] = bogen.plek[raak[eerste]]
        beste_kost[wie] = minimum
    return beste_plek, beste_kost, aantal


def _waarom(
    beoordeling: Beoordeling | None, eigen_kost: int, beste_kost: int, beter: str | None, n_passend: int
) -> str:
    """Why this place, or why none, in words a krachtcoach can repeat to the inwoner."""
    if beoordeling is not None:
        if beter is None or beste_kost >= eigen_kost:
            return f"Dit is de plek die het best bij je past: {beoordeling.uitleg}."
        return (
            f"Voorgesteld omdat deze plek goed past: {beoordeling.uitleg}. {beter} past nog iets beter "
            f"(score {_komma(float(score_van_kosten(beste_kost)))} tegen {_komma(beoordeling.score)}), maar heeft "
            "niet genoeg vrije plekken voor iedereen voor wie die plek goed past."
        )
    if n_passend:
        return (
            f"Geen plek voorgesteld: de {n_passend} passende plekken zijn in dit voorstel al verdeeld. "
            "Bekijk samen de suggesties; er kan binnenkort plek vrijkomen."
        )
    return (
        "Geen plek voorgesteld: geen plek voldoet aan je voorwaarden en past goed genoeg. "
        "Bekijk samen de suggesties of kijk of een grotere reisafstand kan."
    )


def _toelichtingen(
    matrix: ProfielMatrix, index: PlekIndex, gewichten: Gewichten, toewijzing: np.ndarray, bogen: Bogen
) -> tuple[VoorgesteldePlaatsing, ...]:
    n = len(matrix.profielen)
    beste_plek, beste_kost, aantal = _beste_boog(n, bogen)
    # Compare with the arc's own cost, not a recomputed score, so rounding can never claim a tie is 'better'.
    eigen_kost = np.full(n, np.iinfo(np.int32).max, dtype=np.int64)
    eigen = bogen.plek == toewijzing[bogen.persoon]
    eigen_kost[bogen.persoon[eigen]] = bogen.kosten[eigen]

    rijen = np.flatnonzero(toewijzing >= 0)
    kolommen = toewijzing[rijen]
    per_zin = matrix.tekst_q[matrix.woorden[rijen], kolommen[:, None]]
    comp = componenten(matrix.kenmerken.kies(rijen), index.kenmerken.kies(kolommen), per_zin.max(axis=1), gewichten)
    beste_zin = per_zin.argmax(axis=1).tolist()
    beoordelingen: dict[int, Beoordeling] = {}
    for k, (i, j) in enumerate(zip(rijen.tolist(), kolommen.tolist(), strict=True)):
        woorden = matrix.zinnen[i]
        beste = woorden[beste_zin[k]] if woorden else None
        beoordelingen[i] = beoordeling_uit(matrix.profielen[i], index, j, comp, k, int(eigen_kost[i]), beste)

    namen = [p.naam for p in index.plekken]
    beste_plek_l, beste_kost_l, eigen_kost_l, aantal_l = (
        beste_plek.tolist(), beste_kost.tolist(), eigen_kost.tolist(), aantal.tolist()
    )  # fmt: skip
    uitkomst = []
    for i, profiel in enumerate(matrix.profielen):
        beoordeling = beoordelingen.get(i)
        beter = namen[beste_plek_l[i]] if beste_plek_l[i] >= 0 else None
        toelichting = _waarom(beoordeling, eigen_kost_l[i], beste_kost_l[i], beter, aantal_l[i])
        plek_id = None if beoordeling is None else beoordeling.plek.plek_id
        uitkomst.append(VoorgesteldePlaatsing(profiel.inwoner_id, plek_id, beoordeling, toelichting))
    return tuple(uitkomst)


def maak_voorstel(
    profielen: Sequence[Profiel],
    index: PlekIndex,
    *,
    gewichten: Gewichten = STANDAARD_GEWICHTEN,
    min_score: float = 0.5,
    top_k: int = 8,
    max_rondes: int = 25,
    max_gap: float = 5e-4,
    volledig: bool = False,
) -> Plaatsingsvoorstel:
    """Propose at most one place per person, never more people on a place than its free slots, maximising the
    total score above `min_score`.

    Pricing rounds stop when no arc can improve the proposal (proven optimal) or when the certified relative gap
    is at most `max_gap` (0 insists on the proof). `volledig=True` puts every admissible pair in the flow graph
    from the start (no pruning, no cost cut-off); it exists to check the pruned method on a few thousand people.
    """
    if top_k < 1:
        raise ValueError("top_k moet minstens 1 zijn")
    u = niet_plaatsen_kosten(min_score)
    matrix = bouw_profielmatrix(profielen, index, gewichten)
    bogen = alle_bogen(matrix, index, gewichten, kostengrens=None if volledig else u, top_k=top_k)
    if volledig:
        bogen = Bogen(bogen.persoon, bogen.plek, bogen.kosten, np.ones(len(bogen), dtype=bool))
    capaciteit = index.kenmerken.capaciteit.astype(np.int64)
    toewijzing, optimaliteit = _optimaliseer(len(matrix.profielen), capaciteit, bogen, u, max(1, max_rondes), max_gap)
    return Plaatsingsvoorstel(
        plaatsingen=_toelichtingen(matrix, index, gewichten, toewijzing, bogen),
        optimaliteit=optimaliteit,
        min_score=min_score,
    )
