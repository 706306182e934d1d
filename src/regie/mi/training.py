"""Training and transcript-grouped cross-validation.

Features are computed once for all utterances (they depend on the conversation, never on the labels), so every fold
only fits the linear models. Folds split by conversation: turns of one conversation are never both trained and
evaluated on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .classifier import LinearModel, fit
from .codes import COARSE_OF, CODES_BY_SPEAKER, Code, Speaker
from .datasets import Example, load_annomi, load_dutch
from .engine import MiModel, decode
from .features import FOLLOWING_COLUMNS, build_features

Encoder = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class TrainingConfig:
    # Penalty of the dense block per speaker role, chosen by transcript-grouped cross-validation over a small grid
    # (``regie mi evalueer --raster``): strong shrinkage of the embedding weights matters most, since five embeddings
    # per turn overfit easily, and the client model (noisier labels) wants a different strength than the professional.
    l2_dense_professional: float = 0.2
    l2_dense_client: float = 0.2
    l2_sparse: float = 2e-4
    # The Dutch set is small but the only one with fine codes and in the product's language.
    dutch_weight: float = 5.0
    # Stopping early regularises further and keeps a fit at seconds; more iterations did not help on held-out data.
    max_iter: int = 100
    # Every training turn is also seen once without its next turns, as in a practice conversation, where a turn is
    # coded before the other person answers: the model then serves finished transcripts and live turns alike.
    ook_zonder_vervolg: bool = True

    def l2_dense(self, speaker: Speaker) -> float:
        return self.l2_dense_professional if speaker == Speaker.PROFESSIONAL else self.l2_dense_client


@dataclass(frozen=True)
class SpeakerData:
    """All examples of one speaker role with their features, in one aligned set of arrays."""

    speaker: Speaker
    dense: np.ndarray
    texts: tuple[str, ...]
    allowed: np.ndarray
    labels: tuple[str, ...]
    sources: tuple[str, ...]
    groups: tuple[str, ...]
    weights: np.ndarray = field(repr=False)

    def subset(self, rows: np.ndarray) -> SpeakerData:
        take = rows.tolist()
        return SpeakerData(
            self.speaker,
            self.dense[rows],
            tuple(self.texts[i] for i in take),
            self.allowed[rows],
            tuple(self.labels[i] for i in take),
            tuple(self.sources[i] for i in take),
            tuple(self.groups[i] for i in take),
            self.weights[rows],
        )


def _balanced_weights(labels: Sequence[str], sources: Sequence[str], dutch_weight: float) -> np.ndarray:
    """Each label within a source gets equal total weight (macro-F1 counts rare codes as much as common ones)."""
    counts = Counter(zip(sources, labels, strict=True))
    per_source = Counter(sources)
    labels_per_source = Counter(source for source, _ in counts)
    weights = np.asarray(
        [
            per_source[s] / (labels_per_source[s] * counts[(s, lab)]) * (dutch_weight if s == "nl" else 1.0)
            for s, lab in zip(sources, labels, strict=True)
        ]
    )
    return weights


def prepare(examples: Sequence[Example], encode: Encoder, config: TrainingConfig) -> dict[Speaker, SpeakerData]:
    rows = build_features([e.utterance for e in examples], encode)
    prepared = {}
    for speaker, feature_rows in rows.items():
        chosen = [examples[i] for i in feature_rows.index]
        codes = CODES_BY_SPEAKER[speaker]
        labels = tuple(e.label for e in chosen)
        sources = tuple(e.source for e in chosen)
        prepared[speaker] = SpeakerData(
            speaker=speaker,
            dense=feature_rows.dense,
            texts=feature_rows.texts,
            allowed=np.asarray([[c in e.allowed for c in codes] for e in chosen], dtype=bool),
            labels=labels,
            sources=sources,
            groups=tuple(e.utterance.conversation for e in chosen),
            weights=_balanced_weights(labels, sources, config.dutch_weight),
        )
    return prepared


def fit_speaker(data: SpeakerData, config: TrainingConfig) -> LinearModel:
    dense, texts, allowed, weights = data.dense, data.texts, data.allowed, data.weights
    if config.ook_zonder_vervolg:
        live = dense.copy()
        live[:, -FOLLOWING_COLUMNS:] = 0.0  # as for a turn nobody has answered yet
        dense = np.vstack([dense, live])
        texts, allowed = texts + texts, np.vstack([allowed, allowed])
        weights = np.concatenate([weights, weights]) * 0.5  # both views together weigh as much as the turn
    return fit(
        CODES_BY_SPEAKER[data.speaker],
        dense,
        texts,
        allowed,
        weights,
        l2_dense=config.l2_dense(data.speaker),
        l2_sparse=config.l2_sparse,
        max_iter=config.max_iter,
    )


def load_examples(annomi_dir: Path, dutch_file: Path | None = None) -> list[Example]:
    return load_annomi(annomi_dir) + (load_dutch(dutch_file) if dutch_file else load_dutch())


def train(examples: Sequence[Example], encode: Encoder, config: TrainingConfig | None = None) -> MiModel:
    config = config or TrainingConfig()
    prepared = prepare(examples, encode, config)
    return MiModel({speaker: fit_speaker(data, config) for speaker, data in prepared.items()})


def predicted_codes(model: LinearModel, data: SpeakerData) -> list[str]:
    probabilities = model.probabilities(data.dense, data.texts)
    chosen, _ = decode(data.speaker, model.codes, probabilities)
    return [model.codes[i].value for i in chosen]


def coarse_of(code: str) -> str:
    return COARSE_OF[Code(code)].value


def grouped_folds(groups: Sequence[str], n_folds: int) -> list[np.ndarray]:
    """Conversations dealt to folds largest first, each to the currently smallest fold (deterministic)."""
    sizes = Counter(groups)
    fold_of: dict[str, int] = {}
    totals = [0] * n_folds
    for group, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        fold = totals.index(min(totals))
        fold_of[group] = fold
        totals[fold] += size
    fold_index = np.asarray([fold_of[g] for g in groups])
    return [np.flatnonzero(fold_index == f) for f in range(n_folds)]
