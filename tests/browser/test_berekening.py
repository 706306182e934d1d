"""End to end: a klantmanager records a kostendeler and a part-time job and calculates; the inwoner reads why."""

from datetime import date
from decimal import Decimal

import pytest

from regie.apps.inkomen.models import Berekening
from tests.conftest import WACHTWOORD, _gebruiker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_klantmanager_calculates_and_inwoner_reads_explanation(
    live_server, page, screenshot, klantmanager, gemeente, maak_inwoner
):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(
        klantmanager=klantmanager,
        account=account,
        voornamen="Nadia",
        achternaam="Visser",
        geboortedatum=date(1985, 4, 2),
    )

    _inloggen(page, live_server.url, "klantmanager")
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/huishouden/")
    page.get_by_label("Ingangsdatum").fill("2026-02-01")
    page.get_by_label("Relatie").select_option("medebewoner")
    page.get_by_label("Voornaam").fill("Ahmed")
    page.get_by_label("Geboortedatum").fill("1980-01-01")
    page.get_by_label("Soort medebewoner").select_option("familie")
    page.get_by_role("button", name="Huishouden opslaan").click()
    page.get_by_text("De nieuwe samenstelling van het huishouden is vastgelegd.").wait_for()

    page.get_by_role("link", name="Inkomen, vermogen en berekening").click()
    inkomsten = page.get_by_role("region", name="Inkomsten")
    inkomsten.get_by_text("Inkomen toevoegen").click()
    inkomsten.get_by_label("Soort inkomen").select_option("arbeid")
    inkomsten.get_by_label("Omschrijving").fill("parttime bakkerij")
    inkomsten.get_by_label("Netto per maand").fill("600.00")
    inkomsten.get_by_label("Vrijlating sinds").fill("2026-02-01")
    inkomsten.get_by_label("Geldig vanaf").fill("2026-02-01")
    inkomsten.get_by_role("button", name="Inkomen opslaan").click()
    page.get_by_text("Het inkomen is toegevoegd.").wait_for()

    page.locator("#id_peildatum").fill("2026-03-01")
    page.get_by_role("button", name="Bereken de uitkering").click()
    page.get_by_text("De uitkering is berekend").wait_for()
    # By hand: kostendelersnorm A=2 is 50% of 2002.13 = 1001.07; 25% of 600.00 = 150.00 is free, 450.00 counts.
    assert Berekening.objects.get().uitkering == Decimal("551.07")
    assert "€ 551,07" in page.locator("#kop-berekening").locator("..").inner_text()
    screenshot(page, "berekening-klantmanager")

    page.get_by_role("button", name="Uitloggen").click()
    _inloggen(page, live_server.url, "inwoner")
    page.get_by_role("link", name="Mijn uitkering").click()
    page.get_by_role("heading", name="Zo is uw uitkering berekend").wait_for()
    tekst = page.locator("main").inner_text()
    assert "U krijgt € 551,07 bijstand per maand." in tekst
    eerste_stap = Berekening.objects.get().resultaat["toelichting"][0]
    assert eerste_stap["uitleg"] in tekst and eerste_stap["technisch"] not in tekst
    screenshot(page, "berekening-inwoner")
