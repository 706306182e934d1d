"""A calculation that starts or changes bijstand makes a letter (beschikking): the amount, the explanation with its
articles, the date and how to object. Expected amounts come from the law's norm table, not from the engine."""

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from regie.apps.inkomen import services
from regie.apps.inkomen.beschikking import soort_voor_berekening
from regie.apps.inkomen.models import Berekening, Beschikking, Inkomstenbron

pytestmark = pytest.mark.django_db

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def _tekst(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _vandaag_in_woorden() -> str:
    from django.utils import timezone

    vandaag = timezone.localdate()
    return f"{vandaag.day} {MAANDEN[vandaag.month - 1]} {vandaag.year}"


def test_first_calculation_awards_with_amount_articles_date_and_bezwaar(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1985, 6, 15))
    antwoord = inloggen(klantmanager).post(
        f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/bereken/", {"peildatum": "2026-03-01"}
    )
    assert antwoord.status_code == 302
    brief = Beschikking.objects.get()
    assert (brief.soort, brief.berekening, brief.onderwerp) == (
        "toekenning",
        Berekening.objects.get(),
        "Besluit: u krijgt bijstand",
    )
    tekst = _tekst(bytes(brief.pdf))
    # Alleenstaande of 21 to the AOW age on 1 March 2026, no income: the norm of art. 21 a, € 1.401,50.
    assert "€ 1.401,50" in tekst and "1 maart 2026" in tekst
    assert "21" in tekst and "artikelen 19 tot en met 23" in tekst
    assert f"Datum: {_vandaag_in_woorden()}" in tekst
    assert "bezwaar" in tekst and "binnen 6 weken" in tekst and "artikel 6:7" in tekst


def test_a_change_in_amount_makes_a_change_letter_and_the_same_amount_none(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1985, 6, 15))
    services.bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    services.bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    assert Beschikking.objects.count() == 1  # nothing changed for the inwoner: no second letter
    Inkomstenbron.objects.create(
        inwoner=inwoner, soort="overig", netto_per_maand=Decimal("400.00"), geldig_vanaf=date(2026, 1, 1)
    )
    nieuw = services.bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    brief = Beschikking.objects.get(berekening=nieuw)
    assert brief.soort == "wijziging"
    tekst = _tekst(bytes(brief.pdf))
    # Art. 19: the benefit is the norm less the countable net income, € 1.401,50 − € 400,00.
    assert "U kreeg per maand € 1.401,50" in tekst and "U krijgt nu per maand € 1.001,50" in tekst
    assert "binnen 6 weken" in tekst


def test_which_letter(maak_inwoner):
    def b(recht, bedrag):
        return Berekening(recht=recht, uitkering=Decimal(bedrag))

    assert soort_voor_berekening(b(True, "1401.50"), None) == "toekenning"
    assert soort_voor_berekening(b(False, "0"), None) is None
    assert soort_voor_berekening(b(True, "1000"), b(False, "0")) == "toekenning"
    assert soort_voor_berekening(b(True, "1000"), b(True, "1401.50")) == "wijziging"
    assert soort_voor_berekening(b(False, "0"), b(True, "1401.50")) == "wijziging"
    assert soort_voor_berekening(b(True, "1401.50"), b(True, "1401.50")) is None
