"""Builders for small, hand-made matching instances and a tiny encoder whose similarities are known exactly."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import pytest

from regie.matching import Dag, Dagdeel, Deel, Plek, Profiel, Reismodus, Taalniveau

LAT0, LON0 = 52.0, 5.0
KM_LAT = 1 / 111.195


def km_oost(km: float, lat: float = LAT0) -> float:
    """Longitude offset that lies `km` east of LON0 at this latitude."""
    return LON0 + km / (111.195 * math.cos(math.radians(lat)))


def dagdelen(*codes: str) -> frozenset[Dagdeel]:
    """'di-ochtend do-middag' style codes."""
    dagen = {"ma": Dag.MAANDAG, "di": Dag.DINSDAG, "wo": Dag.WOENSDAG, "do": Dag.DONDERDAG, "vr": Dag.VRIJDAG,
             "za": Dag.ZATERDAG, "zo": Dag.ZONDAG}  # fmt: skip
    delen = {"ochtend": Deel.OCHTEND, "middag": Deel.MIDDAG, "avond": Deel.AVOND}
    uit = set()
    for code in codes:
        dag, deel = code.split("-")
        uit.add(Dagdeel(dagen[dag], delen[deel]))
    return frozenset(uit)


def profiel(inwoner_id: str = "I1", **velden) -> Profiel:
    basis = {
        "lat": LAT0,
        "lon": LON0,
        "reismodus": Reismodus.FIETS,
        "straal_km": 5.0,
        "beschikbaar": dagdelen("di-ochtend", "do-ochtend"),
        "uren_per_week": 8.0,
        "taalniveau": Taalniveau.B1,
    }
    basis.update(velden)
    return Profiel(inwoner_id=inwoner_id, **basis)


def plek(plek_id: str = "P1", **velden) -> Plek:
    basis = {
        "organisatie": f"Organisatie {plek_id}",
        "wijk": "Centrum",
        "lat": LAT0,
        "lon": km_oost(1.0),
        "omschrijving": "Een plek in de wijk.",
        "dagdelen": dagdelen("di-ochtend", "do-ochtend"),
        "uren_per_week": 4.0,
        "vrije_plekken": 2,
    }
    basis.update(velden)
    return Plek(plek_id=plek_id, **basis)


class TrefwoordEncoder:
    """One axis per keyword: a phrase and a description are similar exactly when they share keywords."""

    naam = "trefwoord"
    TREFWOORDEN = ("koken", "fiets", "tuin", "dieren", "muziek", "computer", "kinderen", "sport")

    def __init__(self) -> None:
        self.aanroepen: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.aanroepen.append(list(texts))
        matrix = np.zeros((len(texts), len(self.TREFWOORDEN) + 1), dtype=np.float32)
        for rij, tekst in enumerate(texts):
            woorden = re.findall(r"\w+", tekst.casefold())
            for kolom, trefwoord in enumerate(self.TREFWOORDEN):
                matrix[rij, kolom] = sum(w.startswith(trefwoord) for w in woorden)
            matrix[rij, -1] = 0.05  # keeps empty texts from being a zero vector
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


@pytest.fixture
def encoder() -> TrefwoordEncoder:
    return TrefwoordEncoder()
