"""Plain, immutable values that go in and out of the engine."""

from __future__ import annotations

from dataclasses import dataclass

from .codes import COARSE_OF, Coarse, Code, Speaker


@dataclass(frozen=True, slots=True)
class Utterance:
    """One turn of a conversation; ``order`` sorts the turns within ``conversation``."""

    conversation: str
    order: int
    speaker: Speaker
    text: str

    def __post_init__(self) -> None:
        # Accept the plain strings that come from files and forms, but never an unknown role.
        object.__setattr__(self, "speaker", Speaker(self.speaker))


@dataclass(frozen=True, slots=True)
class CodedUtterance:
    """An utterance with the code the model gave it.

    ``confidence`` is the model's probability of ``code``; ``probabilities`` holds every code of the speaker's code set
    with its probability, in the model's order, so a caller can show alternatives or apply its own threshold.
    """

    utterance: Utterance
    code: Code
    confidence: float
    probabilities: tuple[tuple[Code, float], ...]
    language: str

    @property
    def coarse(self) -> Coarse:
        return COARSE_OF[self.code]

    @property
    def speaker(self) -> Speaker:
        return self.utterance.speaker

    @property
    def text(self) -> str:
        return self.utterance.text
