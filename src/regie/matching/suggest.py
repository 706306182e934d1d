"""Suggestions for one person: every place scored in one vectorised pass, the best few explained."""

from __future__ import annotations

import numpy as np

from .encoders import normaliseer_tekst
from .index import PlekIndex, profiel_kenmerken
from .model import Profiel
from .reasons import Beoordeling, Scoreopbouw, redenen, uitsluitingen
from .scoring import (
    STANDAARD_GEWICHTEN,
    Componenten,
    Gewichten,
    componenten,
    kosten,
    score_van_kosten,
    tekst_kwantiseer,
)
from .taxonomy import dagdelen_uit_masker


def _scoor_alle(profiel: Profiel, index: PlekIndex, gewichten: Gewichten) -> tuple[Componenten, np.ndarray | None]:
    """Components against every place, plus per place which of the person's phrases matched best."""
    woorden = profiel.eigen_woorden()
    if woorden:
        embeddings = index.encoder.encode([normaliseer_tekst(zin) for _, zin in woorden])
        per_zin = tekst_kwantiseer(embeddings @ index.embeddings.T, gewichten)
        beste_zin = per_zin.argmax(axis=0)
        tekst_q = per_zin.max(axis=0)
    else:
        beste_zin = None
        tekst_q = np.zeros(len(index), dtype=np.uint8)
    return componenten(profiel_kenmerken([profiel]), index.kenmerken, tekst_q, gewichten), beste_zin


def beoordeling_uit(
    profiel: Profiel,
    index: PlekIndex,
    positie: int,
    comp: Componenten,
    rij: int,
    kost: int,
    beste_woorden: tuple[str, str] | None,
) -> Beoordeling:
    """Turn row `rij` of vectorised components (with its integer cost) into an explained judgement of a place."""
    plek = index.plekken[positie]
    opbouw = Scoreopbouw(
        interesse=float(comp.interesse[rij]),
        tekst=float(comp.tekst[rij]),
        beschikbaarheid=float(comp.beschikbaarheid[rij]),
        afstand=float(comp.afstand[rij]),
        wensen=float(comp.wensen[rij]),
        totaal=float(comp.totaal[rij]),
        afstand_km=float(comp.afstand_km[rij]),
        gedeelde_dagdelen=dagdelen_uit_masker(int(comp.gedeelde_dagdelen[rij])),
        beste_woorden=beste_woorden,
    )
    return Beoordeling(
        plek=plek,
        score=float(score_van_kosten(kost)),
        opbouw=opbouw,
        redenen=redenen(profiel, plek, opbouw),
        uitsluitingen=uitsluitingen(profiel, plek, int(comp.uitsluiting[rij]), opbouw.afstand_km),
    )


def suggesties(
    profiel: Profiel, index: PlekIndex, *, aantal: int = 10, gewichten: Gewichten = STANDAARD_GEWICHTEN
) -> tuple[Beoordeling, ...]:
    """The best `aantal` places that meet every hard condition, best first, each with its reasons.

    Ties are broken by catalogue order, so the same input always gives the same list.
    """
    comp, beste_zin = _scoor_alle(profiel, index, gewichten)
    kandidaten = np.flatnonzero(comp.uitsluiting == 0)
    kost = kosten(comp.totaal[kandidaten])
    if len(kandidaten) > aantal:
        # Partition first: sorting 3,000 scores for ten winners is wasted work on every page view.
        grens = np.partition(kost, aantal - 1)[aantal - 1]
        binnen = kost <= grens
        kandidaten, kost = kandidaten[binnen], kost[binnen]
    volgorde = np.lexsort((kandidaten, kost))[:aantal]
    woorden = profiel.eigen_woorden()
    return tuple(
        beoordeling_uit(profiel, index, j, comp, j, k, woorden[int(beste_zin[j])] if beste_zin is not None else None)
        for j, k in zip(kandidaten[volgorde].tolist(), kost[volgorde].tolist(), strict=True)
    )


def beoordeel(
    profiel: Profiel, index: PlekIndex, plek_id: str, *, gewichten: Gewichten = STANDAARD_GEWICHTEN
) -> Beoordeling:
    """One place for one person, also when it is excluded: answers 'why is this place not suggested?'."""
    j = index.positie[plek_id]
    comp, beste_zin = _scoor_alle(profiel, index, gewichten)
    woorden = profiel.eigen_woorden()
    kost = int(kosten(comp.totaal[j : j + 1])[0])
    return beoordeling_uit(
        profiel, index, j, comp, j, kost, woorden[int(beste_zin[j])] if beste_zin is not None else None
    )
