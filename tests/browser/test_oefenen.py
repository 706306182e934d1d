"""End to end: a klantmanager practises a whole conversation with a simulated inwoner, sees the coding hint while
typing, finishes and reads the summary with the moments where trust changed and the replay."""

import pytest

from regie.apps.oefenen.models import Oefensessie
from tests.conftest import WACHTWOORD
from tests.oefenen.scripts import GOED, PREKEN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_full_practice_conversation_with_summary(live_server, page, screenshot, klantmanager):
    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("klantmanager")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("link", name="Oefengesprekken").first.click()
    screenshot(page, "oefengesprek-personas")
    page.get_by_role("button", name="Oefen met Ria de Vries").click()
    page.wait_for_load_state()
    screenshot(page, "oefengesprek-start")
    page.get_by_role("heading", name="Oefengesprek met Ria de Vries").wait_for()
    page.get_by_label("Toon meteen hoe mijn beurt gecodeerd is").check()
    script = [GOED[0], GOED[1], PREKEN[0], GOED[2], GOED[3], GOED[6]]
    for nummer, tekst in enumerate(script, start=1):
        page.get_by_label("Wat zegt u?").fill(tekst)
        page.get_by_role("button", name="Zeg het").click()
        # htmx swaps the conversation in place: one more professional turn and one more answer.
        page.locator(".regie-oefenbeurt--professional").nth(nummer - 1).wait_for()
        assert page.get_by_label("Wat zegt u?").input_value() == ""
    assert page.locator(".regie-oefenhint").count() == len(script)
    assert page.locator(".regie-oefenbeurt--inwoner").count() == len(script) + 1
    screenshot(page, "oefengesprek-tijdens")
    page.get_by_role("button", name="Gesprek afronden en terugkijken").click()
    page.get_by_role("heading", name="Samenvatting: oefengesprek met Ria de Vries").wait_for()
    sessie = Oefensessie.objects.get(eigenaar=klantmanager)
    assert sessie.afgerond is not None and len(sessie.beurten) == len(script)
    assert "Reflecties : vragen" in page.locator("#miti").inner_text()
    assert "het vertrouwen daalde" in page.locator("#momenten").inner_text()
    assert page.locator("#terugkijken tbody tr").count() == len(script)
    assert PREKEN[0] in page.locator("#terugkijken").inner_text()
    screenshot(page, "oefengesprek-samenvatting")
