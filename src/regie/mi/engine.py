"""Coding utterances with the shipped model.

The model is two linear models (professional and client codes) on top of the sentence encoder. It is loaded once per
process through :func:`get_model`; tests and the training command pass a model explicitly instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import encoder
from .classifier import LinearModel
from .codes import COARSE_BY_SPEAKER, COARSE_OF, Code, Speaker
from .features import build_features, conversation_order
from .language import detect_language
from .schema import CodedUtterance, Utterance

MODEL_DIR = Path(__file__).parent / "models"
MODEL_FILES = {Speaker.PROFESSIONAL: "professional.npz", Speaker.CLIENT: "client.npz"}


@dataclass(frozen=True)
class MiModel:
    models: dict[Speaker, LinearModel]
    encode: Callable[[Sequence[str]], np.ndarray] = encoder.encode

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for speaker, model in self.models.items():
            model.save(directory / MODEL_FILES[speaker])


class ModelMissingError(FileNotFoundError):
    pass


def load_model(directory: Path = MODEL_DIR) -> MiModel:
    missing = [name for name in MODEL_FILES.values() if not (directory / name).exists()]
    if missing:
        raise ModelMissingError(f"model files missing in {directory}: {', '.join(missing)}; run 'regie mi train'")
    return MiModel({speaker: LinearModel.load(directory / name) for speaker, name in MODEL_FILES.items()})


_cache_lock = threading.Lock()
_cached: MiModel | None = None


def get_model() -> MiModel:
    """The shipped model, loaded on first use and kept for the life of the process."""
    global _cached
    with _cache_lock:
        if _cached is None:
            _cached = load_model()
        return _cached


def clear_model_cache() -> None:
    """Forget the loaded model, e.g. after training wrote new files."""
    global _cached
    with _cache_lock:
        _cached = None


def decode(speaker: Speaker, codes: Sequence[Code], probabilities: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the chosen codes and their probabilities.

    Professional codes are chosen in two steps: first the coarse group with the most probability mass (question,
    reflection, input, other), then the most likely code inside it. Several low-probability codes in one group then
    still win over one middling code elsewhere, which matches how the model was trained (AnnoMI gives groups).
    """
    if speaker == Speaker.CLIENT:
        chosen = probabilities.argmax(axis=1)
    else:
        groups = COARSE_BY_SPEAKER[speaker]
        membership = np.asarray([[COARSE_OF[c] == g for g in groups] for c in codes], dtype=np.float64)
        best_group = (probabilities @ membership).argmax(axis=1)
        within = np.where(membership[:, best_group].T > 0, probabilities, -1.0)
        chosen = within.argmax(axis=1)
    return chosen, probabilities[np.arange(len(chosen)), chosen]


def code_utterances(utterances: Sequence[Utterance], model: MiModel | None = None) -> tuple[CodedUtterance, ...]:
    """Code every utterance; the result has the same order as the input.

    Utterances may belong to several conversations; context and language are taken per conversation.
    """
    utterances = list(utterances)
    model = model or get_model()
    language_of = {
        utterances[group[0]].conversation: detect_language(utterances[i].text for i in group)
        for group in conversation_order(utterances)
    }
    rows = build_features(utterances, model.encode)
    coded: list[CodedUtterance | None] = [None] * len(utterances)
    for speaker, feature_rows in rows.items():
        linear = model.models[speaker]
        probabilities = linear.probabilities(feature_rows.dense, feature_rows.texts)
        chosen, confidence = decode(speaker, linear.codes, probabilities)
        for row, i in enumerate(feature_rows.index):
            utterance = utterances[i]
            coded[i] = CodedUtterance(
                utterance=utterance,
                code=linear.codes[chosen[row]],
                confidence=float(confidence[row]),
                probabilities=tuple((code, float(p)) for code, p in zip(linear.codes, probabilities[row], strict=True)),
                language=language_of[utterance.conversation],
            )
    return tuple(c for c in coded if c is not None)
