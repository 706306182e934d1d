"""MITI global estimates against conversations rated by hand with the MITI 4.2.1 level descriptions.

The hand ratings (``data/miti_globaal.tsv``) judge whole conversations of the Dutch training set as a rater would,
with a short justification each; the estimates only see the codes of those conversations.
"""

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from regie.mi.codes import CODES_BY_SPEAKER, Code, Speaker
from regie.mi.datasets import read_dutch_rows
from regie.mi.globals import estimate_globals
from regie.mi.schema import CodedUtterance, Utterance

RATINGS = Path(__file__).parent / "data" / "miti_globaal.tsv"
NAMES = ("cultivating_change_talk", "softening_sustain_talk", "partnership", "empathy")


def _rated() -> list[dict[str, str]]:
    with RATINGS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _conversations() -> dict[str, list[CodedUtterance]]:
    found: dict[str, list[CodedUtterance]] = defaultdict(list)
    for utterance, code in read_dutch_rows():
        codes = CODES_BY_SPEAKER[utterance.speaker]
        probabilities = tuple((c, 1.0 if c == code else 0.0) for c in codes)
        found[utterance.conversation].append(CodedUtterance(utterance, code, 1.0, probabilities, "nl"))
    return found


def _pairs() -> list[tuple[int, int]]:
    conversations = _conversations()
    pairs = []
    for row in _rated():
        estimate = estimate_globals(conversations[row["conversation"]])
        pairs.extend((int(row[name]), getattr(estimate, name).value) for name in NAMES)
    return pairs


def test_at_least_ten_conversations_are_rated_with_a_justification():
    rows = _rated()
    assert len(rows) >= 10
    assert all(len(row["justification"]) > 80 for row in rows)


def test_estimates_stay_within_one_point_of_the_hand_ratings():
    pairs = _pairs()
    assert all(abs(rating - estimate) <= 1 for rating, estimate in pairs)
    mean_error = sum(abs(rating - estimate) for rating, estimate in pairs) / len(pairs)
    exact = sum(rating == estimate for rating, estimate in pairs) / len(pairs)
    assert mean_error <= 0.5
    assert exact >= 0.55


def test_the_conversation_rated_lowest_gets_the_lowest_estimates():
    conversations = _conversations()
    totals = {k: sum(e.value for e in estimate_globals(v).all()) for k, v in conversations.items()}
    rated = {row["conversation"] for row in _rated()}
    lowest = min(rated, key=lambda k: totals[k])
    assert lowest == "nl38"


def _coded(turns: list[tuple[str, str]]) -> list[CodedUtterance]:
    result = []
    for order, (code_text, text) in enumerate(turns, start=1):
        code = Code(code_text)
        speaker = Speaker.CLIENT if code in {Code.CT, Code.ST, Code.NT} else Speaker.PROFESSIONAL
        probabilities = tuple((c, 1.0 if c == code else 0.0) for c in CODES_BY_SPEAKER[speaker])
        result.append(CodedUtterance(Utterance("c", order, speaker, text), code, 1.0, probabilities, "nl"))
    return result


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("CR", 5), ("PERSUADE", 1)],
)
def test_sustain_talk_softened_or_hardened(answer, expected):
    coded = _coded(
        [("ST", "Ik zie het niet zitten."), (answer, "Antwoord."), ("ST", "Echt niet."), (answer, "Nog eens.")]
    )
    estimate = estimate_globals(coded).softening_sustain_talk
    assert estimate.value == expected
    assert "2 van 2" in estimate.basis or "0 van 2" in estimate.basis


def test_no_change_talk_means_the_lowest_cultivating_score():
    coded = _coded([("Q", "Hoe gaat het?"), ("NT", "Goed.")])
    assert estimate_globals(coded).cultivating_change_talk.value == 1
