from datetime import date

import pytest

from regie.apps.dossier.models import Huishouden, Relatie, Samenstelling

pytestmark = pytest.mark.django_db


def _post(aantal_leden: int, leden: list[dict], initial: int = 0, **gegevens) -> dict:
    data = {
        "lid-TOTAL_FORMS": str(aantal_leden),
        "lid-INITIAL_FORMS": str(initial),
        "lid-MIN_NUM_FORMS": "0",
        "lid-MAX_NUM_FORMS": "12",
        **gegevens,
    }
    for n, lid in enumerate(leden):
        data.update({f"lid-{n}-{k}": v for k, v in lid.items()})
    return data


def test_klantmanager_records_a_partner_from_a_date(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    assert "Huishouden wijzigen" in client.get(f"/caseload/inwoners/{inwoner.pk}/").content.decode()
    data = _post(
        2,
        [{"relatie": "partner", "voornaam": "Kees", "geboortedatum": "1984-02-03"}],
        samenstelling="gehuwd",
        ingangsdatum="2025-06-01",
    )
    response = client.post(f"/caseload/inwoners/{inwoner.pk}/huishouden/", data)
    assert response.status_code == 302
    nieuw = Huishouden.objects.get(inwoner=inwoner, geldig_tot__isnull=True)
    assert nieuw.samenstelling == Samenstelling.GEHUWD and nieuw.geldig_vanaf == date(2025, 6, 1)
    assert nieuw.huisgenoten.get().relatie == Relatie.PARTNER
    assert (
        Huishouden.objects.get(inwoner=inwoner, geldig_tot=date(2025, 5, 31)).samenstelling
        == Samenstelling.ALLEENSTAAND
    )
    # The form starts from the current composition.
    formulier = client.get(f"/caseload/inwoners/{inwoner.pk}/huishouden/").content.decode()
    assert 'value="Kees"' in formulier


def test_medebewoner_without_kind_is_refused_and_nothing_changes(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    data = _post(
        1,
        [{"relatie": "medebewoner", "voornaam": "Ans", "geboortedatum": "1950-01-01"}],
        samenstelling="alleenstaand",
        ingangsdatum="2025-06-01",
    )
    response = inloggen(klantmanager).post(f"/caseload/inwoners/{inwoner.pk}/huishouden/", data)
    assert response.status_code == 400
    assert "Kies bij een medebewoner de soort." in response.content.decode()
    assert Huishouden.objects.get(inwoner=inwoner).geldig_tot is None


def test_start_date_before_current_household_is_refused(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    data = _post(1, [], samenstelling="alleenstaand", ingangsdatum="2023-01-01")
    response = inloggen(klantmanager).post(f"/caseload/inwoners/{inwoner.pk}/huishouden/", data)
    assert response.status_code == 400
    assert "De ingangsdatum moet na 01-01-2024 liggen" in response.content.decode()
    assert Huishouden.objects.filter(inwoner=inwoner).count() == 1


def test_krachtcoach_cannot_open_household_form(maak_inwoner, krachtcoach, inloggen):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    assert inloggen(krachtcoach).get(f"/caseload/inwoners/{inwoner.pk}/huishouden/").status_code == 403
