"""Where a dated record stands today: toekomstig, lopend or beëindigd.

Income, assets and ontheffingen run from a first day ("vanaf") to an optional last day ("tot en met"). A page shows
the status next to the dates, so a record that starts next month is visible beside the current ones.
"""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Looptijd(models.TextChoices):
    TOEKOMSTIG = "toekomstig", _("toekomstig")
    LOPEND = "lopend", _("lopend")
    BEEINDIGD = "beeindigd", _("beëindigd")


def looptijd(vanaf: date, tot: date | None, vandaag: date | None = None) -> Looptijd:
    """The status of a period on ``vandaag`` (today when not given); ``tot`` is the last day it counts."""
    vandaag = vandaag or timezone.localdate()
    if vanaf > vandaag:
        return Looptijd.TOEKOMSTIG
    if tot is not None and tot < vandaag:
        return Looptijd.BEEINDIGD
    return Looptijd.LOPEND
