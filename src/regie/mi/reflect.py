"""Example reflections built from the person's own words, for feedback.

A simple reflection says back what the person said from the listener's side: "ik wil weer werken" becomes "je wilt
weer werken". That needs only a pronoun swap and, in Dutch, the second-person verb form after the subject. The
result is an example for the professional to adapt, not a generated sentence that must be perfect, so a small
lexicon of frequent verbs covers the cases that matter; unknown verbs are left as they are.
"""

from __future__ import annotations

import re

from .cues import CHANGE

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")
_FILLERS = "ja|nee|nou|eh|uhm|hm|oké|oke|ok|okay|tja|ach|eerlijk gezegd|yeah|yes|no|well|so|um|uh|i mean"
_LEADING_FILLER = re.compile(rf"^(?:(?:{_FILLERS})\b[,.!]?\s*)+", re.IGNORECASE)
MAX_WORDS = 18

_NL_PRONOUNS = {
    "ik": "je",
    "mij": "jou",
    "me": "je",
    "mijn": "je",
    "mezelf": "jezelf",
    "m'n": "je",
    "we": "jullie",
    "wij": "jullie",
}
_NL_AFTER_SUBJECT = {
    "ben": "bent",
    "heb": "hebt",
    "wil": "wilt",
    "kan": "kunt",
    "zal": "zult",
    "ga": "gaat",
    "doe": "doet",
    "sta": "staat",
    "zie": "ziet",
    "sla": "slaat",
}
# First-person forms that take -t in the second person; listed because guessing verbs from spelling misfires.
_NL_REGULAR = frozenset(
    str.split(
        "werk zoek maak vind denk voel hoop probeer mis leer help kook wacht slaap game zit hou weet word spreek "
        "schaam snap begrijp baal lig loop twijfel durf merk mis hoor lees schrijf rij blijf kijk bel vraag zorg "
        "woon leef drink rook eet stop plan oefen geloof ken verdien betaal krijg wens droom kom hoef"
    )
)
_EN_SWAP = {
    "i": "you",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
}


def _second_person_nl(verb: str) -> str:
    lower = verb.lower()
    if lower in _NL_AFTER_SUBJECT:
        return _NL_AFTER_SUBJECT[lower]
    if lower in _NL_REGULAR and not lower.endswith("t"):
        return verb + "t"
    return verb


def _is_verb_nl(word: str) -> bool:
    lower = word.lower()
    return lower in _NL_AFTER_SUBJECT or lower in _NL_REGULAR


_NL_POLITE = {"ik": "u", "mij": "u", "me": "u", "mijn": "uw", "mezelf": "uzelf", "m'n": "uw"}
# With "u" the verb takes the third-person form: "u heeft", "u bent", "u wilt", "u kunt".
_NL_POLITE_VERB = {"heb": "heeft", "hebt": "heeft", "ben": "bent"}


def _polite_verb(verb: str) -> str:
    second = _second_person_nl(verb)
    return _NL_POLITE_VERB.get(verb.lower(), second)


def _swap(tokens: list[str], language: str, register: str = "je") -> list[str]:
    if language == "en":
        return [_EN_SWAP.get(token.lower(), token) for token in tokens]
    polite = register == "u"
    pronouns = {**_NL_PRONOUNS, **_NL_POLITE} if polite else _NL_PRONOUNS
    out: list[str] = []
    # After "ik" a known verb takes the second-person form when it directly follows ("ik wil" -> "je wilt") or closes
    # a subordinate clause ("wanneer ik geld krijg" -> "wanneer je geld krijgt"); "als ik werk vind" keeps the noun
    # "werk". After inversion ("dan ga ik") the verb comes first and "ga je" is already right.
    pending_since = -1
    for i, token in enumerate(tokens):
        lower = token.lower()
        clause_end = i + 1 == len(tokens) or not re.match(r"\w", tokens[i + 1])
        if lower in pronouns:
            if lower == "ik" and polite and out and _is_verb_nl(out[-1]):
                out[-1] = _polite_verb(out[-1])  # inversion: "dan ga ik" -> "dan gaat u"
            out.append(pronouns[lower])
            if lower == "ik":
                pending_since = i
        elif pending_since >= 0 and _is_verb_nl(token) and (i == pending_since + 1 or clause_end):
            out.append(_polite_verb(token) if polite else _second_person_nl(token))
            pending_since = -1
        else:
            out.append(token)
            if not re.match(r"\w", token):
                pending_since = -1
    return out


def _join(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        text += token if (not text or re.fullmatch(r"[^\w\s']", token)) else " " + token
    return text


def key_clause(text: str) -> str:
    """The sentence that carries the most: the first one with change talk cues, otherwise the longest."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if not sentences:
        return text.strip()
    with_change = [s for s in sentences if CHANGE.search(s)]
    return with_change[0] if with_change else max(sentences, key=len)


def said_back(clause: str, language: str = "nl", register: str = "je") -> str:
    """``clause`` from the listener's side, without capital or closing mark: "ik wil werken" -> "je wilt werken"."""
    tokens = _TOKEN.findall(_LEADING_FILLER.sub("", clause).strip().rstrip(".!?,;: "))
    return _join(_swap(tokens, language, register)).rstrip(",;:")


def reflection_from(text: str, language: str = "nl", register: str = "je") -> str:
    """An example simple reflection of ``text`` in the person's language, e.g. "Je wilt weer aan het werk."."""
    clause = _LEADING_FILLER.sub("", key_clause(text)).strip().rstrip(".!?,;: ")
    tokens = _TOKEN.findall(clause)
    words = [t for t in tokens if re.match(r"\w", t)]
    if len(words) > MAX_WORDS:
        kept, count = [], 0
        for token in tokens:
            count += bool(re.match(r"\w", token))
            if count > MAX_WORDS:
                break
            kept.append(token)
        tokens = kept
        suffix = " …"
    else:
        suffix = "."
    swapped = _join(_swap(tokens, language, register)).rstrip(",;:")
    if not swapped:
        return ""
    return swapped[0].upper() + swapped[1:] + suffix
