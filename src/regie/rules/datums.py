"""Date rules shared by the engine: ages, month periods and Dutch date notation."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

_MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_DAGEN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def leeftijd(geboortedatum: date, peildatum: date) -> int:
    """Age in whole years.

    Someone born on 29 February becomes a year older on 1 March in a common year: the tuple comparison only passes
    the birthday once the calendar date is past 28 February.
    """
    verjaard = (peildatum.month, peildatum.day) >= (geboortedatum.month, geboortedatum.day)
    return peildatum.year - geboortedatum.year - (not verjaard)


def plus_maanden(datum: date, maanden: int) -> date:
    """``datum`` plus whole months; a day that does not exist in the target month moves on to the 1st of the next.

    The same rule as for birthdays on 29 February, so ages and periods never disagree about when a month is complete.
    """
    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    jaar += datum.year
    maand += 1
    laatste = _DAGEN[maand] if maand != 2 or not calendar.isleap(jaar) else 29
    if datum.day <= laatste:
        return date(jaar, maand, datum.day)
    return date(jaar, maand, laatste) + timedelta(days=1)


def datum_nl(datum: date) -> str:
    """``1 maart 2026``: the notation for texts meant for people."""
    return f"{datum.day} {_MAANDEN[datum.month - 1]} {datum.year}"
