"""One way to format what people read: amounts, dates and counts, in Dutch and English.

Every template filter (``euro``, ``datum``, ``datum_kort``, ``datum_tijd``) and every message built in Python uses
these functions, so a page, its messages and its validation errors write an amount or a date the same way.

- Amounts: ``€ 1.401,50`` in Dutch and ``€1,401.50`` in English (Decimal, rounded half-up to cents), as the
  calculation's explanation writes them (``regie.rules.teksten``).
- Dates in running text: ``6 oktober 1986`` / ``6 October 1986``.
- Dates in tables and lists of facts: ``06-10-1986``.
- Date and time: ``6 oktober 1986, 14:05``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.utils import formats, timezone
from django.utils.translation import get_language

from regie.rules.geld import euro as _euro
from regie.rules.teksten import bedrag as _bedrag_in_taal


def bedrag(waarde) -> str:
    """``€ 1.401,50`` (``€1,401.50`` in English) for a Decimal, int or decimal string; an empty string for something
    that is no amount."""
    if waarde is None or waarde == "":
        return ""
    try:
        getal = waarde if isinstance(waarde, Decimal) else Decimal(str(waarde))
    except (InvalidOperation, ValueError, TypeError):
        return ""
    if not getal.is_finite():
        return ""
    if (get_language() or "nl").startswith("en"):
        return _bedrag_in_taal(getal, "en")
    return _euro(getal)


def _dag(waarde) -> date | None:
    if isinstance(waarde, datetime):
        return timezone.localtime(waarde).date() if timezone.is_aware(waarde) else waarde.date()
    if isinstance(waarde, date):
        return waarde
    return None


def datum(waarde) -> str:
    """A date in running text: ``6 oktober 1986`` (Dutch), ``6 October 1986`` (English)."""
    dag = _dag(waarde)
    return formats.date_format(dag, "j F Y") if dag else ""


def datum_kort(waarde) -> str:
    """A date in a table or a list of facts: ``06-10-1986`` in both languages."""
    dag = _dag(waarde)
    return f"{dag.day:02d}-{dag.month:02d}-{dag.year:04d}" if dag else ""


def datum_tijd(waarde) -> str:
    """A moment: ``6 oktober 1986, 14:05``."""
    if not isinstance(waarde, datetime):
        return datum(waarde)
    moment = timezone.localtime(waarde) if timezone.is_aware(waarde) else waarde
    return f"{datum(moment)}, {moment:%H:%M}"
