"""Transcript-grouped cross-validation figures: macro-F1 and F1 per code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from .codes import COARSE_BY_SPEAKER, CODES_BY_SPEAKER, Speaker
from .training import SpeakerData, TrainingConfig, coarse_of, fit_speaker, grouped_folds, predicted_codes


@dataclass(frozen=True)
class Scores:
    name: str
    n: int
    accuracy: float
    macro_f1: float
    per_label: tuple[tuple[str, float, int], ...]  # label, F1, support

    def lines(self) -> list[str]:
        head = f"{self.name}: macro-F1 {self.macro_f1:.3f}, accuracy {self.accuracy:.3f}, n={self.n}"
        return [head, *(f"  {label:<16} F1 {f1:.3f}  (n={support})" for label, f1, support in self.per_label)]


def f1_scores(name: str, truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Scores:
    per_label = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(truth, predicted, strict=True))
        fp = sum(t != label and p == label for t, p in zip(truth, predicted, strict=True))
        fn = sum(t == label and p != label for t, p in zip(truth, predicted, strict=True))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        per_label.append((label, f1, tp + fn))
    accuracy = float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)])) if truth else 0.0
    macro = float(np.mean([f1 for _, f1, _ in per_label])) if per_label else 0.0
    return Scores(name, len(truth), accuracy, macro, tuple(per_label))


def cross_validated_predictions(
    data: SpeakerData, source: str, n_folds: int, config: TrainingConfig
) -> tuple[list[str], list[str]]:
    """Out-of-fold predictions for the utterances of ``source``; the other source is always in the training part."""
    own = np.flatnonzero(np.asarray(data.sources) == source)
    truth: list[str] = []
    predicted: list[str] = []
    for test_local in grouped_folds([data.groups[i] for i in own], n_folds):
        test = own[test_local]
        train = np.setdiff1d(np.arange(len(data.texts)), test)
        model = fit_speaker(data.subset(train), config)
        part = data.subset(test)
        truth.extend(part.labels)
        predicted.extend(predicted_codes(model, part))
    return truth, predicted


def evaluate(
    prepared: dict[Speaker, SpeakerData], n_folds: int = 5, config: TrainingConfig | None = None
) -> list[Scores]:
    config = config or TrainingConfig()
    results = []
    for speaker, data in prepared.items():
        coarse_labels = [g.value for g in COARSE_BY_SPEAKER[speaker]]
        if "annomi" in data.sources:
            truth, predicted = cross_validated_predictions(data, "annomi", n_folds, config)
            results.append(
                f1_scores(f"AnnoMI {speaker.value}", truth, [coarse_of(p) for p in predicted], coarse_labels)
            )
        if "nl" in data.sources:
            truth, predicted = cross_validated_predictions(data, "nl", n_folds, config)
            fine_labels = [c.value for c in CODES_BY_SPEAKER[speaker]]
            results.append(f1_scores(f"Dutch {speaker.value} (fine codes)", truth, predicted, fine_labels))
            if speaker == Speaker.PROFESSIONAL:
                results.append(
                    f1_scores(
                        f"Dutch {speaker.value} (coarse groups)",
                        [coarse_of(t) for t in truth],
                        [coarse_of(p) for p in predicted],
                        coarse_labels,
                    )
                )
    return results


def _speaker_scores(data: SpeakerData, n_folds: int, config: TrainingConfig) -> list[Scores]:
    """Macro-F1 of one speaker role per data source (AnnoMI on coarse labels, Dutch on fine codes)."""
    coarse_labels = [g.value for g in COARSE_BY_SPEAKER[data.speaker]]
    scores = []
    if "annomi" in data.sources:
        truth, predicted = cross_validated_predictions(data, "annomi", n_folds, config)
        scores.append(f1_scores("annomi", truth, [coarse_of(p) for p in predicted], coarse_labels))
    if "nl" in data.sources:
        truth, predicted = cross_validated_predictions(data, "nl", n_folds, config)
        scores.append(f1_scores("nl", truth, predicted, [c.value for c in CODES_BY_SPEAKER[data.speaker]]))
    return scores


def choose_dense_penalty(
    data: SpeakerData, grid: Sequence[float], n_folds: int, config: TrainingConfig
) -> tuple[float, list[tuple[float, list[Scores]]]]:
    """The dense-block penalty with the best mean macro-F1 over the data sources, by grouped cross-validation.

    Every candidate is scored on the same folds; the mean over sources keeps the small Dutch set from deciding alone
    and the large AnnoMI set from drowning it.
    """
    field = "l2_dense_professional" if data.speaker == Speaker.PROFESSIONAL else "l2_dense_client"
    results = []
    for value in grid:
        results.append((value, _speaker_scores(data, n_folds, replace(config, **{field: value}))))
    best = max(results, key=lambda item: (float(np.mean([s.macro_f1 for s in item[1]])), -item[0]))
    return best[0], results


@dataclass(frozen=True)
class CorrectionEffect:
    """What training on professionals' corrections changed, measured on corrected conversations held out by fold."""

    speaker: Speaker
    n: int
    before: Scores
    after: Scores
    changed: int  # held-out turns whose predicted code changed
    now_right: int  # of those, how many now match the professional's code

    def lines(self) -> list[str]:
        return [
            f"{self.speaker.value}: macro-F1 op achtergehouden gecorrigeerde gesprekken {self.before.macro_f1:.3f} → "
            f"{self.after.macro_f1:.3f}, nauwkeurigheid {self.before.accuracy:.3f} → {self.after.accuracy:.3f} "
            f"(n={self.n}); {self.changed} beurten kregen een andere code, waarvan {self.now_right} nu de code van "
            "de professional"
        ]


def correction_effect(
    data: SpeakerData, is_correction: np.ndarray, n_folds: int, config: TrainingConfig
) -> CorrectionEffect | None:
    """Grouped cross-validation over the corrected conversations: the model without any corrections against the model
    with the corrections of the other folds, both scored on the held-out corrected conversations."""
    own = np.flatnonzero(is_correction)
    if len(own) == 0:
        return None
    base = np.flatnonzero(~is_correction)
    before_model = fit_speaker(data.subset(base), config)
    labels = [c.value for c in CODES_BY_SPEAKER[data.speaker]]
    truth: list[str] = []
    before: list[str] = []
    after: list[str] = []
    groups = [data.groups[i] for i in own]
    for test_local in grouped_folds(groups, min(n_folds, len(set(groups)))):
        if len(test_local) == 0:
            continue
        test = own[test_local]
        train = np.concatenate([base, np.setdiff1d(own, test)])
        part = data.subset(test)
        truth.extend(part.labels)
        before.extend(predicted_codes(before_model, part))
        after.extend(predicted_codes(fit_speaker(data.subset(train), config), part))
    changed = [i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b != a]
    return CorrectionEffect(
        speaker=data.speaker,
        n=len(truth),
        before=f1_scores("voor", truth, before, labels),
        after=f1_scores("na", truth, after, labels),
        changed=len(changed),
        now_right=sum(after[i] == truth[i] for i in changed),
    )
