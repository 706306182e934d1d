"""Plausible date ranges, so a typo like 0001-01-01 or 9999-12-31 is a clear Dutch message and never a stored fact.

Every form in Regie (through ``UtrechtFormMixin``) gets the general window for each date field: from 1 January 1900
to five years ahead. Fields with a narrower meaning use their own validator: a birth date is never in the future, and
a new household composition starts at most a year ahead (one starting in 9999 would block every later change).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

EERSTE_DATUM = date(1900, 1, 1)


def _toon(dag: date) -> str:
    # strftime("%Y") drops leading zeros of years before 1000 on some platforms.
    return f"{dag.day:02d}-{dag.month:02d}-{dag.year:04d}"


def _jaren_verder(dag: date, jaren: int) -> date:
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:  # 29 February
        return dag.replace(year=dag.year + jaren, day=28)


@deconstructible
class DatumBereik:
    """Accepts a date from ``EERSTE_DATUM`` up to ``jaren_vooruit`` years after today; the message names the field."""

    def __init__(self, veld: str = "", jaren_vooruit: int = 5):
        self.veld = str(veld)
        self.jaren_vooruit = jaren_vooruit

    def laatste(self) -> date:
        return _jaren_verder(timezone.localdate(), self.jaren_vooruit)

    def __call__(self, waarde) -> None:
        if waarde is None:
            return
        dag = waarde.date() if hasattr(waarde, "date") and callable(waarde.date) else waarde
        laatste = self.laatste()
        if EERSTE_DATUM <= dag <= laatste:
            return
        veld = self.veld or _("Deze datum")
        if dag < EERSTE_DATUM:
            bericht = _("%(veld)s: %(datum)s ligt vóór 1900. Controleer het jaartal.")
        elif self.jaren_vooruit == 0:
            bericht = _("%(veld)s: %(datum)s ligt in de toekomst. Vul een datum in tot en met vandaag.")
        else:
            bericht = _("%(veld)s: %(datum)s ligt meer dan %(jaren)s jaar vooruit (uiterlijk %(laatste)s).")
        raise ValidationError(
            bericht,
            code="datum_buiten_bereik",
            params={
                "veld": veld,
                "datum": _toon(dag),
                "jaren": self.jaren_vooruit,
                "laatste": _toon(laatste),
            },
        )

    def __eq__(self, other) -> bool:
        return isinstance(other, DatumBereik) and (self.veld, self.jaren_vooruit) == (other.veld, other.jaren_vooruit)


def valideer_geboortedatum(waarde: date) -> None:
    DatumBereik(_("Geboortedatum"), jaren_vooruit=0)(waarde)


def valideer_ingangsdatum_huishouden(waarde: date) -> None:
    DatumBereik(_("Ingangsdatum"), jaren_vooruit=1)(waarde)


def heeft_datumbereik(validators) -> bool:
    return any(
        isinstance(v, DatumBereik) or v in (valideer_geboortedatum, valideer_ingangsdatum_huishouden)
        for v in validators
    )
