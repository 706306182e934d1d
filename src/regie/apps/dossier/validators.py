"""Validation of identifiers and dates at the edge, with messages that name what is wrong."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum.nl import bsn as stdnum_bsn

POSTCODE_RE = re.compile(r"^[1-9][0-9]{3} ?[A-Z]{2}$")


def elfproef(bsn: str) -> bool:
    """True for exactly nine digits that pass the BSN eleven-test (python-stdnum's ``stdnum.nl.bsn``, used everywhere).

    Stricter than ``stdnum.nl.bsn.is_valid`` about the form: that one also accepts separators and fewer digits, which
    ``normaliseer_bsn`` handles before this check, so what is stored is always nine digits.
    """
    return len(bsn) == 9 and bsn.isdigit() and stdnum_bsn.is_valid(bsn)


def normaliseer_bsn(value: str) -> str:
    """Accept what people type (spaces, dots, 8 digits without the leading zero) and store 9 digits."""
    digits = re.sub(r"[\s.\-]", "", value or "")
    if digits.isdigit() and len(digits) == 8:
        digits = "0" + digits
    return digits


def valideer_bsn(value: str) -> None:
    bsn = normaliseer_bsn(value)
    if not bsn.isdigit() or len(bsn) != 9:
        raise ValidationError(
            _("Een BSN bestaat uit 9 cijfers. U vulde '%(waarde)s' in."), params={"waarde": value}, code="bsn_lengte"
        )
    if not elfproef(bsn):
        raise ValidationError(
            _("Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers."), code="bsn_elfproef"
        )


def normaliseer_postcode(value: str) -> str:
    compact = re.sub(r"\s", "", (value or "").upper())
    return f"{compact[:4]} {compact[4:]}" if len(compact) == 6 else (value or "").upper()


def valideer_postcode(value: str) -> None:
    if not POSTCODE_RE.match(normaliseer_postcode(value)):
        raise ValidationError(
            _("Een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 3511 AB."), code="postcode"
        )


def valideer_niet_in_toekomst(value: date) -> None:
    if value and value > timezone.localdate():
        raise ValidationError(
            _("Deze datum ligt in de toekomst. Vul een datum in tot en met vandaag."), code="toekomst"
        )
