"""Capacity-constrained assignment as min-cost flow, and a certificate of how far it can be from the optimum.

The model: every person sends one unit either over an arc to a place (cost = 1000 × (1 − score)) or straight to the
sink at the 'unassigned' cost U; a place passes at most its free slots to the sink. Its LP dual is

    max  Σ_i u_i − Σ_j cap_j · v_j    s.t.  u_i ≤ c_ij + v_j,  u_i ≤ U,  v_j ≥ 0,

so for *any* place prices v ≥ 0, Σ_i min(U, min_j c_ij + v_j) − Σ_j cap_j v_j is a lower bound on the cost of
every assignment, also over arcs the solver never saw. `plaatsprijzen` recovers optimal prices v from a solved flow
(OR-Tools does not expose its potentials), and `ondergrens` evaluates that bound over all arcs.
"""

from __future__ import annotations

import numpy as np
from ortools.graph.python import min_cost_flow

_ONEINDIG = np.int64(1) << 50


def los_op(
    n_personen: int, capaciteit: np.ndarray, persoon: np.ndarray, plek: np.ndarray, kosten: np.ndarray, u: int
) -> tuple[np.ndarray, int]:
    """Optimal assignment over the given arcs: the place of each person (−1: none) and the total cost."""
    n_plekken = len(capaciteit)
    put = n_personen + n_plekken
    alle_personen = np.arange(n_personen, dtype=np.int32)
    alle_plekken = np.arange(n_plekken, dtype=np.int32)
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        np.concatenate([persoon, alle_personen, n_personen + alle_plekken]).astype(np.int32),
        np.concatenate([n_personen + plek, np.full(n_personen + n_plekken, put)]).astype(np.int32),
        np.concatenate([np.ones(len(persoon) + n_personen), capaciteit]).astype(np.int64),
        np.concatenate([kosten, np.full(n_personen, u), np.zeros(n_plekken)]).astype(np.int64),
    )
    aanbod = np.zeros(put + 1, dtype=np.int64)
    aanbod[:n_personen] = 1
    aanbod[put] = -n_personen
    solver.set_nodes_supplies(np.arange(put + 1, dtype=np.int32), aanbod)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise RuntimeError(f"min-cost flow niet optimaal opgelost: {status}")
    stroom = solver.flows(np.arange(len(persoon), dtype=np.int32))
    toewijzing = np.full(n_personen, -1, dtype=np.int32)
    gebruikt = stroom > 0
    toewijzing[persoon[gebruikt]] = plek[gebruikt]
    return toewijzing, int(solver.optimal_cost())


def plaatsprijzen(
    capaciteit: np.ndarray,
    persoon: np.ndarray,
    plek: np.ndarray,
    kosten: np.ndarray,
    toewijzing: np.ndarray,
    u: int,
) -> np.ndarray:
    """Optimal dual prices v of the places for an optimal assignment over the given arcs.

    Complementary slackness turns the dual into difference constraints between places (v_a − v_j ≤ c_ij − c_ia for
    a person assigned to a, v_j ≥ U − c_ij for an unassigned one, v_j = 0 for a place with room), solved as
    shortest paths from a root by a vectorised Bellman–Ford. The largest feasible prices come out.
    """
    n_plekken = len(capaciteit)
    if n_plekken == 0:
        return np.zeros(0, dtype=np.int64)
    wortel = n_plekken
    eigen_plek = toewijzing[persoon]
    eigen_arc = eigen_plek == plek
    eigen_kosten = np.zeros(len(toewijzing), dtype=np.int64)
    eigen_kosten[persoon[eigen_arc]] = kosten[eigen_arc]
    bezet = np.bincount(toewijzing[toewijzing >= 0], minlength=n_plekken)
    ruimte = np.flatnonzero(bezet < capaciteit)
    geplaatst = np.flatnonzero(toewijzing >= 0)
    alternatief = (eigen_plek >= 0) & ~eigen_arc
    niet_geplaatst = eigen_plek < 0
    alle = np.arange(n_plekken)
    bron = np.concatenate(
        [plek[alternatief], np.full(len(geplaatst) + len(ruimte), wortel), alle, plek[niet_geplaatst]]
    ).astype(np.int64)
    doel = np.concatenate(
        [
            eigen_plek[alternatief],
            toewijzing[geplaatst],
            ruimte,
            np.full(n_plekken, wortel),
            np.full(niet_geplaatst.sum(), wortel),
        ]
    ).astype(np.int64)
    gewicht = np.concatenate(
        [
            kosten[alternatief] - eigen_kosten[persoon[alternatief]],
            u - eigen_kosten[geplaatst],
            np.zeros(len(ruimte) + n_plekken, dtype=np.int64),
            kosten[niet_geplaatst].astype(np.int64) - u,
        ]
    ).astype(np.int64)
    # Parallel edges only matter through their lightest one.
    sleutel = doel * (n_plekken + 1) + bron
    volgorde = np.lexsort((gewicht, sleutel))
    sleutel, bron, doel, gewicht = sleutel[volgorde], bron[volgorde], doel[volgorde], gewicht[volgorde]
    eerste = np.ones(len(sleutel), dtype=bool)
    eerste[1:] = sleutel[1:] != sleutel[:-1]
    bron, doel, gewicht = bron[eerste], doel[eerste], gewicht[eerste]
    doelen, start = np.unique(doel, return_index=True)

    afstand = np.full(n_plekken + 1, _ONEINDIG, dtype=np.int64)
    afstand[wortel] = 0
    for _ in range(n_plekken + 2):
        kandidaat = np.where(afstand[bron] >= _ONEINDIG, _ONEINDIG, afstand[bron] + gewicht)
        nieuw = np.minimum(afstand[doelen], np.minimum.reduceat(kandidaat, start))
        if np.array_equal(nieuw, afstand[doelen]):
            break
        afstand[doelen] = nieuw
    else:
        raise RuntimeError("plaatsprijzen convergeren niet: de toewijzing is niet optimaal")
    if afstand[wortel] < 0:
        raise RuntimeError("negatieve cyclus in de plaatsprijzen: de toewijzing is niet optimaal")
    return afstand[:n_plekken]


def persoonsprijzen(
    n_personen: int, persoon: np.ndarray, plek: np.ndarray, kosten: np.ndarray, v: np.ndarray, u: int
) -> np.ndarray:
    """u_i = min(U, min_j c_ij + v_j) over the given arcs, which must be grouped by person."""
    waarde = np.full(n_personen, u, dtype=np.int64)
    if len(persoon) == 0:
        return waarde
    gereduceerd = kosten.astype(np.int64) + v[plek]
    start = np.concatenate([[0], np.flatnonzero(persoon[1:] != persoon[:-1]) + 1])
    waarde[persoon[start]] = np.minimum(u, np.minimum.reduceat(gereduceerd, start))
    return waarde


def ondergrens(
    n_personen: int,
    capaciteit: np.ndarray,
    persoon: np.ndarray,
    plek: np.ndarray,
    kosten: np.ndarray,
    v: np.ndarray,
    u: int,
) -> int:
    """Lagrangian lower bound on the optimal cost over all given arcs, valid for any prices v ≥ 0."""
    waarde = persoonsprijzen(n_personen, persoon, plek, kosten, v, u)
    return int(waarde.sum() - (capaciteit.astype(np.int64) * v).sum())
