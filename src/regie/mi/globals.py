"""MITI 4.2.1 global ratings (1–5), estimated from the coded turns of one conversation.

A MITI rater judges the whole conversation; these estimates only use what the codes show, so they are an indication,
each with the figures it rests on:

- **Cultivating change talk**: how much of the person's talk leans towards change, and whether change talk is
  followed by a reflection, affirmation, question or invitation rather than passed by.
- **Softening sustain talk**: whether sustain talk is met with a reflection, emphasis on autonomy, affirmation or an
  invitation (softening) or with persuasion and confrontation (hardening).
- **Partnership**: invitations to collaborate, emphasis on choice and advice with permission raise it; persuasion
  and confrontation lower it, as does a professional who does most of the talking.
- **Empathy**: reflections, complex ones most, show the effort to understand the person's perspective (MITI rates
  understanding here; blaming counts against partnership and softening instead).

The weights were set from the MITI 4.2.1 descriptions of the levels, not fitted to ratings; hand-rated conversations
in the tests check them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .codes import Code, Speaker
from .schema import CodedUtterance
from .scores import ordered, word_count

_RESPONSIVE_TO_CHANGE = {Code.SR, Code.CR, Code.AF, Code.SEEK, Code.EMPH, Code.Q}
_SOFTENING = {Code.SR, Code.CR, Code.AF, Code.SEEK, Code.EMPH}
_HARDENING = {Code.PERSUADE, Code.CONFRONT}


@dataclass(frozen=True)
class GlobalEstimate:
    name: str  # cultivating_change_talk, softening_sustain_talk, partnership, empathy
    value: int  # 1–5
    basis: str  # the figures it rests on, in Dutch


@dataclass(frozen=True)
class MitiGlobals:
    cultivating_change_talk: GlobalEstimate
    softening_sustain_talk: GlobalEstimate
    partnership: GlobalEstimate
    empathy: GlobalEstimate

    @property
    def technical(self) -> float:
        return (self.cultivating_change_talk.value + self.softening_sustain_talk.value) / 2

    @property
    def relational(self) -> float:
        return (self.partnership.value + self.empathy.value) / 2

    def all(self) -> tuple[GlobalEstimate, ...]:
        return (self.cultivating_change_talk, self.softening_sustain_talk, self.partnership, self.empathy)


def _scale(value: float) -> int:
    """Round half up into 1–5."""
    return int(min(5, max(1, math.floor(value + 0.5))))


def _next_professional(turns: Sequence[CodedUtterance], position: int) -> CodedUtterance | None:
    for turn in turns[position + 1 : position + 3]:
        if turn.speaker == Speaker.PROFESSIONAL:
            return turn
    return None


def _answered(turns: Sequence[CodedUtterance], code: Code, good: set[Code]) -> tuple[int, int, int]:
    """How many turns with ``code`` there are, how many were answered with ``good`` and how many with hardening."""
    total = well = hard = 0
    for position, turn in enumerate(turns):
        if turn.code != code:
            continue
        total += 1
        answer = _next_professional(turns, position)
        if answer is not None and answer.code in good:
            well += 1
        if answer is not None and answer.code in _HARDENING:
            hard += 1
    return total, well, hard


def estimate_globals(coded: Sequence[CodedUtterance]) -> MitiGlobals:
    turns = ordered(coded)
    count = {code: sum(t.code == code for t in turns) for code in Code}
    confront, persuade = count[Code.CONFRONT], count[Code.PERSUADE]

    change, followed, _ = _answered(turns, Code.CT, _RESPONSIVE_TO_CHANGE)
    sustain, softened, hardened = _answered(turns, Code.ST, _SOFTENING)
    if change == 0:
        cct = 1.0
        cct_basis = "geen verandertaal"
    else:
        share = change / (change + sustain)
        cct = 1 + 4 * (0.5 * followed / change + 0.5 * share)
        cct_basis = (
            f"{followed} van {change} keer verandertaal opgepakt; verandertaal {share:.0%} van verander- en behoudtaal"
        )

    if sustain == 0:
        sst = 4.0 - min(2, confront + 0.5 * persuade)
        sst_basis = f"geen behoudtaal; {confront + persuade}× overtuigen of confronteren"
    else:
        sst = 1 + 4 * softened / sustain - 2 * hardened / sustain + 0.5
        sst_basis = (
            f"{softened} van {sustain} keer behoudtaal verzacht (reflectie, bevestiging, autonomie), {hardened} keer "
            "beantwoord met overtuigen of confronteren"
        )

    inviting = count[Code.SEEK] + count[Code.EMPH] + count[Code.PWP]
    professional_words = sum(word_count(t.text) for t in turns if t.speaker == Speaker.PROFESSIONAL)
    all_words = sum(word_count(t.text) for t in turns) or 1
    word_share = professional_words / all_words
    partnership = 3 + min(2.0, 0.4 * inviting) - 1.0 * confront - 0.5 * persuade - (0.5 if word_share > 0.6 else 0)
    partnership_basis = (
        f"{inviting}× samenwerking zoeken, keuze benadrukken of advies met toestemming; {persuade}× overtuigen, "
        f"{confront}× confronteren; professional sprak {word_share:.0%} van de woorden"
    )

    reflections = count[Code.SR] + count[Code.CR]
    empathy = 1 + min(2.0, 0.75 * reflections) + min(1.5, 0.5 * count[Code.CR])
    empathy_basis = f"{reflections} reflecties, waarvan {count[Code.CR]} complex"

    return MitiGlobals(
        GlobalEstimate("cultivating_change_talk", _scale(cct), cct_basis),
        GlobalEstimate("softening_sustain_talk", _scale(sst), sst_basis),
        GlobalEstimate("partnership", _scale(partnership), partnership_basis),
        GlobalEstimate("empathy", _scale(empathy), empathy_basis),
    )
