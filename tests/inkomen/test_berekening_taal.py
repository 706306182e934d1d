"""A stored calculation's explanation in the active language: Dutch by default, English when the inwoner or the
medewerker chose English. The steps carry a code and parameters; the texts are written from them."""

from datetime import date

import pytest
from django.conf import settings

from regie.apps.inkomen.models import Berekening
from regie.apps.inkomen.services import bereken
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db

# Art. 21 sub b: the norm for a single person from 21 to state pension age, 1 January 2026 table; no income, so the
# benefit is the norm (art. 19), of which 8% is holiday allowance (art. 19 lid 3).
NORM_NL, NORM_EN = "€ 1.401,50", "€1,401.50"


def _staf_url(inwoner):
    return f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/"


def _in_taal(client, taal):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = taal
    return client


def _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, geboortedatum=date(1990, 6, 15))
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    return inwoner, account


def test_stored_steps_keep_code_and_parameters(maak_inwoner, klantmanager, gemeente):
    _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    stappen = {s["code"]: s for s in Berekening.objects.get().resultaat["toelichting"]}
    assert stappen["norm"]["bedragen"]["norm"] == "1401.50"  # amounts as decimal strings
    assert stappen["norm"]["parameters"]["categorie"] == "alleenstaande_21_tot_aow"
    assert stappen["leefsituatie"]["parameters"]["peildatum"] == "2026-03-01"  # dates ISO
    assert stappen["uitkering"]["parameters"]["redenen"] == []


def test_inwoner_reads_own_calculation_in_english(maak_inwoner, klantmanager, gemeente, client):
    _, account = _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    client.force_login(account)
    pagina = _in_taal(client, "en").get("/mijn-uitkering/").content.decode()
    assert "You live without a partner. You are 35." in pagina
    assert f"That norm is {NORM_EN} per month." in pagina
    assert f"Your assistance is your norm minus the income that counts: {NORM_EN} − €0.00 = {NORM_EN}" in pagina
    assert "Your norm" in pagina and "Uw norm" not in pagina
    assert "U woont zonder partner" not in pagina and "Die norm is" not in pagina


def test_inwoner_reads_own_calculation_in_dutch(maak_inwoner, klantmanager, gemeente, client):
    _, account = _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    client.force_login(account)
    pagina = _in_taal(client, "nl").get("/mijn-uitkering/").content.decode()
    assert "U woont zonder partner. U bent 35 jaar." in pagina
    assert f"Die norm is {NORM_NL} per maand." in pagina
    assert "You live without a partner" not in pagina and NORM_EN not in pagina


def test_staff_page_shows_the_steps_and_technical_sentences_in_english(maak_inwoner, klantmanager, gemeente, inloggen):
    inwoner, _ = _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    pagina = _in_taal(inloggen(klantmanager), "en").get(_staf_url(inwoner)).content.decode()
    assert f"That norm is {NORM_EN} per month." in pagina
    assert "Art. 19(1): 1401.50 − 0.00 = 1401.50 per month." in pagina  # the technical sentence for staff
    assert "Art. 19 lid 1:" not in pagina and "Die norm is" not in pagina


def test_staff_page_in_dutch_keeps_the_stored_texts(maak_inwoner, klantmanager, gemeente, inloggen):
    inwoner, _ = _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    pagina = _in_taal(inloggen(klantmanager), "nl").get(_staf_url(inwoner)).content.decode()
    assert f"Die norm is {NORM_NL} per maand." in pagina and "Art. 19 lid 1: 1401.50" in pagina
    assert "That norm is" not in pagina


def test_a_row_stored_without_parameters_still_shows_its_dutch_text(maak_inwoner, klantmanager, gemeente, client):
    _, account = _inwoner_met_berekening(maak_inwoner, klantmanager, gemeente)
    berekening = Berekening.objects.get()
    for stap in berekening.resultaat["toelichting"]:
        del stap["parameters"]  # as stored before steps carried their parameters
    Berekening.objects.filter(pk=berekening.pk).update(resultaat=berekening.resultaat)
    client.force_login(account)
    pagina = _in_taal(client, "en").get("/mijn-uitkering/").content.decode()
    assert f"Die norm is {NORM_NL} per maand." in pagina


def test_reason_for_no_right_in_english(maak_inwoner, klantmanager, gemeente, client):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, geboortedatum=date(2010, 6, 15))
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    client.force_login(account)
    pagina = _in_taal(client, "en").get("/mijn-uitkering/").content.decode()
    assert "You are under 18." in pagina and "U bent jonger dan 18 jaar" not in pagina
