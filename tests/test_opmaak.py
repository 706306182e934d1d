"""One way to format: amounts, dates and plurals, in Dutch and in English (``regie.opmaak`` and its filters)."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import ngettext

from regie.forms import UtrechtFormMixin
from regie.opmaak import bedrag, datum, datum_kort, datum_tijd

GEBOORTE = date(1986, 10, 6)


@pytest.mark.parametrize(
    ("waarde", "nl", "en"),
    [
        (Decimal("1401.5"), "€ 1.401,50", "€1,401.50"),
        (Decimal("0"), "€ 0,00", "€0.00"),
        ("513.57", "€ 513,57", "€513.57"),
        (Decimal("1234567.891"), "€ 1.234.567,89", "€1,234,567.89"),  # half-up to cents
        (Decimal("0.005"), "€ 0,01", "€0.01"),
        (Decimal("-12.5"), "€ -12,50", "-€12.50"),
        (1000, "€ 1.000,00", "€1,000.00"),
    ],
)
def test_amounts_are_written_one_way_per_language(waarde, nl, en):
    for taal, tekst in (("nl", nl), ("en", en)):
        with translation.override(taal):
            assert bedrag(waarde) == tekst
            assert Template("{{ w|euro }}").render(Context({"w": waarde})) == tekst


@pytest.mark.parametrize("waarde", [None, "", "abc", Decimal("NaN")])
def test_something_that_is_no_amount_gives_empty_text(waarde):
    assert bedrag(waarde) == ""


def test_dates_in_text_and_in_tables():
    with translation.override("nl"):
        assert datum(GEBOORTE) == "6 oktober 1986"
        assert datum_kort(GEBOORTE) == "06-10-1986"
        assert Template("{{ d|datum }} · {{ d|datum_kort }}").render(Context({"d": GEBOORTE})) == (
            "6 oktober 1986 · 06-10-1986"
        )
    with translation.override("en"):
        assert datum(GEBOORTE) == "6 October 1986"
        assert datum_kort(GEBOORTE) == "06-10-1986"


def test_a_moment_is_shown_in_local_time():
    # 12:05 UTC on 1 July 2025 is 14:05 in Amsterdam (summer time, UTC+2).
    moment = datetime(2025, 7, 1, 12, 5, tzinfo=ZoneInfo("UTC"))
    with translation.override("nl"):
        assert datum_tijd(moment) == "1 juli 2025, 14:05"
    with translation.override("en"):
        assert datum_tijd(moment) == "1 July 2025, 14:05"


@pytest.mark.parametrize(
    ("taal", "een", "twee"),
    [
        ("nl", "6% gedurende 1 maand", "6% gedurende 2 maanden"),
        ("en", "for 1 month", "for 2 months"),
    ],
)
def test_plural_of_months_in_a_sanction(taal, een, twee):
    sjabloon = Template(
        "{% load i18n %}{% blocktranslate with p=6 count d=n %}{{ p }}% gedurende {{ d }} maand{% plural %}"
        "{{ p }}% gedurende {{ d }} maanden{% endblocktranslate %}"
    )
    with translation.override(taal):
        tekst_een, tekst_twee = sjabloon.render(Context({"n": 1})), sjabloon.render(Context({"n": 2}))
    if taal == "nl":
        assert (tekst_een, tekst_twee) == (een, twee)
    else:
        # English comes with the catalogue; until then Dutch, but never "maand(en)".
        assert "(en)" not in tekst_een + tekst_twee


def test_plural_of_steps_in_the_conversation_preparation():
    with translation.override("nl"):
        een = ngettext("Er is %(gedaan)s stap gezet", "Er zijn %(gedaan)s stappen gezet", 1) % {"gedaan": 1}
        drie = ngettext("Er is %(gedaan)s stap gezet", "Er zijn %(gedaan)s stappen gezet", 3) % {"gedaan": 3}
    assert een == "Er is 1 stap gezet" and drie == "Er zijn 3 stappen gezet"


class _Formulier(UtrechtFormMixin, forms.Form):
    inkomen = forms.DecimalField(label="Netto per maand", max_digits=9, decimal_places=2, min_value=Decimal("0.00"))
    uren = forms.DecimalField(label="Uren per week", max_digits=4, decimal_places=1, min_value=Decimal("0.5"))
    maanden = forms.IntegerField(label="Duur in maanden", min_value=1, max_value=12)


@pytest.mark.parametrize(
    ("taal", "veld", "invoer", "melding"),
    [
        ("nl", "inkomen", "-1", "Netto per maand: vul minstens € 0,00 in."),
        ("nl", "uren", "0.2", "Uren per week: vul minstens 0,5 in."),
        ("nl", "maanden", "13", "Duur in maanden: vul hoogstens 12 in."),
        ("en", "inkomen", "-1", "€0.00"),
    ],
)
def test_validation_messages_write_limits_the_regie_way(taal, veld, invoer, melding):
    gegevens = {"inkomen": "10", "uren": "4", "maanden": "3", veld: invoer}
    with translation.override(taal):
        formulier = _Formulier(gegevens)
        assert not formulier.is_valid()
        fout = " ".join(formulier.errors[veld])
    assert melding in fout
    if taal == "nl":
        assert "0.00" not in fout  # no English decimal point in a Dutch message
