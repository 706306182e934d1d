"""Example reflections that transform instead of echo, in the register the professional used.

A trainer does not sign "Laat maar dan." as a reflection of "Laat maar dan.". A useful example adds something: the
feeling under resignation or sustain talk, the meaning of change talk, or both sides of an ambivalence ("wel …, maar
…" becomes a double-sided reflection). The example follows the professional's form of address: whoever said "u" to
the inwoner gets an example with "u".

The frames are fixed sentences; only the person's own clause is said back (``reflect.said_back``), so an example is
always grammatical where the frame is and recognisably about what the person said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cues import CHANGE, SUSTAIN
from .reflect import _LEADING_FILLER, key_clause, said_back

Register = str  # "je" or "u"

_POLITE = re.compile(r"\b(?:u|uw|uzelf)\b", re.IGNORECASE)
_INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
# The turn of an ambivalence: "ik wil wel, maar …"; "but" in English.
_BUT = re.compile(r",?\s+\b(?:maar|but)\b\s+", re.IGNORECASE)

# (pattern, frame with "je", frame with "u", frame in English): the feeling under resignation and sustain talk.
_FEELINGS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (
        re.compile(r"\b(?:bang|eng|spannend|zenuw\w*|onzeker|zorgen|afraid|scared|nervous|worried)\b", re.I),
        "Dat maakt je onzeker, en je wilt niet opnieuw teleurgesteld worden.",
        "Dat maakt u onzeker, en u wilt niet opnieuw teleurgesteld worden.",
        "That makes you uneasy, and you don't want to be let down again.",
    ),
    (
        re.compile(r"\b(?:schaam\w*|gênant|ashamed|embarrass\w*)\b", re.I),
        "Het zit je dwars, en eigenlijk schaam je je er een beetje voor.",
        "Het zit u dwars, en eigenlijk schaamt u zich er een beetje voor.",
        "It bothers you, and part of you feels ashamed of it.",
    ),
    (
        re.compile(r"\b(?:oneerlijk|verwijt\w*|niet eerlijk|altijd ik|unfair|blame\w*)\b", re.I),
        "Het voelt oneerlijk, alsof niemand ziet hoe hard je het probeert.",
        "Het voelt oneerlijk, alsof niemand ziet hoe hard u het probeert.",
        "It feels unfair, as if nobody sees how hard you are trying.",
    ),
    (
        re.compile(r"\b(?:te veel|teveel|te druk|alles tegelijk|overweldig\w*|too much|overwhelm\w*)\b", re.I),
        "Het is je op dit moment allemaal te veel.",
        "Het is u op dit moment allemaal te veel.",
        "It is all too much for you right now.",
    ),
    (
        re.compile(
            r"\b(?:laat maar|geen zin|heeft geen zin|geen nut|nut niet|zat|beu|stop ermee|maakt niet uit|"
            r"toch niet|lukt toch|what's the point|no point|give up|fed up|tired of)\b",
            re.I,
        ),
        "Je bent het zat; het voelt alsof het toch niets uitmaakt wat je doet.",
        "U bent het zat; het voelt alsof het toch niets uitmaakt wat u doet.",
        "You're fed up; it feels as if nothing you do makes a difference.",
    ),
)
_SUSTAIN_DEFAULT = (
    "je ziet het op dit moment niet zitten, en daar heb je je redenen voor",
    "u ziet het op dit moment niet zitten, en daar heeft u uw redenen voor",
    "you don't see it happening right now, and you have your reasons",
)
_BRIEF = (
    "daar laat je het even bij, zo te horen",
    "daar laat u het even bij, zo te horen",
    "you leave it there for now",
)
_MEANING = ("en dat betekent veel voor je", "en dat betekent veel voor u", "and that matters a lot to you")
_CONCERN = ("en dat houdt je bezig", "en dat houdt u bezig", "and that is on your mind")
_DOUBLE = ("Er trekken twee kanten aan je: {0}, en {1}.", "Er trekken twee kanten aan u: {0}, en {1}.")
_DOUBLE_EN = "On the one hand {0}, and on the other hand {1}."
_MIN_WORDS = 4
_REFUSAL = re.compile(
    r"\b(?:ik|i)\s+(?:ga|wil|kan|hoef|doe|zie|won't|can't|don't)\b[^.,;]*?\b(?:niet|geen|nooit|not|never)\b"
    r"|\b(?:won't|can't|don't want)\b",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"\b(?:ik ga|ga ik|ik wil|wil ik|ik zal|zal ik|ik kan|kan ik|i will|i'll|i'm going to|i want to|i can)\b",
    re.IGNORECASE,
)


def register_of(professional_texts: Iterable[str]) -> Register:
    """ "u" when the professional addressed the person with "u" more often than with "je"; otherwise "je"."""
    polite = informal = 0
    for text in professional_texts:
        polite += len(_POLITE.findall(text))
        informal += len(_INFORMAL.findall(text))
    return "u" if polite > informal else "je"


def _pick(options: tuple[str, ...], language: str, register: Register) -> str:
    if language == "en":
        return options[2]
    return options[1] if register == "u" else options[0]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower(text: str) -> str:
    """Lower-case the first letter inside a sentence frame, except "I"."""
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# The first side of an ambivalence leans somewhere: a wish, a "wel", a liking ("Ik moest zoeken, maar het is gelukt"
# is a story, not ambivalence).
_LEANING = re.compile(r"\b(?:wel|best|graag|zou|wil|wilt|leuk|fijn|want|wanted|would|like|love|enjoy)\b", re.IGNORECASE)


def _ambivalence(text: str) -> tuple[str, str] | None:
    for sentence in re.findall(r"[^.!?]+", text):
        parts = _BUT.split(sentence.strip(), maxsplit=1)
        if len(parts) != 2 or _words(parts[0]) < 2 or _words(parts[1]) < 2:
            continue
        if _LEANING.search(parts[0]) or CHANGE.search(parts[0]) or SUSTAIN.search(parts[1]):
            return parts[0], parts[1]
    return None


def _talk(text: str) -> str:
    if SUSTAIN.search(text) or _REFUSAL.search(text):
        return "ST"
    if CHANGE.search(text) or _INTENT.search(text):
        return "CT"
    return "NT"


def transformed_reflection(text: str, language: str = "nl", register: Register = "je", talk: str | None = None) -> str:
    """An example complex reflection of a client utterance: double-sided, feeling or meaning; never a plain echo.

    ``talk`` is the client code (CT, ST, NT) when known; otherwise it is guessed from cues.
    """
    talk = talk or _talk(text)
    sides = _ambivalence(text)
    if sides:
        left, right = (_lower(said_back(side, language, register)) for side in sides)
        if language == "en":
            return _DOUBLE_EN.format(left, right)
        return _DOUBLE[1 if register == "u" else 0].format(left, right)
    for pattern, informal, polite, english in _FEELINGS:
        if pattern.search(text):
            return _pick((informal, polite, english), language, register)
    clause = _LEADING_FILLER.sub("", key_clause(text)).strip()
    content = said_back(clause, language, register)
    if talk == "ST":
        if _words(content) >= _MIN_WORDS:
            return f"{_capital(content)}; {_pick(_SUSTAIN_DEFAULT, language, register)}."
        return _capital(_pick(_SUSTAIN_DEFAULT, language, register)) + "."
    frame = _MEANING if talk == "CT" else _CONCERN
    if _words(content) < 2:
        return _capital(_pick(_BRIEF, language, register)) + "."
    return f"{_capital(content)}, {_pick(frame, language, register)}."
