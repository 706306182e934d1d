"""The inwoner's rights in the portal: who looked at my data (role, organisation, part, why) and a download of all
their data, as JSON and as a readable document — their own only, and the download is logged too."""

import json
from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from regie.apps.audit.models import Inzage
from regie.apps.audit.services import pseudoniem
from regie.apps.dossier.models import Huisgenoot, Relatie
from regie.apps.inkomen.models import Inkomstenbron, SoortInkomen
from regie.apps.plan import services as plan_services
from regie.apps.portaal import services as portaal_services

pytestmark = pytest.mark.django_db

PAGINA = "/portaal/wie-heeft-mijn-gegevens-bekeken/"
JSON = "/portaal/mijn-gegevens.json"
DOCUMENT = "/portaal/mijn-gegevens/document/"


@pytest.fixture
def km(klantmanager):
    klantmanager.first_name, klantmanager.last_name = "Petra", "Dijkhuis"
    klantmanager.save()
    return klantmanager


@pytest.fixture
def eigen(maak_inwoner, km, maak_account):
    inwoner = maak_inwoner(klantmanager=km, account=maak_account(), voornamen="Fatima", achternaam="Bakker")
    huishouden = inwoner.huishoudens.get()
    Huisgenoot.objects.create(
        huishouden=huishouden, relatie=Relatie.KIND, voornaam="Yara", geboortedatum=date(2016, 5, 1)
    )
    Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort=SoortInkomen.ARBEID,
        omschrijving="Bijbaan bakkerij",
        netto_per_maand=Decimal("312.50"),
        geldig_vanaf=date(2025, 1, 1),
    )
    doel = plan_services.voeg_doel_toe(
        door=km, inwoner=inwoner, eigen_woorden="Zwemdiploma voor mijn dochter", belang=9, vertrouwen=6
    )
    plan_services.voeg_stap_toe(door=km, doel=doel, wat="Zwembad bellen over lesuren")
    portaal_services.stuur_bericht(door=km, inwoner=inwoner, tekst="Tot dinsdag op het wijkkantoor")
    return inwoner


@pytest.fixture
def ander(maak_inwoner, km, krachtcoach, gemeente):
    from tests.conftest import _gebruiker

    account = _gebruiker("ander-inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(
        klantmanager=km, krachtcoach=krachtcoach, account=account, voornamen="Kees", achternaam="Verhoeven"
    )
    plan_services.voeg_doel_toe(door=km, inwoner=inwoner, eigen_woorden="Geheim doel van Kees", belang=5, vertrouwen=5)
    return inwoner


def _als(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_inwoner_sees_that_their_klantmanager_opened_the_dossier(eigen, ander, km, krachtcoach):
    assert _als(km).get(f"/caseload/inwoners/{eigen.pk}/").status_code == 200
    # Other people's dossiers, looked at by the same klantmanager and by a krachtcoach of a partner organisation.
    assert _als(km).get(f"/caseload/inwoners/{ander.pk}/rechtmatigheid/").status_code == 200
    assert _als(krachtcoach).get(f"/caseload/inwoners/{ander.pk}/participatie/").status_code == 200

    antwoord = _als(eigen.account).get(PAGINA)
    assert antwoord.status_code == 200
    pagina = antwoord.content.decode()
    assert "Wie heeft mijn gegevens bekeken" in pagina
    assert "Klantmanager, Team Noord" in pagina
    assert (
        "bekeken: uw naam, geboortedatum en BSN, uw adres en contactgegevens, uw huishouden, "
        "aantekeningen van contactmomenten"
    ) in pagina
    assert "Begeleiding naar werk en meedoen" in pagina  # why: the processing activity's name
    # Role and organisation, never the staff member's name.
    assert "Dijkhuis" not in pagina and "Petra" not in pagina
    # Another inwoner's access does not show.
    assert "Buurtkracht" not in pagina and "Krachtcoach" not in pagina
    assert "uw inkomen, vermogen" not in pagina
    assert "Recht op bijstand vaststellen" not in pagina


def test_the_page_is_linked_from_the_portal_start_page(eigen):
    start = _als(eigen.account).get("/portaal/").content.decode()
    assert f'href="{PAGINA}"' in start and f'href="{JSON}"' in start and f'href="{DOCUMENT}"' in start


def test_a_refused_attempt_shows_as_such(eigen, collega_ander_team):
    assert _als(collega_ander_team).get(f"/caseload/inwoners/{eigen.pk}/").status_code == 404
    pagina = _als(eigen.account).get(PAGINA).content.decode()
    assert "Klantmanager, Team Zuid" in pagina and "probeerde te openen, maar kreeg geen toegang" in pagina
    assert "wilde bekeken" not in pagina


def test_json_download_holds_all_their_data_and_nothing_of_another(eigen, ander, km):
    _als(km).get(f"/caseload/inwoners/{eigen.pk}/")
    antwoord = _als(eigen.account).get(JSON)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("application/json")
    assert "attachment" in antwoord["Content-Disposition"]
    gegevens = json.loads(antwoord.content)
    assert gegevens["persoon"]["bsn"] == eigen.bsn and gegevens["persoon"]["voornamen"] == "Fatima"
    assert [h["samenstelling"] for h in gegevens["huishoudens"]] == ["alleenstaand"]
    assert gegevens["huishoudens"][0]["huisgenoten"][0]["voornaam"] == "Yara"
    assert gegevens["inkomstenbronnen"][0]["netto_per_maand"] == "312.50"
    doel = gegevens["plan"][0]["doelen"][0]
    assert doel["eigen_woorden"] == "Zwemdiploma voor mijn dochter"
    assert doel["stappen"][0]["wat"] == "Zwembad bellen over lesuren"
    assert gegevens["berichten"][0]["tekst"] == "Tot dinsdag op het wijkkantoor"
    assert gegevens["berichten"][0]["afzender"] == "Klantmanager, Team Noord"
    for sleutel in ("berekeningen", "verplichtingen", "ontheffingen", "maatregelen", "afspraken", "plaatsingen"):
        assert sleutel in gegevens
    assert "participatieprofiel" in gegevens and "gesprekken" in gegevens and "zelfredzaamheid" in gegevens
    bekeken = gegevens["wie_heeft_mijn_gegevens_bekeken"]
    assert any(r["rol"] == "Klantmanager" and r["actie"] == "bekeken" for r in bekeken)
    tekst = antwoord.content.decode()
    assert ander.bsn not in tekst and "Verhoeven" not in tekst and "Geheim doel van Kees" not in tekst
    assert "Dijkhuis" not in tekst


def test_readable_document_holds_their_data_in_plain_dutch(eigen, ander):
    antwoord = _als(eigen.account).get(DOCUMENT)
    assert antwoord.status_code == 200
    pagina = antwoord.content.decode()
    assert "Al uw gegevens in Regie, Fatima" in pagina
    assert eigen.bsn in pagina and "Yara" in pagina and "Bijbaan bakkerij" in pagina
    assert "Loon uit werk" in pagina  # a choice in words, not its code
    assert "Zwemdiploma voor mijn dochter" in pagina and "Zwembad bellen over lesuren" in pagina
    assert ander.bsn not in pagina and "Verhoeven" not in pagina and "Geheim doel van Kees" not in pagina
    als_bestand = _als(eigen.account).get(DOCUMENT, {"bestand": "ja"})
    assert "attachment" in als_bestand["Content-Disposition"]


def test_the_download_is_logged_and_shows_on_their_page(eigen):
    client = _als(eigen.account)
    client.get(JSON)
    rij = Inzage.objects.get(actie="exporteren")
    assert (rij.actor, rij.activiteit, rij.pseudoniem) == (eigen.account, "rechten", pseudoniem(eigen.pk))
    pagina = client.get(PAGINA).content.decode()
    assert "U zelf" in pagina and "gedownload" in pagina and "Uw rechten als inwoner" in pagina


@pytest.mark.parametrize("url", [PAGINA, JSON, DOCUMENT])
def test_staff_and_anonymous_do_not_get_the_inwoners_rights_pages(url, eigen, km, krachtcoach, client):
    assert client.get(url).status_code == 302  # to the login
    for medewerker in (km, krachtcoach):
        antwoord = _als(medewerker).get(url)
        assert antwoord.status_code == 403
        assert eigen.bsn not in antwoord.content.decode()
