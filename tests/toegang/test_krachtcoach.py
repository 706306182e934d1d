"""Functiescheiding for the krachtcoach, by page content: each of these showed on the krachtcoach's pages before.

The inwoner has debts (an obstacle and a goal), a medical and a non-medical health obstacle, all 13 self-reliance
scores, an income, a household member and a contact note of the klantmanager.
"""

from datetime import date

import pytest

from regie.apps.accounts.permissions import Categorie
from regie.apps.participatie.models import Participatieprofiel, Plaatsing
from regie.apps.plan.instrumenten import DOMEIN_UITLEG, Domein
from regie.apps.plan.models import Doel

from .conftest import GEDEELD_DOEL

pytestmark = pytest.mark.django_db

VERBODEN = [c for c in Categorie if c not in {Categorie.CONTACT, Categorie.PARTICIPATIE}]


def _paginas(client, inwoner) -> str:
    urls = [
        "/caseload/",
        f"/caseload/inwoners/{inwoner.pk}/",
        f"/caseload/inwoners/{inwoner.pk}/plan/",
        f"/caseload/inwoners/{inwoner.pk}/participatie/",
        "/participatie/voorstel/",
        "/plekken/",
    ]
    inhoud = ""
    for url in urls:
        antwoord = client.get(url)
        assert antwoord.status_code == 200, url
        inhoud += antwoord.content.decode()
    return inhoud


def _geen_verboden(inhoud: str, wereld) -> None:
    for categorie, waarden in wereld.monsters().items():
        if categorie in VERBODEN:
            for waarde in waarden:
                assert waarde not in inhoud, f"{categorie}: {waarde}"


def test_krachtcoach_sees_no_bsn_debts_health_scores_or_notes(wereld, inloggen):
    client = inloggen(wereld.gebruikers["kc_toegewezen"])
    inhoud = _paginas(client, wereld.inwoner)
    assert "Sanne" in inhoud and "Matrixlaan" in inhoud  # name and contact details are theirs to know
    assert "Tuinieren in de buurttuin (matrix)" in inhoud  # the consented participation profile
    _geen_verboden(inhoud, wereld)
    for domein in Domein:  # none of the 13 self-reliance scores
        assert str(DOMEIN_UITLEG[domein]) not in inhoud, domein
    assert "BSN" not in inhoud


def test_same_pages_without_consent_show_no_scores_either(wereld, inloggen):
    Participatieprofiel.objects.update(toestemming=False)
    inhoud = _paginas(inloggen(wereld.gebruikers["kc_toegewezen"]), wereld.inwoner)
    _geen_verboden(inhoud, wereld)
    assert "Tuinieren in de buurttuin (matrix)" not in inhoud
    for domein in Domein:
        assert str(DOMEIN_UITLEG[domein]) not in inhoud


def test_a_goal_shows_once_the_inwoner_shares_it(wereld, client):
    doel = Doel.objects.get(eigen_woorden="Eigen doel, niet gedeeld (matrix)")
    client.force_login(wereld.gebruikers["kc_toegewezen"])
    plan = f"/caseload/inwoners/{wereld.inwoner.pk}/plan/"
    pagina = client.get(plan).content.decode()
    assert GEDEELD_DOEL in pagina and doel.eigen_woorden not in pagina

    client.force_login(wereld.gebruikers["inwoner"])
    antwoord = client.post(f"/portaal/doelen/{doel.pk}/delen/", {f"delen{doel.pk}-gedeeld": "on"}, follow=True)
    assert antwoord.redirect_chain[0][1] == 302
    assert "Uw krachtcoach ziet dit doel nu." in antwoord.content.decode()

    client.force_login(wereld.gebruikers["kc_toegewezen"])
    assert doel.eigen_woorden in client.get(plan).content.decode()
    assert doel.eigen_woorden in client.get(f"/caseload/inwoners/{wereld.inwoner.pk}/").content.decode()

    client.force_login(wereld.gebruikers["inwoner"])
    antwoord = client.post(f"/portaal/doelen/{doel.pk}/delen/", {f"delen{doel.pk}-gedeeld": ""}, follow=True)
    assert "Uw krachtcoach ziet dit doel niet meer." in antwoord.content.decode()
    client.force_login(wereld.gebruikers["kc_toegewezen"])
    assert doel.eigen_woorden not in client.get(plan).content.decode()


def test_a_goal_about_debts_stays_hidden_even_when_shared(wereld, inloggen):
    Doel.objects.filter(leefgebied="inkomen_schulden").update(gedeeld_met_krachtcoach=True)
    pagina = inloggen(wereld.gebruikers["kc_toegewezen"]).get(f"/caseload/inwoners/{wereld.inwoner.pk}/plan/")
    assert "Schuldenvrij worden (matrix)" not in pagina.content.decode()


def test_klantmanager_may_share_on_the_inwoners_word_krachtcoach_may_not(wereld, client):
    doel = Doel.objects.get(eigen_woorden="Eigen doel, niet gedeeld (matrix)")
    client.force_login(wereld.gebruikers["kc_toegewezen"])
    url = f"/caseload/inwoners/{wereld.inwoner.pk}/plan/doelen/{doel.pk}/delen/"
    assert client.post(url, {f"delen{doel.pk}-gedeeld": "on"}).status_code == 404  # not visible to them at all
    doel.refresh_from_db()
    assert not doel.gedeeld_met_krachtcoach
    client.force_login(wereld.gebruikers["km_team"])
    assert client.post(url, {f"delen{doel.pk}-gedeeld": "on"}).status_code == 302
    doel.refresh_from_db()
    assert doel.gedeeld_met_krachtcoach


def test_krachtcoach_searching_by_bsn_finds_no_one(wereld, inloggen):
    client = inloggen(wereld.gebruikers["kc_toegewezen"])
    assert "Sanne" in client.get("/caseload/?zoek=Matrix").content.decode()
    assert "Sanne" not in client.get(f"/caseload/?zoek={wereld.inwoner.bsn}").content.decode()
    km = inloggen(wereld.gebruikers["km_team"])
    assert "Sanne" in km.get(f"/caseload/?zoek={wereld.inwoner.bsn}").content.decode()


def test_places_show_a_health_ending_reason_only_as_personal_circumstances(wereld, inloggen):
    Plaatsing.objects.update(status="beeindigd", reden_einde="gezondheid", afgerond_op=date(2025, 3, 1))
    for situatie in ("kc_toegewezen", "km_team", "beheerder"):
        pagina = inloggen(wereld.gebruikers[situatie]).get("/plekken/").content.decode()
        assert "persoonlijke omstandigheden" in pagina, situatie
        assert "gezondheid" not in pagina.lower(), situatie


def test_inwoner_keeps_one_step_of_a_shared_goal_to_themself(wereld, client):
    from regie.apps.plan.models import Stap

    stap = Stap.objects.get(wat="Bellen met de moestuin")
    plan = f"/caseload/inwoners/{wereld.inwoner.pk}/plan/"
    client.force_login(wereld.gebruikers["kc_toegewezen"])
    assert stap.wat in client.get(plan).content.decode()
    client.force_login(wereld.gebruikers["inwoner"])
    assert client.post(f"/portaal/stappen/{stap.pk}/delen/", {"gedeeld": ""}).status_code == 302
    client.force_login(wereld.gebruikers["kc_toegewezen"])
    pagina = client.get(plan).content.decode()
    assert GEDEELD_DOEL in pagina and stap.wat not in pagina
    assert (
        client.post(
            f"/caseload/inwoners/{wereld.inwoner.pk}/plan/stappen/{stap.pk}/delen/", {"gedeeld": "on"}
        ).status_code
        == 404
    )
