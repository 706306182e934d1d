"""Corrections feed back into training, with a report of what changed on held-out corrected conversations."""

import hashlib
from dataclasses import replace

import numpy as np

from regie.mi import cli
from regie.mi.codes import Speaker
from regie.mi.datasets import load_dutch
from regie.mi.evaluation import correction_effect
from regie.mi.training import TrainingConfig, prepare


def fake_encode(texts):
    """Deterministic vectors per text, so the test needs no sentence encoder."""
    rows = []
    for text in texts:
        seed = int(hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:8], 16)
        vector = np.random.default_rng(seed).normal(size=512).astype(np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.stack(rows) if rows else np.zeros((0, 512), dtype=np.float32)


def test_correction_effect_compares_models_without_and_with_the_corrections_of_other_folds():
    examples = load_dutch()
    base = [e for e in examples if e.utterance.conversation <= "nl05"]
    corrections = [
        replace(e, utterance=replace(e.utterance, conversation="regie-" + e.utterance.conversation))
        for e in examples
        if e.utterance.conversation in {"nl35", "nl36", "nl37", "nl39"}
    ]
    config = TrainingConfig(max_iter=8)
    prepared = prepare(base + corrections, fake_encode, config)
    data = prepared[Speaker.PROFESSIONAL]
    is_correction = np.asarray([g.startswith("regie-") for g in data.groups])
    effect = correction_effect(data, is_correction, 2, config)
    assert effect is not None
    assert effect.n == int(is_correction.sum())
    assert 0 <= effect.now_right <= effect.changed <= effect.n
    assert 0.0 <= effect.before.macro_f1 <= 1.0 and 0.0 <= effect.after.macro_f1 <= 1.0
    assert "→" in effect.lines()[0]
    assert correction_effect(data, np.zeros(len(data.groups), dtype=bool), 2, config) is None


def test_unreadable_corrections_file_stops_training(tmp_path, capsys):
    broken = tmp_path / "correcties.tsv"
    broken.write_text("conversation\tturn\tspeaker\ttext\tcode\nregie-1\tx\tclient\tJa.\tCT\n", encoding="utf-8")
    assert cli._corrections([broken]) is None
    assert "correcties niet te lezen" in capsys.readouterr().err
