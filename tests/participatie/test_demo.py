"""The demo fills participation data for the generated municipality, within capacity, with working suggestions."""

import random
from datetime import date

import pytest
from django.db.models import Count, F, Q

from regie.apps.demo.generator import DemoGenerator
from regie.apps.participatie import selectors
from regie.apps.participatie.demo import maak_demo
from regie.apps.participatie.models import BEZETTEND, Participatieprofiel, Plaatsing, Plek, Postcode

pytestmark = pytest.mark.django_db


def test_demo_data(django_assert_max_num_queries):
    resultaat = DemoGenerator(inwoners=60, seed=3, vandaag=date(2026, 3, 1), bijdragen=[]).maak()
    with django_assert_max_num_queries(20):
        maak_demo(resultaat.gemeente, random.Random(3), date(2026, 3, 1))
    assert Plek.objects.filter(gemeente=resultaat.gemeente).count() == 30
    profielen = Participatieprofiel.objects.select_related("inwoner")
    assert profielen.exists() and all(p.hobbys or p.talenten or p.passies for p in profielen)
    assert (
        not Plek.objects.annotate(bezet=Count("plaatsingen", filter=Q(plaatsingen__status__in=BEZETTEND)))
        .filter(bezet__gt=F("capaciteit"))
        .exists()
    )
    assert Postcode.objects.count() >= 6
    for plaatsing in Plaatsing.objects.all():
        plaatsing.full_clean()  # every generated row obeys the model's own rules
    profiel = profielen.filter(toestemming=True).first()
    from regie.apps.accounts.models import Gebruiker

    coach = Gebruiker.objects.get(toewijzingen__inwoner=profiel.inwoner, toewijzingen__rol="krachtcoach")
    pagina = selectors.profielpagina(coach, profiel.inwoner)
    assert pagina.locatie_bekend and pagina.suggesties
    assert all(s.beoordeling.redenen for s in pagina.suggesties)


def test_demo_generator_includes_participation():
    DemoGenerator(inwoners=40, seed=2).maak()
    assert Plek.objects.exists() and Participatieprofiel.objects.exists()
