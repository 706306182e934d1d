"""A multinomial logistic model that learns from exact and from coarse labels.

AnnoMI says "other" where our code set distinguishes AF, SEEK, EMPH, CONFRONT and OTHER, and "advice" where we
distinguish PERSUADE and PWP. Such an utterance is trained with the set of codes its label allows: the loss is minus
the log of the probability mass the model puts on that set (learning from partial labels). Exactly labelled Dutch
utterances have a set of one. The model therefore learns the coarse boundaries from all data and the fine split
inside a group from the examples that carry fine codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .codes import Code
from .features import fit_idf, ngram_matrix


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=1, keepdims=True)
    return shifted


@dataclass(frozen=True)
class LinearModel:
    codes: tuple[Code, ...]
    dense_weights: np.ndarray  # (dense features, codes)
    sparse_weights: np.ndarray  # (hash buckets, codes)
    bias: np.ndarray  # (codes,)
    idf: np.ndarray  # (hash buckets,)
    dense_mean: np.ndarray
    dense_scale: np.ndarray

    def probabilities(self, dense: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, len(self.codes)))
        standardised = (dense - self.dense_mean) / self.dense_scale
        logits = standardised @ self.dense_weights + ngram_matrix(texts, self.idf) @ self.sparse_weights + self.bias
        return _softmax(np.asarray(logits, dtype=np.float64))

    def save(self, path: Path) -> None:
        # float16 halves the files; the rounding changes probabilities in the fourth decimal at most.
        np.savez_compressed(
            path,
            codes=np.asarray([c.value for c in self.codes]),
            dense_weights=self.dense_weights.astype(np.float16),
            sparse_weights=self.sparse_weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            idf=self.idf.astype(np.float16),
            dense_mean=self.dense_mean.astype(np.float32),
            dense_scale=self.dense_scale.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                codes=tuple(Code(str(c)) for c in data["codes"]),
                dense_weights=data["dense_weights"].astype(np.float32),
                sparse_weights=data["sparse_weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                idf=data["idf"].astype(np.float64),
                dense_mean=data["dense_mean"].astype(np.float32),
                dense_scale=data["dense_scale"].astype(np.float32),
            )


def fit(
    codes: Sequence[Code],
    dense: np.ndarray,
    texts: Sequence[str],
    allowed: np.ndarray,
    weights: np.ndarray,
    *,
    l2_dense: float,
    l2_sparse: float,
    max_iter: int = 100,
) -> LinearModel:
    """Fit by L-BFGS. ``allowed`` is a boolean (utterances, codes) matrix: the codes each label permits."""
    from scipy.optimize import minimize  # only training needs the optimiser; coding should import fast

    n, k = allowed.shape
    idf = fit_idf(texts)
    # Single precision halves the cost of the products that dominate each iteration; the optimiser itself keeps
    # double precision. The transposes are built once instead of in every gradient evaluation.
    grams = ngram_matrix(texts, idf).astype(np.float32)
    grams_t = grams.T.tocsr()
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0) + 1e-3
    x = ((dense - mean) / scale).astype(np.float32)
    x_t = np.ascontiguousarray(x.T)
    d_dense, d_sparse = x.shape[1], grams.shape[1]
    w = weights.astype(np.float64) / weights.sum()
    mask = allowed.astype(np.float64)

    def unpack(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        a = theta[: d_dense * k].reshape(d_dense, k)
        b = theta[d_dense * k : (d_dense + d_sparse) * k].reshape(d_sparse, k)
        return a, b, theta[(d_dense + d_sparse) * k :]

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        a, b, c = unpack(theta)
        a32, b32 = a.astype(np.float32), b.astype(np.float32)
        probs = _softmax((x @ a32 + grams @ b32).astype(np.float64) + c)
        mass = np.maximum((probs * mask).sum(axis=1), 1e-12)
        loss = -float(w @ np.log(mass)) + 0.5 * (l2_dense * float(np.sum(a * a)) + l2_sparse * float(np.sum(b * b)))
        # Gradient of -log(sum over allowed codes): the model's distribution minus its renormalised allowed part.
        delta = (probs - probs * mask / mass[:, None]) * w[:, None]
        delta32 = delta.astype(np.float32)
        grad_a = x_t @ delta32 + l2_dense * a
        grad_b = np.asarray(grams_t @ delta32) + l2_sparse * b
        return loss, np.concatenate([grad_a.ravel(), grad_b.ravel(), delta.sum(axis=0)])

    theta0 = np.zeros((d_dense + d_sparse + 1) * k)
    result = minimize(objective, theta0, jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    a, b, c = unpack(result.x)
    return LinearModel(
        codes=tuple(codes),
        dense_weights=a.astype(np.float32),
        sparse_weights=b.astype(np.float32),
        bias=c.astype(np.float32),
        idf=idf,
        dense_mean=mean.astype(np.float32),
        dense_scale=scale.astype(np.float32),
    )
