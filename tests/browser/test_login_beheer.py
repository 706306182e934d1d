"""End to end: beheerder logs in and asks for a role change; beheerder2 logs in and approves it."""

import pytest

from regie.apps.accounts.models import Rol
from tests.conftest import WACHTWOORD, _gebruiker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_login_as_beheerders_role_change_with_four_eyes(
    live_server, page, screenshot, gemeente, team, beheerder, krachtcoach
):
    _gebruiker("beheerder2", Rol.FUNCTIONEEL_BEHEERDER, gemeente)
    _inloggen(page, live_server.url, "beheerder")
    page.get_by_role("heading", name="Beheer").wait_for()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Medewerkers").click()
    page.get_by_role("link", name="Krachtcoach").click()
    page.get_by_role("link", name="Rol, team of e-mailadres wijzigen").click()
    page.get_by_label("Rol").select_option("klantmanager")
    page.get_by_label("Team").select_option(label="Team Noord")
    page.get_by_label("E-mailadres").fill("kc@example.org")
    page.get_by_role("button", name="Wijziging aanvragen").click()
    page.get_by_text("De wijziging is aangevraagd.").wait_for()
    screenshot(page, "beheer-medewerker")
    page.get_by_role("button", name="Uitloggen").click()

    _inloggen(page, live_server.url, "beheerder2")
    page.get_by_text("Er wacht 1 rolwijziging op uw goedkeuring.").wait_for()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Rolwijzigingen").click()
    screenshot(page, "beheer-rolwijzigingen")
    page.get_by_role("button", name="Goedkeuren").click()
    page.get_by_text("Goedgekeurd: Krachtcoach heeft nu de nieuwe rechten.").wait_for()
    krachtcoach.refresh_from_db()
    assert krachtcoach.rol == Rol.KLANTMANAGER and krachtcoach.team == team
