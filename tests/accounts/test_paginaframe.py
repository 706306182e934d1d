"""The page frame: the active menu item, the municipality's name and logo from configuration, the dossier's
sub-navigation, and no inline style or script (strict CSP)."""

import re

import pytest

from regie.apps.accounts.context_processors import actief_item

pytestmark = pytest.mark.django_db


def test_active_item_is_the_exact_page_else_the_longest_menu_address_above_it():
    menu = ["/", "/caseload/", "/caseload/inwoners/nieuw/", "/werklijst/"]
    assert actief_item(menu, "/werklijst/") == "/werklijst/"
    assert actief_item(menu, "/caseload/inwoners/12/plan/") == "/caseload/"
    assert actief_item(menu, "/caseload/inwoners/nieuw/") == "/caseload/inwoners/nieuw/"
    assert actief_item(menu, "/gesprekken/3/") is None  # "/" is the start page only, not every page
    assert actief_item(menu, "/") == "/"


def test_header_shows_configured_municipality_and_marks_the_active_item(settings, maak_inwoner, klantmanager, inloggen):
    settings.REGIE_GEMEENTE_LOGO = "https://gemeente.example/logo.svg"
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Samira", achternaam="Benali")
    pagina = inloggen(klantmanager).get(f"/caseload/inwoners/{inwoner.pk}/").content.decode()
    assert 'src="https://gemeente.example/logo.svg"' in pagina
    gemeente = klantmanager.gemeente.naam
    assert f'alt="Logo gemeente {gemeente}"' in pagina
    actief = re.findall(r'<a [^>]*aria-current="page"[^>]*>([^<]+)</a>', pagina)
    # One active item in the main menu (the caseload the dossier belongs to) and one in the dossier's sub-navigation.
    assert len(actief) == 2 and "Overzicht" in actief
    assert 'class="regie-subnav"' in pagina and "Rechtmatigheid" in pagina


def test_the_dossier_sub_navigation_marks_the_lens_that_is_open(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    pagina = inloggen(klantmanager).get(f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/").content.decode()
    subnav = pagina.split('class="regie-subnav"')[1].split("</nav>")[0]
    assert re.search(r'aria-current="page">Rechtmatigheid<', subnav)
    assert f'href="/caseload/inwoners/{inwoner.pk}/"' in subnav


def test_pages_carry_no_inline_style_or_script(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    for pad in ("/caseload/", f"/caseload/inwoners/{inwoner.pk}/", f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/"):
        pagina = client.get(pad).content.decode()
        assert " style=" not in pagina, pad
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", pagina), pad
