import pytest

from regie.apps.demo.generator import DemoGenerator
from regie.apps.gesprekken.models import Gesprek

pytestmark = pytest.mark.django_db


def test_demo_klantmanager_has_coded_conversations_of_own_caseload():
    DemoGenerator(inwoners=40, seed=2).maak()
    gesprekken = list(Gesprek.objects.select_related("eigenaar", "inwoner"))
    assert len(gesprekken) == 2
    for gesprek in gesprekken:
        assert gesprek.eigenaar.username == "klantmanager"
        assert gesprek.inwoner.toewijzingen.filter(medewerker=gesprek.eigenaar).exists()
        codes = set(gesprek.beurten.values_list("code", flat=True))
        assert "" not in codes and len(codes) >= 3
