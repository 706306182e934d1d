"""axe-core over every page each role can reach, with the demo municipality's data.

Per role the test logs in and walks the site from the start page: every same-site link on a page (menu, dossier
sub-navigation, lists, cards) is followed, one page per URL pattern (ids replaced), so a list of 100 dossiers costs one
visit. On each page every collapsed ``<details>`` is opened first, so the forms behind an expander are checked too.
The test fails on any serious or critical WCAG 2.1 A/AA finding and lists them all, per page. Screenshots of each
role's start page are saved at desktop and at phone width.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from regie.apps.demo.generator import DEMO_WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.axe, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TELEFOON = {"width": 390, "height": 844}
BUREAU = {"width": 1280, "height": 900}
ROLLEN = ["klantmanager", "krachtcoach", "teamleider", "beheerder", "inwoner"]
MAX_PAGINAS = 60
# Links that end the session, download a file or start a job are not pages to check.
OVERSLAAN = re.compile(r"^/(account/uitloggen|static/|media/|i18n/)|\.(pdf|csv|json|zip)$|/(download|export)/")


def _patroon(pad: str) -> str:
    return re.sub(r"\d+", "#", pad)


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(DEMO_WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def _bevindingen(page) -> list[str]:
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    uitslag = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in uitslag["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _links(page, basis: str) -> list[str]:
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]'), (a) => a.href)")
    uit = []
    for href in hrefs:
        deel = urlsplit(href)
        if f"{deel.scheme}://{deel.netloc}" != basis or OVERSLAAN.search(deel.path):
            continue
        uit.append(deel.path)
    return uit


@pytest.fixture
def demo(db):
    call_command("demo", inwoners=24, seed=3, verbosity=0)


@pytest.mark.parametrize("rol", ROLLEN)
def test_every_reachable_page_has_no_serious_accessibility_findings(live_server, browser, screenshot, demo, rol):
    assert AXE.exists(), "axe-core ontbreekt: npm install"
    context = browser.new_context(locale="nl-NL", viewport=BUREAU, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    basis = live_server.url
    _inloggen(page, basis, rol)
    start = urlsplit(page.url).path
    assert not start.startswith("/account/inloggen"), f"{rol} kon niet inloggen"
    screenshot(page, f"rol-{rol}-bureau")
    page.set_viewport_size(TELEFOON)
    screenshot(page, f"rol-{rol}-telefoon")
    page.set_viewport_size(BUREAU)

    te_doen, gezien, fouten, bezocht = [start], {_patroon(start)}, {}, []
    while te_doen and len(bezocht) < MAX_PAGINAS:
        pad = te_doen.pop(0)
        # The placement proposal computes matches for the whole caseload: on a busy machine that takes a while.
        antwoord = page.goto(f"{basis}{pad}", timeout=120_000)
        if antwoord is None or antwoord.status >= 400 or urlsplit(page.url).netloc != urlsplit(basis).netloc:
            continue
        bezocht.append(pad)
        if bevindingen := _bevindingen(page):
            fouten[pad] = bevindingen
        for link in _links(page, basis):
            if _patroon(link) not in gezien:
                gezien.add(_patroon(link))
                te_doen.append(link)
    context.close()

    print(f"{rol}: {len(bezocht)} pagina's met axe gecontroleerd: {' '.join(bezocht)}")
    assert len(bezocht) >= 2, f"{rol}: te weinig pagina's bereikt: {bezocht}"
    assert fouten == {}, "\n".join(f"{rol} {pad}:\n  " + "\n  ".join(r) for pad, r in fouten.items())
