from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from regie.apps.dossier.models import Huishouden, Relatie, Samenstelling, SoortMedebewoner
from regie.apps.dossier.services import NieuweHuisgenoot, wijzig_huishouden

pytestmark = pytest.mark.django_db


def test_household_change_closes_the_old_and_keeps_history(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    nieuw = wijzig_huishouden(
        door=klantmanager,
        inwoner=inwoner,
        samenstelling=Samenstelling.ALLEENSTAAND,
        ingangsdatum=date(2025, 2, 1),
        huisgenoten=[NieuweHuisgenoot(Relatie.MEDEBEWONER, "Kees", date(1960, 1, 1), soort=SoortMedebewoner.FAMILIE)],
    )
    oud = Huishouden.objects.exclude(pk=nieuw.pk).get()
    assert oud.geldig_tot == date(2025, 1, 31)
    assert nieuw.geldig_tot is None and nieuw.huisgenoten.get().voornaam == "Kees"
    assert list(Huishouden.objects.filter(inwoner=inwoner).geldig_op(date(2025, 1, 15))) == [oud]
    assert list(Huishouden.objects.filter(inwoner=inwoner).geldig_op(date(2025, 2, 1))) == [nieuw]


def test_invalid_household_member_rolls_back_everything(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    with pytest.raises(ValidationError) as fout:
        wijzig_huishouden(
            door=klantmanager,
            inwoner=inwoner,
            samenstelling=Samenstelling.ALLEENSTAAND,
            ingangsdatum=date(2025, 2, 1),
            huisgenoten=[NieuweHuisgenoot(Relatie.MEDEBEWONER, "Zonder soort", date(1960, 1, 1))],
        )
    assert "Kies bij een medebewoner de soort" in str(fout.value)
    lopend = Huishouden.objects.get(inwoner=inwoner)
    assert lopend.geldig_tot is None  # the old household was not closed: nothing half-saved


def test_partner_rules_are_checked(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    with pytest.raises(ValidationError, match="Voeg de partner toe"):
        wijzig_huishouden(
            door=klantmanager,
            inwoner=inwoner,
            samenstelling=Samenstelling.GEHUWD,
            ingangsdatum=date(2025, 2, 1),
            huisgenoten=[],
        )
    with pytest.raises(ValidationError, match="na 01-01-2024"):
        wijzig_huishouden(
            door=klantmanager,
            inwoner=inwoner,
            samenstelling=Samenstelling.ALLEENSTAAND,
            ingangsdatum=date(2023, 12, 1),
            huisgenoten=[],
        )


def test_krachtcoach_cannot_change_household(maak_inwoner, krachtcoach):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    with pytest.raises(PermissionDenied):
        wijzig_huishouden(
            door=krachtcoach,
            inwoner=inwoner,
            samenstelling=Samenstelling.ALLEENSTAAND,
            ingangsdatum=date(2025, 2, 1),
            huisgenoten=[],
        )
