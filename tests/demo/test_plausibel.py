"""The demo reads as real: nothing measured after today, no two people with one name side by side, and the
teamleider's trends page shows figures."""

from collections import Counter

import pytest
from django.test import Client
from django.utils import timezone

from regie.apps.accounts.models import Gebruiker, Rol
from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Inwoner
from regie.apps.gesprekken.models import Gesprek
from regie.apps.gesprekken.teamtrends import teamtrends
from regie.apps.plan.models import Belemmering, Checkin, LadderMeting, ZelfredzaamheidMeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    return DemoGenerator(inwoners=150, seed=3).maak()


def test_no_measurement_or_conversation_is_dated_after_today(demo):
    vandaag = timezone.localdate()
    for model, veld in (
        (LadderMeting, "datum"),
        (ZelfredzaamheidMeting, "datum"),
        (Checkin, "datum"),
        (Gesprek, "datum"),
        (Belemmering, "vastgelegd_op"),
    ):
        assert model.objects.exists(), model.__name__
        assert not model.objects.filter(**{f"{veld}__gt": vandaag}).exists(), model.__name__


def test_names_are_distinct_where_people_are_shown_together(demo):
    namen = Counter(i.volledige_naam for i in Inwoner.objects.all())
    assert [naam for naam, aantal in namen.items() if aantal > 1] == []
    krachtcoach = Gebruiker.objects.filter(rol=Rol.KRACHTCOACH).order_by("pk").first()
    client = Client()
    client.force_login(krachtcoach)
    pagina = client.get("/participatie/voorstel/").content.decode()
    getoond = [naam for naam in namen if naam in pagina]
    assert getoond  # the proposal shows people, each under their own name
    assert all(pagina.count(f">{naam}<") <= 1 for naam in getoond)


def test_the_teamleiders_trends_page_has_figures(demo):
    teamleider = Gebruiker.objects.filter(rol=Rol.TEAMLEIDER).order_by("pk").first()
    rijen = teamtrends(teamleider)
    assert any(not r.verborgen and r.gesprekken > 0 and r.r_q is not None for r in rijen)
    client = Client()
    client.force_login(teamleider)
    pagina = client.get("/gesprekken/trends/").content.decode()
    assert "Te weinig gegevens" not in pagina or any(not r.verborgen for r in rijen)
    assert rijen[-1].kwartaal in pagina
