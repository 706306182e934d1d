"""MITI 4.2.1 summary scores and the extra figures used for feedback, as pure functions of coded utterances.

All functions take the coded utterances of one conversation; order is taken from ``Utterance.order``, so the input
may come in any order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .codes import Code, Speaker
from .schema import CodedUtterance

_WORD = re.compile(r"\w+")


class Level(StrEnum):
    GOOD = "goed"
    FAIR = "redelijk"
    BELOW = "onder redelijk"


@dataclass(frozen=True)
class Score:
    """A summary score with its MITI thresholds; ``value`` is None when the conversation gives nothing to compute."""

    name: str
    value: float | None
    fair: float | None = None
    good: float | None = None

    @property
    def level(self) -> Level | None:
        if self.value is None or self.fair is None or self.good is None:
            return None
        if self.value >= self.good:
            return Level.GOOD
        if self.value >= self.fair:
            return Level.FAIR
        return Level.BELOW


# MITI 4.2.1 thresholds (fair, good).
REFLECTION_TO_QUESTION = (1.0, 2.0)
PERCENT_COMPLEX = (0.40, 0.50)


@dataclass(frozen=True)
class MitiSummary:
    counts: dict[Code, int]
    reflection_to_question: Score
    percent_complex_reflections: Score
    mi_adherent: int
    mi_non_adherent: int
    professional_word_share: float | None
    change_talk_share: float | None
    change_talk_by_part: tuple[float | None, ...]


def ordered(coded: Sequence[CodedUtterance]) -> list[CodedUtterance]:
    return sorted(coded, key=lambda c: c.utterance.order)


def count_codes(coded: Sequence[CodedUtterance]) -> dict[Code, int]:
    counts = Counter(c.code for c in coded)
    return {code: counts.get(code, 0) for code in Code}


def reflection_to_question(counts: dict[Code, int]) -> Score:
    reflections, questions = counts[Code.SR] + counts[Code.CR], counts[Code.Q]
    # Reflections without a single question are the best possible ratio; with neither there is nothing to score.
    no_questions = float("inf") if reflections else None
    value = reflections / questions if questions else no_questions
    return Score("R:Q", value, *REFLECTION_TO_QUESTION)


def percent_complex_reflections(counts: dict[Code, int]) -> Score:
    reflections = counts[Code.SR] + counts[Code.CR]
    value = counts[Code.CR] / reflections if reflections else None
    return Score("% complexe reflecties", value, *PERCENT_COMPLEX)


def mi_adherent(counts: dict[Code, int]) -> int:
    return counts[Code.SEEK] + counts[Code.AF] + counts[Code.EMPH]


def mi_non_adherent(counts: dict[Code, int]) -> int:
    return counts[Code.CONFRONT] + counts[Code.PERSUADE]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def professional_word_share(coded: Sequence[CodedUtterance]) -> float | None:
    words = Counter()
    for c in coded:
        words[c.speaker] += word_count(c.text)
    total = words[Speaker.PROFESSIONAL] + words[Speaker.CLIENT]
    return words[Speaker.PROFESSIONAL] / total if total else None


def change_talk_share(counts: dict[Code, int]) -> float | None:
    change, sustain = counts[Code.CT], counts[Code.ST]
    return change / (change + sustain) if change + sustain else None


def change_talk_by_part(coded: Sequence[CodedUtterance], parts: int = 3) -> tuple[float | None, ...]:
    """CT / (CT + ST) in each of ``parts`` equal stretches of the conversation (by turn position).

    A part without change or sustain talk gives None rather than 0, so "no evidence" never reads as "no change talk".
    """
    turns = ordered(coded)
    result: list[float | None] = []
    for part in range(parts):
        start, end = len(turns) * part // parts, len(turns) * (part + 1) // parts
        result.append(change_talk_share(count_codes(turns[start:end])))
    return tuple(result)


def summarise(coded: Sequence[CodedUtterance]) -> MitiSummary:
    counts = count_codes(coded)
    return MitiSummary(
        counts=counts,
        reflection_to_question=reflection_to_question(counts),
        percent_complex_reflections=percent_complex_reflections(counts),
        mi_adherent=mi_adherent(counts),
        mi_non_adherent=mi_non_adherent(counts),
        professional_word_share=professional_word_share(coded),
        change_talk_share=change_talk_share(counts),
        change_talk_by_part=change_talk_by_part(coded),
    )
