"""End to end: a klantmanager logs in, opens a dossier and adds a contact moment (htmx), with screenshots."""

import pytest

from regie.apps.dossier.models import Contactmoment
from tests.conftest import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_klantmanager_adds_contact_moment(live_server, page, screenshot, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Samira", achternaam="Benali")

    page.goto(f"{live_server.url}/")
    page.get_by_label("Gebruikersnaam").fill("klantmanager")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()

    page.get_by_role("heading", name="Mijn caseload").wait_for()
    screenshot(page, "caseload")
    page.get_by_role("link", name="Benali, Samira").click()
    page.get_by_role("heading", name="Samira Benali").wait_for()

    page.get_by_text("Contactmoment toevoegen").click()
    # A first try without a summary: the Dutch message appears next to the field and nothing is saved.
    page.get_by_label("Duur in minuten").fill("45")
    page.get_by_role("button", name="Contactmoment opslaan").click()
    page.locator("#samenvatting-fout").wait_for()
    assert "verplicht" in page.locator("#samenvatting-fout").inner_text()
    assert not Contactmoment.objects.exists()

    page.get_by_label("Soort contact").select_option("huisbezoek")
    page.get_by_label("Samenvatting").fill("Samira vertelde over haar plan om bij de fietsenwerkplaats te beginnen.")
    page.get_by_role("button", name="Contactmoment opslaan").click()
    page.get_by_text("Het contactmoment is vastgelegd.").wait_for()
    assert page.locator("#tijdlijn").get_by_text("fietsenwerkplaats").is_visible()
    screenshot(page, "dossier-contactmoment")

    contact = Contactmoment.objects.get()
    assert (contact.inwoner, contact.medewerker, contact.duur_minuten) == (inwoner, klantmanager, 45)
