"""End to end: a teamleider opens the steering dashboard, filters by wijk and downloads the CSV behind a chart; a
klantmanager records a maatwerk decision and finds a similar earlier case from the dossier."""

from datetime import date
from pathlib import Path

import pytest

from regie.apps.dossier.models import Wijk
from regie.apps.sturing.models import MaatwerkBesluit, Uitkeringsperiode
from tests.conftest import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _inloggen(page, live_server, naam):
    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(naam)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_teamleider_filters_by_wijk_and_downloads_csv(
    live_server, page, screenshot, teamleider, gemeente, wijk, maak_inwoner
):
    oost = Wijk.objects.create(gemeente=gemeente, naam="Oost", code="WK999802")
    for n in range(7):
        inwoner = maak_inwoner()
        if n == 6:
            inwoner.wijk = oost
            inwoner.save()
        Uitkeringsperiode.objects.create(inwoner=inwoner, begin=date(2022, 1, 1) if n < 6 else date(2023, 1, 1))
    _inloggen(page, live_server, "teamleider")
    page.goto(f"{live_server.url}/sturing/")
    page.get_by_role("heading", name="Het team: tijd en resultaat").wait_for()
    page.get_by_label("Wijk").select_option(label="Centrum")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**wijk=*")
    trechter = page.get_by_role("region", name="Van intake naar duurzaam werk")
    assert "6" in trechter.get_by_role("table").inner_text()
    screenshot(page, "sturing-dashboard-wijk")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download als CSV: Van intake naar duurzaam werk").click()
    inhoud = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Instroom (nieuwe uitkering);6" in inhoud


def test_klantmanager_records_maatwerk_and_finds_similar_case(
    live_server, page, screenshot, settings, klantmanager, maak_inwoner
):
    settings.REGIE_MATCHING_ENCODER = "hash"
    eerder = maak_inwoner(klantmanager=klantmanager, voornamen="Anouk", achternaam="Smit")
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Fatima", achternaam="Yilmaz")
    _inloggen(page, live_server, "klantmanager")
    for wie, situatie, perspectief, besluit in (
        (
            eerder,
            "Anouk Smit zorgt dagelijks voor haar zieke moeder.",
            "Ik wil werken, maar mijn moeder heeft mij nodig.",
            "Tijdelijke ontheffing van de arbeidsverplichting wegens mantelzorg",
        ),
        (
            inwoner,
            "Fatima Yilmaz is mantelzorger voor haar zieke vader.",
            "Ik kan mijn vader niet alleen laten.",
            "Ontheffing voor drie maanden, daarna samen opnieuw kijken",
        ),
    ):
        page.goto(f"{live_server.url}/caseload/inwoners/{wie.pk}/")
        page.get_by_role("link", name="Maatwerkbesluit vastleggen").click()
        page.get_by_label("Soort maatwerk").select_option(label="Ontheffing")
        page.get_by_label("Situatie").fill(situatie)
        page.get_by_label("Perspectief van de inwoner").fill(perspectief)
        page.get_by_label("De regel waarvan wordt afgeweken").fill("Arbeidsverplichting")
        page.get_by_label("Besluit", exact=True).fill(besluit)
        page.get_by_label("Redenen").fill("Mantelzorg weegt nu zwaarder dan werk.")
        page.get_by_label("Gedeeld voor intervisie").check()
        page.get_by_role("button", name="Besluit vastleggen").click()
        page.get_by_text("Het maatwerkbesluit is vastgelegd").wait_for()
    screenshot(page, "sturing-maatwerk-vastgelegd")
    assert MaatwerkBesluit.objects.count() == 2
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/")
    page.get_by_role("link", name="Hoe hebben collega's dit eerder opgelost?").click()
    page.get_by_role("heading", name="Hoe hebben collega's dit eerder opgelost?").wait_for()
    tekst = page.locator("main").inner_text()
    assert "Tijdelijke ontheffing van de arbeidsverplichting wegens mantelzorg" in tekst
    assert "Smit" not in tekst and "Anouk" not in tekst
    screenshot(page, "sturing-vergelijkbare-casussen")
