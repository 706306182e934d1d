"""Dated records: income, assets and ontheffingen show "vanaf", "tot en met" and a status; a record that starts in
the future is shown beside the current ones, one that has ended apart from them."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Inkomstenbron, Ontheffing, Vermogensbestanddeel
from regie.perioden import Looptijd, looptijd

pytestmark = pytest.mark.django_db


def _url(inwoner):
    return f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/"


def test_status_follows_the_first_and_last_day():
    vandaag = timezone.localdate()
    morgen, gisteren = vandaag + timedelta(days=1), vandaag - timedelta(days=1)
    assert looptijd(morgen, None, vandaag) is Looptijd.TOEKOMSTIG
    assert looptijd(vandaag, None, vandaag) is Looptijd.LOPEND
    assert looptijd(gisteren, vandaag, vandaag) is Looptijd.LOPEND  # the last day still counts ("tot en met")
    assert looptijd(gisteren - timedelta(days=5), gisteren, vandaag) is Looptijd.BEEINDIGD


def test_future_income_assets_and_exemption_are_visible_with_dates_and_status(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    vandaag = timezone.localdate()
    volgende_maand = (vandaag.replace(day=1) + timedelta(days=32)).replace(day=1)
    Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort="arbeid",
        omschrijving="Nieuwe baan",
        netto_per_maand=Decimal("1401.50"),
        geldig_vanaf=volgende_maand,
    )
    Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort="alimentatie",
        omschrijving="Oude regeling",
        netto_per_maand=Decimal("200.00"),
        geldig_vanaf=vandaag - timedelta(days=400),
        geldig_tot=vandaag - timedelta(days=30),
    )
    Vermogensbestanddeel.objects.create(
        inwoner=inwoner, soort="bank", bedrag=Decimal("2500.00"), geldig_vanaf=vandaag - timedelta(days=10)
    )
    Ontheffing.objects.create(
        inwoner=inwoner,
        verplichting="taaleis",
        reden="gezondheid",
        toelichting="Operatie gepland.",
        vanaf=volgende_maand,
        tot=volgende_maand + timedelta(days=59),
        besloten_door=klantmanager,
    )
    pagina = inloggen(klantmanager).get(_url(inwoner)).content.decode()

    assert "Nieuwe baan" in pagina and "€ 1.401,50" in pagina
    assert f"vanaf {volgende_maand:%d-%m-%Y}, zonder einddatum" in pagina
    assert "toekomstig" in pagina and "lopend" in pagina
    assert "Geen lopende of toekomstige inkomsten." not in pagina
    # The ended income is not among the current ones, but under its own heading with its status.
    huidig, _, beeindigd = pagina.partition("Beëindigde inkomsten")
    assert "Oude regeling" not in huidig.split('id="kop-inkomen"')[1]
    assert "Oude regeling" in beeindigd and "beëindigd" in beeindigd
    # The exemption that starts next month is shown with the obligation it concerns.
    eind = volgende_maand + timedelta(days=59)
    assert f"vanaf {volgende_maand:%d-%m-%Y} tot en met {eind:%d-%m-%Y}" in pagina


def test_without_records_the_page_says_so_in_words(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    pagina = inloggen(klantmanager).get(_url(inwoner)).content.decode()
    assert "Geen lopende of toekomstige inkomsten." in pagina
    assert "Beëindigde inkomsten" not in pagina
