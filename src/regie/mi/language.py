"""Dutch or English, decided once per conversation.

Only these two languages matter here, and whole conversations give plenty of evidence, so counting frequent function
words is as reliable as a statistical identifier and needs no model file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-zà-ÿ']+")


def _words(text: str) -> list[str]:
    return text.split()


_DUTCH = frozenset(
    _words(
        "de het een en van ik je jij u niet dat die is op te zijn met voor maar ook als er wat nog wel al "
        "naar dan heb hebt heeft ben bent was kan kun kunt wil wilt moet mijn jouw uw we wij ze zij hij zo nu "
        "om bij uit hoe waarom waar wanneer geen mee even eigenlijk gewoon echt want omdat dus ja nee klopt"
    )
)
_ENGLISH = frozenset(
    _words(
        "the a an and of i you not that this is on to be with for but also if there what still well already "
        "then have has am was can could want must my your we they he she so now at from how why where when no "
        "yes really just because do does did it it's i'm don't you're yeah okay"
    )
)


# Words spelled the same in both languages ("is", "was", "we") tell nothing.
_SHARED = _DUTCH & _ENGLISH
_DUTCH -= _SHARED
_ENGLISH -= _SHARED


def detect_language(texts: Iterable[str]) -> str:
    """Return ``"nl"`` or ``"en"``; ties go to Dutch, the product's default language."""
    dutch = english = 0
    for text in texts:
        for word in _WORD.findall(text.lower()):
            dutch += word in _DUTCH
            english += word in _ENGLISH
    return "en" if english > dutch else "nl"
