"""Consent: the inwoner gives and withdraws it in the portal; a klantmanager may record consent given in person,
by phone or in writing; a krachtcoach never records it."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

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
    # The inwoner is spoken to as "u"; the krachtcoach reads about "de inwoner".
    assert "Plekken die passen bij wat u vertelde" in eigen and "wat de inwoner vertelde" not in eigen
    assert "Plekken die passen bij wat de inwoner vertelde" in coach

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


def test_krachtcoach_cannot_record_consent(inwoner_met_account, krachtcoach, inloggen):
    """Recording consent would unlock the profile for the krachtcoach themself: refused, in the view and the service."""
    from django.core.exceptions import PermissionDenied

    from regie.apps.participatie import services

    inwoner, _account = inwoner_met_account
    client = inloggen(krachtcoach)
    url = f"/caseload/inwoners/{inwoner.pk}/participatie/toestemming/"
    gegevens = {"hoe": "persoonlijk", "datum": "2025-03-01", "bevestiging": "on"}
    assert client.post(url, gegevens).status_code == 403
    assert not Participatieprofiel.objects.exists()
    with pytest.raises(PermissionDenied):
        services.geef_toestemming(door=krachtcoach, inwoner=inwoner, via="persoonlijk", datum=date(2025, 3, 1))
    assert not Participatieprofiel.objects.exists()
    pagina = client.get(f"/caseload/inwoners/{inwoner.pk}/participatie/").content.decode()
    assert "Toestemming ontbreekt" in pagina and "Toestemming vastleggen" not in pagina


def test_klantmanager_records_consent_given_in_person_with_date_and_how(inwoner_met_account, klantmanager, inloggen):
    inwoner, _account = inwoner_met_account
    client = inloggen(klantmanager)
    url = f"/caseload/inwoners/{inwoner.pk}/participatie/toestemming/"
    assert "Toestemming vastleggen" in client.get(f"/caseload/inwoners/{inwoner.pk}/participatie/").content.decode()
    response = client.post(url, {"bevestiging": "on"})
    assert response.status_code == 400
    pagina = response.content.decode()
    assert "Kies hoe de inwoner toestemming gaf." in pagina and "Vul de datum in" in pagina
    volgende_week = (timezone.localdate() + timedelta(days=7)).isoformat()
    response = client.post(url, {"hoe": "telefonisch", "datum": volgende_week, "bevestiging": "on"})
    assert response.status_code == 400 and "niet in de toekomst" in response.content.decode()
    assert not Participatieprofiel.objects.exists()
    assert client.post(url, {"hoe": "telefonisch", "datum": "2025-03-01", "bevestiging": "on"}).status_code == 302
    profiel = Participatieprofiel.objects.get()
    assert profiel.toestemming and profiel.toestemming_via == Toestemming.TELEFONISCH
    assert profiel.toestemming_gegeven_op == date(2025, 3, 1) and profiel.bijgewerkt_door == klantmanager


def test_only_the_inwoner_withdraws_and_other_team_cannot_consent(
    inwoner_met_account, collega_ander_team, klantmanager, krachtcoach
):
    from django.core.exceptions import PermissionDenied

    from regie.apps.participatie import services

    inwoner, _account = inwoner_met_account
    with pytest.raises(PermissionDenied):
        services.geef_toestemming(door=collega_ander_team, inwoner=inwoner, via="persoonlijk", datum=date(2025, 1, 1))
    for user in (krachtcoach, klantmanager):
        with pytest.raises(PermissionDenied):
            services.trek_toestemming_in(door=user, inwoner=inwoner)
    assert not Participatieprofiel.objects.exists()


def test_mijn_profiel_is_only_for_inwoners(krachtcoach, inloggen):
    assert inloggen(krachtcoach).get("/mijn-participatie/").status_code == 404
