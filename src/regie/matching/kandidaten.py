"""All admissible profile–place arcs of a city, scored block by block.

People are grouped by travel-radius class and then by a square grid cell; a block (the people of one cell) is only
scored against places that could lie within the largest travel radius in that block. That keeps the work
proportional to the pairs that can matter and the memory to one block at a time, while every admissible pair is
still scored exactly once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .index import PlekIndex, ProfielMatrix, tekst_q_blok
from .scoring import AARDSTRAAL_KM, Gewichten, Kenmerken, componenten, kosten

# People are grouped by travel radius first, so a walker never drags in the places of a cyclist in the same street;
# the grid cell grows with the radius because a few extra places matter less than a few more blocks.
STRAAL_KLASSEN_KM = (1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 30.0, 50.0)
MAX_BLOK = 512
BLOK_PAREN = 65536


@dataclass(frozen=True, slots=True, eq=False)
class Bogen:
    """Arcs grouped by person (all arcs of a person are contiguous); `actief` marks each person's top-k."""

    persoon: np.ndarray
    plek: np.ndarray
    kosten: np.ndarray
    actief: np.ndarray

    def __len__(self) -> int:
        return int(self.persoon.shape[0])


def _vlak_km(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> tuple[np.ndarray, np.ndarray]:
    # Equirectangular projection: only used to choose candidate places, with a margin, never for a score.
    x = np.radians(lon - lon0) * math.cos(math.radians(lat0)) * AARDSTRAAL_KM
    y = np.radians(lat - lat0) * AARDSTRAAL_KM
    return x, y


def _blokken(px: np.ndarray, py: np.ndarray, straal: np.ndarray, n_woorden: np.ndarray) -> list[np.ndarray]:
    klasse = np.searchsorted(STRAAL_KLASSEN_KM, straal)
    cel_km = np.clip(np.append(STRAAL_KLASSEN_KM, np.inf)[klasse] / 3.0, 1.0, 5.0)
    kx = np.floor(px / cel_km).astype(np.int64)
    ky = np.floor(py / cel_km).astype(np.int64)
    # Within a cell, people with the most phrases first: see tekst_q_blok.
    sleutel = np.lexsort((-n_woorden, ky, kx, klasse))
    grens = np.flatnonzero(
        np.diff(klasse[sleutel]).astype(bool) | np.diff(kx[sleutel]).astype(bool) | np.diff(ky[sleutel]).astype(bool)
    )
    blokken = []
    for groep in np.split(sleutel, grens + 1):
        blokken.extend(groep[i : i + MAX_BLOK] for i in range(0, len(groep), MAX_BLOK))
    return blokken


def alle_bogen(
    matrix: ProfielMatrix, index: PlekIndex, gewichten: Gewichten, *, kostengrens: int | None, top_k: int
) -> Bogen:
    """Every admissible arc with cost below `kostengrens` (None: no limit), top-k per person marked active."""
    profielen, plekken = matrix.profielen, index.plekken
    leeg = np.zeros(0, dtype=np.int32)
    if not profielen or not plekken:
        return Bogen(leeg, leeg, leeg, np.zeros(0, dtype=bool))
    lat0 = float(np.mean([p.lat for p in plekken]))
    lon0 = float(np.mean([p.lon for p in plekken]))
    px, py = _vlak_km(np.array([p.lat for p in profielen]), np.array([p.lon for p in profielen]), lat0, lon0)
    qx, qy = _vlak_km(np.array([p.lat for p in plekken]), np.array([p.lon for p in plekken]), lat0, lon0)
    open_plek = np.flatnonzero(index.kenmerken.capaciteit > 0)
    qx, qy = qx[open_plek], qy[open_plek]
    pk, qk = matrix.kenmerken, index.kenmerken
    grens = np.int32(np.iinfo(np.int32).max if kostengrens is None else kostengrens)

    delen: list[tuple[np.ndarray, ...]] = []
    for rijen in _blokken(px, py, pk.straal_km, (matrix.woorden >= 0).sum(axis=1)):
        bx, by = px[rijen], py[rijen]
        cx, cy = (bx.min() + bx.max()) / 2, (by.min() + by.max()) / 2
        halve_diagonaal = math.hypot(bx.max() - bx.min(), by.max() - by.min()) / 2
        # 2% and 50 m of slack cover the projection's error across a city.
        bereik = (float(pk.straal_km[rijen].max()) + halve_diagonaal) * 1.02 + 0.05
        kolommen = open_plek[(qx - cx) ** 2 + (qy - cy) ** 2 <= bereik * bereik]
        if kolommen.size == 0:
            continue
        plekken_rij = qk.kies(kolommen).als_rij()
        # Sub-blocks of about 64k pairs keep every temporary inside the CPU cache.
        stap = max(8, BLOK_PAREN // kolommen.size)
        for begin in range(0, len(rijen), stap):
            deel = _scoor_blok(matrix, rijen[begin : begin + stap], kolommen, plekken_rij, gewichten, grens, top_k)
            if deel is not None:
                delen.append(deel)
    if not delen:
        return Bogen(leeg, leeg, leeg, np.zeros(0, dtype=bool))
    return Bogen(*(np.concatenate(kolom) for kolom in zip(*delen, strict=True)))


def _scoor_blok(
    matrix: ProfielMatrix,
    rijen: np.ndarray,
    kolommen: np.ndarray,
    plekken_rij: Kenmerken,
    gewichten: Gewichten,
    grens: np.int32,
    top_k: int,
) -> tuple[np.ndarray, ...] | None:
    buiten = np.int32(np.iinfo(np.int32).max)
    comp = componenten(
        matrix.kenmerken.kies(rijen).als_kolom(), plekken_rij, tekst_q_blok(matrix, rijen, kolommen), gewichten
    )
    kost = kosten(comp.totaal)
    # Excluded or too costly arcs get the largest cost, so one comparison finds them and top-k ignores them.
    kost |= ((comp.uitsluiting != 0) | (kost >= grens)).astype(np.int32) * buiten
    plat = np.flatnonzero(kost != buiten)
    if plat.size == 0:
        return None
    k = min(top_k, kost.shape[1])
    drempel = np.partition(kost, k - 1, axis=1)[:, k - 1 : k]
    actief = kost <= drempel
    r, c = np.divmod(plat, kost.shape[1])
    return rijen[r].astype(np.int32), kolommen[c].astype(np.int32), kost.ravel()[plat], actief.ravel()[plat]
