"""End to end: a klantmanager uploads a Dutch transcript, confirms who is who, reads the scores and the coloured
transcript and corrects one code; the teamleider cannot open that conversation."""

import pytest

from regie.apps.gesprekken.models import Beurt, Gesprek
from tests.conftest import WACHTWOORD
from tests.gesprekken.transcripten import GESPREK

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_klantmanager_gets_feedback_and_teamleider_gets_404(
    live_server, page, screenshot, klantmanager, teamleider, maak_inwoner
):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Nadia", achternaam="Visser")
    _inloggen(page, live_server.url, "klantmanager")
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/")
    page.get_by_role("link", name="Gesprek toevoegen").click()
    page.get_by_label("Datum van het gesprek").fill("2026-02-02")
    page.get_by_label("Of upload een bestand").set_input_files(
        {"name": "gesprek.txt", "mimeType": "text/plain", "buffer": GESPREK.encode()}
    )
    page.get_by_role("button", name="Verder").click()

    page.get_by_role("heading", name="Wie is wie?").wait_for()
    assert page.get_by_role("group", name="Spreker “KM”").get_by_label("Professional").is_checked()
    assert page.get_by_role("group", name="Spreker “Inwoner”").get_by_label("Inwoner").is_checked()
    screenshot(page, "gesprek-sprekers")
    page.get_by_role("button", name="Bevestigen en coderen").click()

    page.get_by_text("Het gesprek is gecodeerd.").wait_for()
    scores = page.get_by_role("region", name="Scores (MITI 4.2.1)")
    assert "Reflecties per vraag (R:Q)" in scores.inner_text()
    assert page.locator("svg title#verloop-titel").count() == 1
    beurt3 = page.locator("#beurt-3")
    assert "Q · vraag" in beurt3.inner_text()
    # Colour and label: the turn carries the code's class and its text.
    assert "regie-code--q" in beurt3.get_attribute("class")
    kleur = beurt3.evaluate("el => getComputedStyle(el).borderInlineStartColor")
    assert kleur == "rgb(26, 93, 166)"
    assert page.get_by_role("region", name="Drie suggesties").locator("li").count() == 3
    screenshot(page, "gesprek-feedback")

    gesprek = Gesprek.objects.get()
    eerste = Beurt.objects.get(gesprek=gesprek, volgorde=1)
    nieuw = "AF" if eerste.code != "AF" else "OTHER"
    beurt1 = page.locator("#beurt-1")
    beurt1.get_by_label("Code van beurt 1").select_option(nieuw)
    beurt1.get_by_role("button", name="Code aanpassen van beurt 1").click()
    page.locator("#beurt-1").get_by_text("door u gecorrigeerd").wait_for()
    eerste.refresh_from_db()
    assert eerste.correctie == nieuw
    screenshot(page, "gesprek-gecorrigeerd")

    page.get_by_role("button", name="Uitloggen").click()
    _inloggen(page, live_server.url, "teamleider")
    antwoord = page.goto(f"{live_server.url}/gesprekken/{gesprek.pk}/")
    assert antwoord.status == 404
    assert "Nadia" not in page.content()
    page.goto(f"{live_server.url}/gesprekken/trends/")
    assert "Leertrends van het team" in page.content()
    screenshot(page, "gesprek-teamleider-trends")
