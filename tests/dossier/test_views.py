"""Pages through the real URL and permission stack: caseload, dossier, contact moments and registering an inwoner."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from regie.apps.dossier.models import Contactmoment, Huishouden, Inwoner, Toewijzing

pytestmark = pytest.mark.django_db

GELDIG_INWONER = {
    "bsn": "123456782",
    "voornamen": "Fatima",
    "tussenvoegsel": "",
    "achternaam": "El Amrani",
    "geboortedatum": "1990-05-17",
    "straat": "Parkweg",
    "huisnummer": "12",
    "huisnummer_toevoeging": "",
    "postcode": "7412ab",
    "woonplaats": "Rivierstad",
    "telefoon": "",
    "email": "",
    "voorkeurstaal": "nl",
}


def test_login_page_is_dutch_and_caseload_needs_login(client):
    response = client.get("/caseload/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    pagina = client.get("/account/inloggen/").content.decode()
    assert 'lang="nl"' in pagina and "Inloggen bij Regie" in pagina


def test_wrong_password_gives_dutch_message(client, klantmanager):
    response = client.post("/account/inloggen/", {"username": "klantmanager", "password": "fout"})
    assert "Deze combinatie van gebruikersnaam en wachtwoord kennen we niet" in response.content.decode()


def test_english_is_available(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/account/inloggen/"})
    pagina = client.get("/account/inloggen/").content.decode()
    assert 'lang="en"' in pagina and "Log in to Regie" in pagina


def test_caseload_lists_own_inwoners_and_team_view(maak_inwoner, klantmanager, inloggen):
    eigen = maak_inwoner(klantmanager=klantmanager, achternaam="Eigenaar")
    maak_inwoner(achternaam="Teamgenoot")
    client = inloggen(klantmanager)
    pagina = client.get("/caseload/").content.decode()
    assert "Eigenaar" in pagina and "Teamgenoot" not in pagina
    assert f"/caseload/inwoners/{eigen.pk}/" in pagina
    team = client.get("/caseload/?weergave=team").content.decode()
    assert "Eigenaar" in team and "Teamgenoot" in team


def test_caseload_search_by_name_bsn_and_postcode(maak_inwoner, klantmanager, inloggen):
    a = maak_inwoner(klantmanager=klantmanager, achternaam="Visser")
    maak_inwoner(klantmanager=klantmanager, achternaam="Bakker")
    client = inloggen(klantmanager)
    assert list(client.get("/caseload/?zoek=viss").context["pagina"].object_list) == [a]
    assert list(client.get(f"/caseload/?zoek={a.bsn}").context["pagina"].object_list) == [a]
    assert client.get("/caseload/?zoek=7401ab").context["pagina"].paginator.count == 2
    leeg = client.get("/caseload/?zoek=Onbekend").content.decode()
    assert "Geen inwoners gevonden voor" in leeg


def test_caseload_sorting_and_pagination(maak_inwoner, klantmanager, inloggen):
    for n in range(30):
        maak_inwoner(klantmanager=klantmanager, achternaam=f"Naam{n:02d}")
    client = inloggen(klantmanager)
    eerste = client.get("/caseload/?sorteer=naam").context["pagina"]
    assert eerste.paginator.num_pages == 2 and eerste.object_list[0].achternaam == "Naam00"
    omgekeerd = client.get("/caseload/?sorteer=-naam").context["pagina"]
    assert omgekeerd.object_list[0].achternaam == "Naam29"
    tweede = client.get("/caseload/?sorteer=naam&pagina=2").context["pagina"]
    assert [i.achternaam for i in tweede.object_list] == [f"Naam{n}" for n in range(25, 30)]
    # An unknown sort key falls back to the default instead of failing.
    assert client.get("/caseload/?sorteer=bsn;drop").status_code == 200


def test_caseload_htmx_returns_only_the_table(maak_inwoner, klantmanager, inloggen):
    maak_inwoner(klantmanager=klantmanager, achternaam="Visser")
    response = inloggen(klantmanager).get(
        "/caseload/?zoek=Vis", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="caseload-resultaten"
    )
    inhoud = response.content.decode()
    assert "Visser" in inhoud and "<html" not in inhoud


def test_add_contact_moment_updates_timeline_and_last_contact(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    gegevens = {"datum": "2025-03-04", "soort": "gesprek", "duur_minuten": "45", "samenvatting": "Over de fiets."}
    response = inloggen(klantmanager).post(f"/caseload/inwoners/{inwoner.pk}/contactmomenten/", gegevens)
    assert response.status_code == 302
    contact = Contactmoment.objects.get()
    assert (contact.medewerker, contact.duur_minuten, contact.datum) == (klantmanager, 45, date(2025, 3, 4))
    inwoner.refresh_from_db()
    assert inwoner.laatste_contact == date(2025, 3, 4)
    # The change is kept in the history with who made it.
    assert contact.history.get().history_user == klantmanager


def test_add_contact_moment_with_htmx_swaps_timeline(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    gegevens = {"datum": "2025-03-04", "soort": "telefonisch", "duur_minuten": "15", "samenvatting": "Belafspraak"}
    response = inloggen(klantmanager).post(
        f"/caseload/inwoners/{inwoner.pk}/contactmomenten/", gegevens, HTTP_HX_REQUEST="true"
    )
    inhoud = response.content.decode()
    assert response.status_code == 200 and 'id="tijdlijn"' in inhoud and "Belafspraak" in inhoud
    assert "Het contactmoment is vastgelegd." in inhoud


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"samenvatting": ""}, "samenvatting", "Dit veld is verplicht."),
        ({"datum": (timezone.localdate() + timedelta(days=2)).isoformat()}, "datum", "Deze datum ligt in de toekomst"),
        ({"duur_minuten": "0"}, "duur_minuten", "minstens 1"),
    ],
)
def test_bad_contact_moment_is_refused_with_dutch_message_and_nothing_saved(
    maak_inwoner, klantmanager, inloggen, wijziging, veld, melding
):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    gegevens = {"datum": "2025-03-04", "soort": "gesprek", "duur_minuten": "30", "samenvatting": "Tekst", **wijziging}
    response = inloggen(klantmanager).post(f"/caseload/inwoners/{inwoner.pk}/contactmomenten/", gegevens)
    assert response.status_code == 400
    assert melding in str(response.context["formulier"].errors[veld])
    assert f'id="{veld}-fout"' in response.content.decode()
    assert not Contactmoment.objects.exists()


def test_register_inwoner_creates_person_household_and_caseload_link(klantmanager, wijk, inloggen):
    response = inloggen(klantmanager).post("/caseload/inwoners/nieuw/", {**GELDIG_INWONER, "wijk": wijk.pk})
    inwoner = Inwoner.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/caseload/inwoners/{inwoner.pk}/"
    assert inwoner.postcode == "7412 AB" and inwoner.team == klantmanager.team
    assert Huishouden.objects.get().inwoner == inwoner
    assert Toewijzing.objects.get().medewerker == klantmanager


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"bsn": "123456789"}, "bsn", "elfproef"),
        ({"bsn": "12345"}, "bsn", "9 cijfers"),
        ({"geboortedatum": (timezone.localdate() + timedelta(days=1)).isoformat()}, "geboortedatum", "toekomst"),
        ({"achternaam": ""}, "achternaam", "Dit veld is verplicht."),
        ({"postcode": "ABCD 12"}, "postcode", "4 cijfers en 2 letters"),
    ],
)
def test_bad_inwoner_input_shows_message_next_to_field_and_saves_nothing(
    klantmanager, wijk, inloggen, wijziging, veld, melding
):
    response = inloggen(klantmanager).post(
        "/caseload/inwoners/nieuw/", {**GELDIG_INWONER, "wijk": wijk.pk, **wijziging}
    )
    assert response.status_code == 400
    inhoud = response.content.decode()
    assert melding in str(response.context["formulier"].errors[veld])
    assert f'id="{veld}-fout"' in inhoud and 'aria-invalid="true"' in inhoud
    assert "Het formulier is niet opgeslagen" in inhoud
    assert not Inwoner.objects.exists() and not Huishouden.objects.exists() and not Toewijzing.objects.exists()


def test_duplicate_bsn_is_refused(maak_inwoner, klantmanager, wijk, inloggen):
    bestaand = maak_inwoner()
    response = inloggen(klantmanager).post(
        "/caseload/inwoners/nieuw/", {**GELDIG_INWONER, "bsn": bestaand.bsn, "wijk": wijk.pk}
    )
    assert "Er is al een inwoner met dit BSN" in str(response.context["formulier"].errors["bsn"])
    assert Inwoner.objects.count() == 1


def test_only_klantmanager_registers_inwoners(krachtcoach, inloggen):
    assert inloggen(krachtcoach).get("/caseload/inwoners/nieuw/").status_code == 403


def test_home_sends_each_role_to_its_start(klantmanager, beheerder, gemeente, maak_inwoner, client):
    from tests.conftest import _gebruiker

    client.force_login(klantmanager)
    assert client.get("/")["Location"] == "/caseload/"
    client.force_login(beheerder)
    assert client.get("/")["Location"] == "/beheer/"
    account = _gebruiker("inwoner", "inwoner", gemeente)
    zelf = maak_inwoner(account=account)
    client.force_login(account)
    assert zelf.account == account
    assert client.get("/")["Location"] == "/portaal/"
