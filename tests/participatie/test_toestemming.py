"""Consent: the inwoner gives and withdraws it in the portal; the krachtcoach may record consent given in person."""

import pytest

from regie.apps.participatie.models import Participatieprofiel, Toestemming
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db


@pytest.fixture
def inwoner_met_account(maak_inwoner, gemeente, krachtcoach, klantmanager):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    return maak_inwoner(account=account, krachtcoach=krachtcoach, klantmanager=klantmanager, voornamen="Noor"), account


def test_inwoner_gives_and_withdraws_consent_and_sees_what_the_coach_sees(
    inwoner_met_account, krachtcoach, inloggen, maak_profiel, client, postcode, maak_plek
):
    inwoner, account = inwoner_met_account
    maak_profiel(inwoner, toestemming=False, talenten="goed met kinderen")
    maak_plek()
    client.force_login(account)
    pagina = client.get("/mijn-participatie/").content.decode()
    assert "Uw krachtcoach ziet nu alleen dat de toestemming ontbreekt" in pagina
    assert "goed met kinderen" in pagina  # their own data, not shared

    client.post("/mijn-participatie/", {"toestemming": "ja"})
    profiel = Participatieprofiel.objects.get()
    assert profiel.toestemming and profiel.toestemming_via == Toestemming.PORTAAL
    eigen = client.get("/mijn-participatie/").content.decode()
    assert "Dit ziet uw krachtcoach" in eigen
    client.force_login(krachtcoach)
    coach = client.get(f"/caseload/inwoners/{inwoner.pk}/participatie/").content.decode()
    for gedeeld in ("goed met kinderen", "Fietsenwerkplaats", "Suggesties"):
        assert gedeeld in eigen and gedeeld in coach

    client.force_login(account)
    client.post("/mijn-participatie/", {"toestemming": "nee"})
    assert not Participatieprofiel.objects.get().toestemming
    client.force_login(krachtcoach)
    assert "goed met kinderen" not in client.get(f"/caseload/inwoners/{inwoner.pk}/participatie/").content.decode()


def test_inwoner_without_profile_can_consent_first(inwoner_met_account, client):
    inwoner, account = inwoner_met_account
    client.force_login(account)
    assert "Er is nog geen participatieprofiel" in client.get("/mijn-participatie/").content.decode()
    client.post("/mijn-participatie/", {"toestemming": "ja"})
    assert Participatieprofiel.objects.get(inwoner=inwoner).toestemming


def test_krachtcoach_records_spoken_consent_only_when_confirmed(inwoner_met_account, krachtcoach, inloggen):
    inwoner, _account = inwoner_met_account
    client = inloggen(krachtcoach)
    url = f"/caseload/inwoners/{inwoner.pk}/participatie/toestemming/"
    response = client.post(url, {})
    assert response.status_code == 400
    assert "Vink aan dat de inwoner toestemming gaf." in response.content.decode()
    assert not Participatieprofiel.objects.exists()
    assert client.post(url, {"bevestiging": "on"}).status_code == 302
    profiel = Participatieprofiel.objects.get()
    assert (
        profiel.toestemming
        and profiel.toestemming_via == Toestemming.MONDELING
        and profiel.bijgewerkt_door == krachtcoach
    )


def test_only_the_inwoner_withdraws_and_klantmanager_cannot_consent(inwoner_met_account, klantmanager, krachtcoach):
    from django.core.exceptions import PermissionDenied

    from regie.apps.participatie import services

    inwoner, _account = inwoner_met_account
    with pytest.raises(PermissionDenied):
        services.geef_toestemming(door=klantmanager, inwoner=inwoner)
    with pytest.raises(PermissionDenied):
        services.trek_toestemming_in(door=krachtcoach, inwoner=inwoner)
    assert not Participatieprofiel.objects.exists()


def test_mijn_profiel_is_only_for_inwoners(krachtcoach, inloggen):
    assert inloggen(krachtcoach).get("/mijn-participatie/").status_code == 404
