"""End to end over the roles: the teamleider decides from the queue, the klantmanager sees the decision as a signal,
the inwoner reads the letter in the portal and reports a change with a document, which the klantmanager sees.

Every new page is checked with axe-core: no serious or critical accessibility violations.
"""

from pathlib import Path

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Beschikking, Horen, Maatregel, StatusMaatregel, Wijziging
from tests.conftest import WACHTWOORD, _gebruiker

pytestmark = [pytest.mark.browser, pytest.mark.axe, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _inloggen(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def _toegankelijkheid(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    uitslag = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in uitslag["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_decision_from_queue_letter_in_portal_and_reported_change(
    live_server, page, screenshot, klantmanager, teamleider, gemeente, maak_inwoner
):
    assert AXE.exists(), "axe-core ontbreekt: npm install"
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, voornamen="Noor", achternaam="Visser")
    horen = Horen.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        datum=timezone.localdate(),
        eigen_verhaal="Mijn dochter was ziek; ik kon niet weg.",
        vastgelegd_door=klantmanager,
    )
    Maatregel.objects.create(
        inwoner=inwoner,
        horen=horen,
        verplichting="arbeidsverplichting",
        gedraging="Niet verschenen op een sollicitatiegesprek.",
        percentage=20,
        duur_maanden=1,
        motivering="Afspraak niet nagekomen.",
        voorgesteld_door=klantmanager,
    )

    # The teamleider finds the proposal in the queue, with its count in the menu, and decides.
    _inloggen(page, live_server.url, "teamleider")
    page.get_by_role("link", name="Te besluiten (1)").click()
    page.get_by_role("heading", name="Te besluiten").wait_for()
    assert _toegankelijkheid(page) == []
    screenshot(page, "werkstroom-teamleider-te-besluiten")
    page.get_by_role("link", name="Noor Visser").click()
    page.get_by_label("Afzien van een maatregel").click()  # a real click: nothing may lie over the radio
    page.get_by_label("Reden van het besluit").fill("Gezien de ziekte van haar dochter afgezien; nieuwe afspraak.")
    assert _toegankelijkheid(page) == []
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.get_by_text("Brief aan de inwoner (PDF)").wait_for()
    screenshot(page, "werkstroom-teamleider-besloten")
    assert Maatregel.objects.get().status == StatusMaatregel.AFGEZIEN
    assert "Te besluiten (" not in page.content()

    # The klantmanager sees the decision as a signal.
    _inloggen(page, live_server.url, "klantmanager")
    page.goto(f"{live_server.url}/caseload/")
    page.get_by_text("Besluit over de maatregel").wait_for()
    screenshot(page, "werkstroom-klantmanager-signaal-besluit")

    # The inwoner reads the letter in the portal and reports a change with a loonstrook.
    _inloggen(page, live_server.url, "inwoner")
    page.goto(f"{live_server.url}/mijn-uitkering/")
    brief = Beschikking.objects.get()
    page.get_by_role("link", name=brief.onderwerp).wait_for()
    assert _toegankelijkheid(page) == []
    screenshot(page, "werkstroom-inwoner-brieven")
    pdf = page.request.get(f"{live_server.url}/mijn-uitkering/brieven/{brief.pk}/")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")

    page.get_by_role("link", name="Wijziging doorgeven").click()
    page.get_by_role("heading", name="Wijziging doorgeven").wait_for()
    assert _toegankelijkheid(page) == []
    page.get_by_label("Inkomen (bijvoorbeeld een loonstrook of een nieuwe baan)").click()
    page.get_by_label("Vanaf wanneer").fill("2026-03-01")
    page.get_by_label("Wat is er veranderd").fill("Ik werk sinds maart 8 uur per week in de bibliotheek.")
    page.get_by_label("Document").set_input_files(
        files=[{"name": "loonstrook.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    screenshot(page, "werkstroom-inwoner-wijziging")
    page.get_by_role("button", name="Wijziging versturen").click()
    page.get_by_text("Uw klantmanager heeft de wijziging ontvangen").wait_for()
    assert bytes(Wijziging.objects.get().document) == PDF

    # The klantmanager sees the change as a signal, and the document on the calculation page.
    _inloggen(page, live_server.url, "klantmanager")
    page.goto(f"{live_server.url}/caseload/")
    page.get_by_text("Wijziging doorgegeven").wait_for()
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/rechtmatigheid/")
    page.get_by_role("link", name="Document: loonstrook.pdf").wait_for()
    assert _toegankelijkheid(page) == []
    screenshot(page, "werkstroom-klantmanager-wijziging")

    # The inbox on the werklijst: the decision and the change are unread, counted in the menu, and can be marked read.
    page.get_by_role("link", name="Werklijst (2)").click()
    page.get_by_role("heading", name="Signalen").wait_for()
    assert page.get_by_text("Wijziging doorgegeven").count() == 1
    assert _toegankelijkheid(page) == []
    screenshot(page, "werkstroom-klantmanager-inbox")
    page.get_by_label("Soort").select_option("wijziging")
    page.get_by_role("button", name="Filteren").click()
    page.wait_for_load_state()
    assert "soort=wijziging" in page.url and page.get_by_text("Besluit over de maatregel").count() == 0
    page.get_by_role("button", name="Alles hierboven gelezen").click()
    page.get_by_role("link", name="Werklijst (1)").wait_for()
