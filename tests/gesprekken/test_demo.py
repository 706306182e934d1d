import pytest

from regie.apps.demo.generator import DemoGenerator
from regie.apps.gesprekken.models import Gesprek

pytestmark = pytest.mark.django_db


def test_demo_klantmanager_has_coded_conversations_of_own_caseload():
    DemoGenerator(inwoners=40, seed=2).maak()
    gesprekken = list(Gesprek.objects.filter(eigenaar__username="klantmanager").select_related("eigenaar", "inwoner"))
    assert len(gesprekken) >= 2
    for gesprek in Gesprek.objects.select_related("eigenaar", "inwoner"):
        assert gesprek.eigenaar.team == gesprek.inwoner.team
        assert gesprek.inwoner.toewijzingen.filter(medewerker=gesprek.eigenaar).exists()
        codes = set(gesprek.beurten.values_list("code", flat=True))
        assert "" not in codes and len(codes) >= 3


def test_demo_teamleider_sees_trends_for_the_last_closed_quarter():
    from regie.apps.accounts.models import Gebruiker
    from regie.apps.gesprekken.teamtrends import teamtrends

    DemoGenerator(inwoners=40, seed=2).maak()
    rijen = teamtrends(Gebruiker.objects.get(username="teamleider"))
    zichtbaar = [r for r in rijen if not r.verborgen]
    assert zichtbaar and zichtbaar[-1].professionals >= 3 and zichtbaar[-1].gesprekken >= 6
