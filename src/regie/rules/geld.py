"""Money helpers shared by the engine.

Money is ``Decimal`` throughout. Arithmetic that can be inexact (division) runs in a private context, so a caller
that changes the thread's decimal context can never change an amount.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

CENT = Decimal("0.01")
NUL = Decimal("0.00")
HONDERD = Decimal(100)

_CONTEXT = Context(prec=34, rounding=ROUND_HALF_UP)


def rond(bedrag: Decimal) -> Decimal:
    """Round half-up to whole cents: the rule for the end of every published step."""
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)


def deel(teller: Decimal, noemer: Decimal | int) -> Decimal:
    """Divide in the private context; the caller rounds the result with :func:`rond`."""
    return _CONTEXT.divide(teller, Decimal(noemer))


def procent(bedrag: Decimal, percentage: Decimal) -> Decimal:
    """``percentage`` % of ``bedrag``, rounded to cents."""
    return rond(deel(bedrag * percentage, HONDERD))


def euro(bedrag: Decimal) -> str:
    """Dutch notation for texts meant for people: ``€ 1.401,50``.

    Cached by ``str(bedrag)``, not by the Decimal itself: hashing a freshly computed Decimal costs about as much as
    formatting it, while its ``str()`` is cheap, and norms, limits and maxima repeat in every case. ``str()`` of a
    Decimal fixes its value and exponent exactly, so the same text always gives the same notation.
    """
    return euro_tekst(str(bedrag))


@lru_cache(maxsize=65536)
def euro_tekst(tekst: str) -> str:
    """:func:`euro` of the amount whose ``str()`` is ``tekst``; for cached texts, which take amounts as strings."""
    # Built with string slicing: ``format(Decimal, ",.2f")`` is several times slower.
    if len(tekst) < 4 or tekst[-3] != ".":
        tekst = str(rond(Decimal(tekst)))  # Decimal(str) is exact in any context: the same amount
    teken = ""
    if tekst[0] == "-":
        teken, tekst = "-", tekst[1:]
    heel = tekst[:-3]
    if len(heel) > 6:
        heel = f"{int(heel):,}".replace(",", ".")
    elif len(heel) > 3:
        heel = f"{heel[:-3]}.{heel[-3:]}"
    return f"€ {teken}{heel},{tekst[-2:]}"
