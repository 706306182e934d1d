"""The Django choices and the engine's enumerations hold the same values: a stored fact is always a value the
engine accepts, and every value the engine knows can be entered."""

import pytest

from regie import rules
from regie.apps.dossier.models import SoortMedebewoner
from regie.apps.inkomen.models import SoortInkomen, SoortVermogen, Van


@pytest.mark.parametrize(
    ("django", "engine"),
    [
        (SoortInkomen, rules.InkomenSoort),
        (SoortVermogen, rules.VermogenSoort),
        (Van, rules.InkomenVan),
        (SoortMedebewoner, rules.MedebewonerSoort),
    ],
)
def test_django_keuzes_gelijk_aan_de_engine(django, engine):
    assert list(django.values) == [lid.value for lid in engine]


def test_leefvormen_en_groepen_van_de_engine_komen_in_resultaten_voor():
    casus = rules.case_from_dict(
        {
            "peildatum": "2026-03-01",
            "aanvrager": {"geboortedatum": "1990-06-15"},
            "kinderen": [{"geboortedatum": "2020-01-01"}],
        }
    )
    resultaat = rules.bereken(casus)
    assert resultaat.normcategorie == f"{rules.Leefvorm.ALLEENSTAANDE_OUDER}_{rules.Leeftijdsgroep.VOLWASSEN}"
