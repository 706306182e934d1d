"""Packing places and profiles into arrays once, so scoring is pure numpy.

`PlekIndex` is built once per catalogue of places (embeddings included) and reused for every suggestion and
proposal; `ProfielMatrix` does the same for a set of profiles inside a proposal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from types import MappingProxyType

import numpy as np

from .encoders import TextEncoder, embed_uniek
from .model import Plek, Profiel
from .scoring import Gewichten, Kenmerken, tekst_kwantiseer
from .taxonomy import BEPERKING_BIT, REISPROFIELEN, TAG_BIT, Gezelschap, Omgeving, dagdelen_masker

_CODE_GEZELSCHAP = {Gezelschap.SAMEN: 0, Gezelschap.ALLEEN: 1, Gezelschap.BEIDE: 2}
_CODE_OMGEVING = {Omgeving.BINNEN: 0, Omgeving.BUITEN: 1, Omgeving.BEIDE: 2}


def _tag_masker(tags: frozenset) -> int:
    masker = 0
    for tag in tags:
        masker |= TAG_BIT[tag]
    return masker


def _kenmerken(
    lat: list[float],
    lon: list[float],
    tags: list[int],
    dagdelen: list[int],
    uren: list[float],
    beperkingen: list[int],
    taal: list[int],
    gezelschap: list[int],
    omgeving: list[int],
    straal: list[float],
    comfortabel: list[float],
    capaciteit: list[int],
) -> Kenmerken:
    half_lat = np.radians(np.asarray(lat, dtype=np.float64)) / 2
    half_lon = np.radians(np.asarray(lon, dtype=np.float64)) / 2
    f32 = np.float32
    tags_arr = np.asarray(tags, dtype=np.uint32)
    dagdelen_arr = np.asarray(dagdelen, dtype=np.uint32)
    return Kenmerken(
        sin_half_lat=np.sin(half_lat).astype(f32),
        cos_half_lat=np.cos(half_lat).astype(f32),
        sin_half_lon=np.sin(half_lon).astype(f32),
        cos_half_lon=np.cos(half_lon).astype(f32),
        cos_lat=np.cos(2 * half_lat).astype(f32),
        tags=tags_arr,
        n_tags=np.bitwise_count(tags_arr),
        dagdelen=dagdelen_arr,
        n_dagdelen=np.bitwise_count(dagdelen_arr),
        uren=np.asarray(uren, dtype=f32),
        beperkingen=np.asarray(beperkingen, dtype=np.uint8),
        taal=np.asarray(taal, dtype=np.int8),
        gezelschap=np.asarray(gezelschap, dtype=np.int8),
        omgeving=np.asarray(omgeving, dtype=np.int8),
        straal_km=np.asarray(straal, dtype=f32),
        comfortabel_km=np.asarray(comfortabel, dtype=f32),
        capaciteit=np.asarray(capaciteit, dtype=np.int32),
    )


def plek_kenmerken(plekken: Sequence[Plek]) -> Kenmerken:
    def biedt(plek: Plek) -> int:
        return sum(bit for b, bit in BEPERKING_BIT.items() if plek.biedt(b))

    nul = [0.0] * len(plekken)
    return _kenmerken(
        lat=[p.lat for p in plekken],
        lon=[p.lon for p in plekken],
        tags=[_tag_masker(p.tags) for p in plekken],
        dagdelen=[dagdelen_masker(p.dagdelen) for p in plekken],
        uren=[p.uren_per_week for p in plekken],
        beperkingen=[biedt(p) for p in plekken],
        taal=[int(p.min_taalniveau) for p in plekken],
        gezelschap=[_CODE_GEZELSCHAP[p.gezelschap] for p in plekken],
        omgeving=[_CODE_OMGEVING[p.omgeving] for p in plekken],
        straal=nul,
        comfortabel=nul,
        capaciteit=[p.vrije_plekken for p in plekken],
    )


def profiel_kenmerken(profielen: Sequence[Profiel]) -> Kenmerken:
    return _kenmerken(
        lat=[p.lat for p in profielen],
        lon=[p.lon for p in profielen],
        tags=[_tag_masker(p.tags) for p in profielen],
        dagdelen=[dagdelen_masker(p.beschikbaar) for p in profielen],
        uren=[p.uren_per_week for p in profielen],
        beperkingen=[sum(BEPERKING_BIT[b] for b in p.beperkingen) for p in profielen],
        taal=[int(p.taalniveau) for p in profielen],
        gezelschap=[_CODE_GEZELSCHAP[p.gezelschap] for p in profielen],
        omgeving=[_CODE_OMGEVING[p.omgeving] for p in profielen],
        straal=[p.straal_km for p in profielen],
        comfortabel=[REISPROFIELEN[p.reismodus].comfortabel_km for p in profielen],
        capaciteit=[0] * len(profielen),
    )


@dataclass(frozen=True, slots=True, eq=False)
class PlekIndex:
    """A catalogue of places as arrays plus description embeddings; build once with `bouw_index`."""

    plekken: tuple[Plek, ...]
    kenmerken: Kenmerken
    embeddings: np.ndarray
    encoder: TextEncoder
    positie: MappingProxyType[str, int]

    def __len__(self) -> int:
        return len(self.plekken)


def bouw_index(plekken: Sequence[Plek], encoder: TextEncoder) -> PlekIndex:
    """Pack places and embed their descriptions (each distinct text once)."""
    plekken = tuple(plekken)
    positie = {p.plek_id: i for i, p in enumerate(plekken)}
    if len(positie) != len(plekken):
        raise ValueError("plek_id moet uniek zijn")
    teksten = [f"{p.activiteit}. {p.omschrijving}" if p.activiteit else p.omschrijving for p in plekken]
    uniek, rij = embed_uniek(encoder, teksten)
    kenmerken = plek_kenmerken(plekken)
    embeddings = np.ascontiguousarray(uniek[rij])
    # The index is shared between requests and threads; read-only arrays make accidental writes fail loudly.
    for array in (embeddings, *(getattr(kenmerken, f.name) for f in fields(kenmerken))):
        array.setflags(write=False)
    return PlekIndex(
        plekken=plekken,
        kenmerken=kenmerken,
        embeddings=embeddings,
        encoder=encoder,
        positie=MappingProxyType(positie),
    )


@dataclass(frozen=True, slots=True, eq=False)
class ProfielMatrix:
    """Profiles as arrays, with each person's own-words phrases as rows of a shared phrase table.

    `woorden` is (n, L) with -1 padding; `tekst_q` (phrases + 1 zero row, places) is the quantised text score of
    every distinct phrase against every place, so a pair's text score is a max over at most L table lookups.
    """

    profielen: tuple[Profiel, ...]
    kenmerken: Kenmerken
    woorden: np.ndarray
    tekst_q: np.ndarray
    zinnen: tuple[tuple[tuple[str, str], ...], ...]


def bouw_profielmatrix(profielen: Sequence[Profiel], index: PlekIndex, gewichten: Gewichten) -> ProfielMatrix:
    profielen = tuple(profielen)
    zinnen = tuple(p.eigen_woorden() for p in profielen)
    alle = [tekst for z in zinnen for _, tekst in z]
    uniek, rij = embed_uniek(index.encoder, alle)
    breedte = max((len(z) for z in zinnen), default=0)
    woorden = np.full((len(profielen), max(breedte, 1)), -1, dtype=np.int32)
    start = 0
    for i, z in enumerate(zinnen):
        woorden[i, : len(z)] = rij[start : start + len(z)]
        start += len(z)
    # One extra all-zero row at the end: padding (-1) indexes it, so lookups need no mask.
    tekst_q = np.zeros((uniek.shape[0] + 1, len(index)), dtype=np.uint8)
    for begin in range(0, uniek.shape[0], 2048):
        blok = uniek[begin : begin + 2048] @ index.embeddings.T
        tekst_q[begin : begin + blok.shape[0]] = tekst_kwantiseer(blok, gewichten)
    return ProfielMatrix(
        profielen=profielen,
        kenmerken=profiel_kenmerken(profielen),
        woorden=woorden,
        tekst_q=tekst_q,
        zinnen=zinnen,
    )


def tekst_q_blok(matrix: ProfielMatrix, rijen: np.ndarray, kolommen: np.ndarray) -> np.ndarray:
    """Best phrase per (profile, place) for a block, as quantised text score."""
    woorden = matrix.woorden[rijen]
    if matrix.tekst_q.shape[0] <= woorden.size:
        tabel = matrix.tekst_q[:, kolommen]
        # -1 padding must address the zero row at the end of the cut-out table too.
        lokaal = woorden
    else:
        # Cut out only the phrases used in this block, so the work never depends on the size of the city.
        zinnen, lokaal = np.unique(woorden, return_inverse=True)
        lokaal = lokaal.reshape(woorden.shape)
        tabel = matrix.tekst_q[np.ix_(zinnen, kolommen)]
    beste = tabel[lokaal[:, 0]]
    aantal = (woorden >= 0).sum(axis=1)
    # When rows come sorted by number of phrases (the city blocks do), later slots touch only the rows that have
    # them: work follows the ~4 phrases people write rather than the longest list.
    gesorteerd = bool(np.all(aantal[:-1] >= aantal[1:]))
    for slot in range(1, lokaal.shape[1]):
        tot = int(np.count_nonzero(aantal > slot)) if gesorteerd else len(rijen)
        if tot == 0:
            break
        np.maximum(beste[:tot], tabel[lokaal[:tot, slot]], out=beste[:tot])
    return beste
