from collections.abc import Callable, Sequence

import pytest

from regie.mi.codes import CODES_BY_SPEAKER, Code, Speaker
from regie.mi.schema import CodedUtterance, Utterance

CLIENT_CODES = {Code.CT, Code.ST, Code.NT}


def coded_conversation(turns: Sequence[tuple[str, str]], conversation: str = "c1") -> list[CodedUtterance]:
    """Build coded utterances from (code, text) pairs; the speaker follows from the code."""
    result = []
    for order, (code_text, text) in enumerate(turns, start=1):
        code = Code(code_text)
        speaker = Speaker.CLIENT if code in CLIENT_CODES else Speaker.PROFESSIONAL
        codes = CODES_BY_SPEAKER[speaker]
        result.append(
            CodedUtterance(
                utterance=Utterance(conversation, order, speaker, text),
                code=code,
                confidence=1.0,
                probabilities=tuple((c, 1.0 if c == code else 0.0) for c in codes),
                language="nl",
            )
        )
    return result


@pytest.fixture
def make_coded() -> Callable[..., list[CodedUtterance]]:
    return coded_conversation
