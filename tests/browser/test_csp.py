"""In a real browser the Content-Security-Policy blocks nothing Regie itself needs: no violation on any main page."""

import pytest

from tests.conftest import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_main_pages_and_htmx_run_without_csp_violations(live_server, page, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Samira", achternaam="Benali")
    schendingen = []
    page.on(
        "console",
        lambda bericht: schendingen.append(bericht.text) if "Content Security Policy" in bericht.text else None,
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )

    page.goto(f"{live_server.url}/")
    page.get_by_label("Gebruikersnaam").fill("klantmanager")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("heading", name="Mijn caseload").wait_for()
    for pad in ("", "plan/", "rechtmatigheid/", "participatie/", "gesprekken/nieuw/", "gesprek-voorbereiden/"):
        page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/{pad}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/")
    # An htmx request (the contact moment form) still works under the policy.
    page.get_by_text("Contactmoment toevoegen").click()
    page.get_by_label("Soort contact").select_option("huisbezoek")
    page.get_by_label("Duur in minuten").fill("30")
    page.get_by_label("Samenvatting").fill("Kennismaking.")
    page.get_by_role("button", name="Contactmoment opslaan").click()
    page.get_by_text("Het contactmoment is vastgelegd.").wait_for()
    assert schendingen == []
