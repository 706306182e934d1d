"""End to end on a phone: the inwoner adds a goal in their own words and marks a step done; the klantmanager sees both.

The portal pages are checked with axe-core in the browser: no serious or critical accessibility violations.
"""

from pathlib import Path

import pytest
from django.utils import timezone

from regie.apps.plan import services as plan_services
from regie.apps.plan.models import Doel, Stap
from regie.apps.portaal import services as portaal_services
from tests.conftest import WACHTWOORD, _gebruiker

pytestmark = [pytest.mark.browser, pytest.mark.axe, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TELEFOON = {"width": 390, "height": 844}


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def _toegankelijkheid(page) -> list[str]:
    """Serious and critical axe-core findings for WCAG 2.1 A/AA, as readable lines."""
    page.add_script_tag(path=str(AXE))
    uitslag = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in uitslag["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_inwoner_on_phone_adds_goal_and_marks_step_klantmanager_sees_it(
    live_server, page, screenshot, klantmanager, gemeente, maak_inwoner
):
    assert AXE.exists(), "axe-core ontbreekt: npm install"
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, voornamen="Samira", achternaam="Bakker")
    doel = plan_services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Mijn administratie zelf bijhouden", belang=8, vertrouwen=5
    )
    plan_services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Elke vrijdag de post openen")
    portaal_services.plan_afspraak(
        door=klantmanager,
        inwoner=inwoner,
        wanneer=timezone.now() + timezone.timedelta(days=3),
        plaats="Stadskantoor",
        met_wie="Uw klantmanager",
        onderwerp="Samen naar uw plan kijken",
    )
    portaal_services.stuur_bericht(door=klantmanager, inwoner=inwoner, tekst="Welkom in uw portaal!")

    page.set_viewport_size(TELEFOON)
    _inloggen(page, live_server.url, "inwoner")
    page.get_by_role("heading", name="Welkom, Samira").wait_for()
    assert page.url.endswith("/portaal/")
    assert _toegankelijkheid(page) == []
    screenshot(page, "portaal-start-telefoon")

    nieuw = page.get_by_role("region", name="Nieuw doel")
    nieuw.get_by_label("Mijn doel").fill("Ik wil weer durven fietsen, zodat ik zelf naar mijn moeder kan")
    nieuw.get_by_label("Waar gaat het over?").select_option("anders")
    nieuw.get_by_label("Hoe belangrijk is dit voor u?").fill("7")
    nieuw.get_by_label("Hoe zeker bent u dat het lukt?").fill("4")
    nieuw.get_by_role("button", name="Doel opslaan").click()
    page.get_by_text("Uw doel staat in uw plan.").wait_for()

    page.get_by_label("Notitie").first.fill("Twee rekeningen betaald")
    page.get_by_role("button", name="Gedaan: Elke vrijdag de post openen").click()
    page.get_by_text("Goed gedaan! De stap staat op gedaan.").wait_for()
    nieuw_doel = Doel.objects.get(eigen_woorden__startswith="Ik wil weer durven fietsen")
    assert (nieuw_doel.belang, nieuw_doel.vertrouwen, nieuw_doel.geschreven_door_id) == (7, 4, account.pk)
    assert Stap.objects.get().status == "gedaan"
    assert _toegankelijkheid(page) == []
    screenshot(page, "portaal-doel-en-stap-telefoon")

    # On a phone the main menu is folded behind one "Menu" button.
    assert not page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    page.get_by_text("Menu", exact=True).click()
    page.get_by_role("link", name="Mijn gegevens", exact=True).click()
    page.get_by_role("heading", name="Mijn gegevens").wait_for()
    assert "Samira Bakker" in page.locator("main").inner_text()
    assert _toegankelijkheid(page) == []

    page.get_by_role("button", name="Uitloggen").click()
    page.set_viewport_size({"width": 1280, "height": 900})
    _inloggen(page, live_server.url, "klantmanager")
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/")
    # Both lenses on the dossier page itself: the new goal in the inwoner's words, beside eligibility.
    dossier = page.locator("main").inner_text()
    assert "Ik wil weer durven fietsen" in dossier and "Rechtmatigheid" in dossier
    screenshot(page, "dossier-beide-lenzen")
    page.get_by_role("link", name="Plan, doelen en voortgang").click()
    doelkaart = page.get_by_role("article", name="“Ik wil weer durven fietsen, zodat ik zelf naar mijn moeder kan”")
    assert "Belang: 7 van 10 · Vertrouwen: 4 van 10" in doelkaart.inner_text()
    assert "opgeschreven door Inwoner" in doelkaart.inner_text()
    stap = page.locator("li", has_text="Elke vrijdag de post openen")
    assert "Gedaan" in stap.inner_text() and "Twee rekeningen betaald" in stap.inner_text()
    assert _toegankelijkheid(page) == []
    screenshot(page, "plan-klantmanager")
