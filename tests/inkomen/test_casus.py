"""Stored facts become the engine's case as they were on the peildatum."""

from datetime import date
from decimal import Decimal

import pytest

from regie.apps.dossier.models import Huisgenoot, Relatie, SoortMedebewoner
from regie.apps.inkomen.casus import casussen
from regie.apps.inkomen.models import Inkomstenbron, Uitkeringsgegevens, Vermogensbestanddeel

pytestmark = pytest.mark.django_db


def test_case_reads_household_income_and_assets_on_the_date(maak_inwoner):
    inwoner = maak_inwoner(geboortedatum=date(1980, 5, 1))
    huishouden = inwoner.huishoudens.get()
    Huisgenoot.objects.create(
        huishouden=huishouden,
        relatie=Relatie.MEDEBEWONER,
        voornaam="Oom",
        geboortedatum=date(1960, 1, 1),
        soort=SoortMedebewoner.FAMILIE,
    )
    Huisgenoot.objects.create(
        huishouden=huishouden, relatie=Relatie.KIND, voornaam="Kind", geboortedatum=date(2015, 1, 1)
    )
    Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort="arbeid",
        netto_per_maand=Decimal("600.00"),
        vrijlating_sinds=date(2026, 1, 1),
        geldig_vanaf=date(2026, 1, 1),
    )
    Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort="alimentatie",
        netto_per_maand=Decimal("100.00"),
        geldig_vanaf=date(2024, 1, 1),
        geldig_tot=date(2025, 12, 31),
    )
    Vermogensbestanddeel.objects.create(
        inwoner=inwoner, soort="bank", bedrag=Decimal("1234.56"), geldig_vanaf=date(2024, 1, 1)
    )
    Uitkeringsgegevens.objects.create(inwoner=inwoner, giften_per_jaar=Decimal("300.00"))

    casus = casussen([inwoner.pk], date(2026, 2, 1))[inwoner.pk]
    assert casus["aanvrager"] == {"geboortedatum": "1980-05-01"}
    assert "partner" not in casus
    assert casus["medebewoners"] == [{"geboortedatum": "1960-01-01", "soort": "familie"}]
    assert casus["kinderen"] == [{"geboortedatum": "2015-01-01"}]
    assert casus["inkomsten"] == [
        {"soort": "arbeid", "netto_per_maand": "600.00", "van": "aanvrager", "vrijlating_sinds": "2026-01-01"}
    ]
    assert casus["vermogen"] == [{"soort": "bank", "bedrag": "1234.56"}]
    assert casus["giften_per_jaar"] == "300.00"

    eerder = casussen([inwoner.pk], date(2025, 6, 1))[inwoner.pk]
    assert [i["soort"] for i in eerder["inkomsten"]] == ["alimentatie"]


def test_partner_comes_from_the_household_valid_then(maak_inwoner, klantmanager):
    from regie.apps.dossier.services import NieuweHuisgenoot, wijzig_huishouden

    inwoner = maak_inwoner(klantmanager=klantmanager)
    wijzig_huishouden(
        door=klantmanager,
        inwoner=inwoner,
        samenstelling="gehuwd",
        ingangsdatum=date(2025, 7, 1),
        huisgenoten=[NieuweHuisgenoot(Relatie.PARTNER, "Kees", date(1982, 1, 1))],
    )
    assert "partner" not in casussen([inwoner.pk], date(2025, 6, 30))[inwoner.pk]
    assert casussen([inwoner.pk], date(2025, 7, 1))[inwoner.pk]["partner"] == {"geboortedatum": "1982-01-01"}


def test_child_born_after_the_peildatum_is_not_in_the_case(maak_inwoner):
    inwoner = maak_inwoner()
    Huisgenoot.objects.create(
        huishouden=inwoner.huishoudens.get(), relatie=Relatie.KIND, voornaam="Baby", geboortedatum=date(2026, 5, 1)
    )
    assert casussen([inwoner.pk], date(2026, 4, 30))[inwoner.pk]["kinderen"] == []
    assert casussen([inwoner.pk], date(2026, 5, 1))[inwoner.pk]["kinderen"] == [{"geboortedatum": "2026-05-01"}]
