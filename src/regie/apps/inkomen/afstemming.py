"""The municipality's afstemmingsverordening (art. 8 lid 1 a, art. 18 lid 2): percentage and duration per obligation.

Each municipality sets in its own verordening how much and how long a maatregel lowers the benefit. The table below is
the default; a municipality's own table goes in the setting ``REGIE_AFSTEMMINGSVERORDENING``, keyed by its CBS code::

    REGIE_AFSTEMMINGSVERORDENING = {"0344": {"arbeidsverplichting": (100, 1), "taaleis": (20, 3)}}

A proposal starts from these figures; the klantmanager may deviate with reasons (art. 18 lid 2: "met inachtneming van
de ernst van de gedraging, de mate van verwijtbaarheid en de omstandigheden").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from django.conf import settings

STANDAARD = {
    "arbeidsverplichting": (100, 1),
    "tegenprestatie": (20, 1),
    "taaleis": (20, 3),
}


def voor(gemeente, verplichting: str) -> tuple[int, int]:
    """(percentage, months) for ``verplichting`` in ``gemeente``'s verordening, else the default."""
    eigen = getattr(settings, "REGIE_AFSTEMMINGSVERORDENING", {}).get(getattr(gemeente, "cbs_code", None), {})
    return tuple(eigen.get(verplichting, STANDAARD[verplichting]))


def tabel(gemeente) -> list[tuple[str, int, int]]:
    """(obligation label, percentage, months) for every obligation, as the page shows the verordening."""
    from .models.verplichtingen import SoortVerplichting

    return [(soort.label, *voor(gemeente, soort.value)) for soort in SoortVerplichting]


def einddatum(ingangsdatum: date, duur_maanden: int) -> date:
    """The last day of a lowering of ``duur_maanden`` calendar months from ``ingangsdatum``."""
    maand = ingangsdatum.month - 1 + duur_maanden
    jaar, maand = ingangsdatum.year + maand // 12, maand % 12 + 1
    dag = min(ingangsdatum.day, calendar.monthrange(jaar, maand)[1])
    return date(jaar, maand, dag) - timedelta(days=1)
