import random
from datetime import date

import pytest

from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Inwoner
from regie.apps.plan.demo import maak_demo
from regie.apps.plan.models import (
    Belemmering,
    Checkin,
    Doel,
    LadderMeting,
    Plan,
    Stap,
    ZelfredzaamheidMeting,
    ZelfredzaamheidScore,
)
from regie.apps.portaal.demo import maak_demo as portaal_demo
from regie.apps.portaal.models import Afspraak, Bericht

pytestmark = pytest.mark.django_db


def test_demo_plans_goals_steps_checkins_and_histories():
    vandaag = date(2026, 3, 1)
    resultaat = DemoGenerator(inwoners=60, seed=3, vandaag=vandaag, bijdragen=[]).maak()
    rng = random.Random(3)
    maak_demo(resultaat.gemeente, rng, vandaag)
    portaal_demo(resultaat.gemeente, rng, vandaag)
    assert Plan.objects.count() == 60
    teksten = set(Doel.objects.values_list("eigen_woorden", flat=True))
    assert len(teksten) >= 10
    leefgebieden = set(Doel.objects.values_list("leefgebied", flat=True))
    assert {"werk", "anders"} <= leefgebieden or {"werk", "sociale_contacten"} <= leefgebieden
    assert leefgebieden - {"werk", ""}  # personal goals that are not about work
    assert Stap.objects.filter(status="gedaan").exists() and Stap.objects.filter(status="open").exists()
    # Ruler scores over time: several check-ins per goal, dates increasing, every score within 0..10.
    doel = Doel.objects.filter(plan__inwoner__aangemaakt_op__isnull=False).order_by("pk").first()
    datums = list(doel.checkins.values_list("datum", flat=True))
    assert len(datums) >= 2 and datums == sorted(datums)
    assert Checkin.objects.filter(belang__gt=10).count() == 0 and Checkin.objects.count() > 120
    laatste = doel.checkins.order_by("-datum").first()
    assert (doel.belang, doel.vertrouwen) == (laatste.belang, laatste.vertrouwen)
    assert LadderMeting.objects.values("inwoner").distinct().count() == 60
    assert LadderMeting.objects.filter(moment="heronderzoek").exists()
    assert ZelfredzaamheidScore.objects.count() == ZelfredzaamheidMeting.objects.count() * 13
    assert Belemmering.objects.filter(ontheffingen__isnull=False).exists()
    assert Afspraak.objects.exists()
    demo_inwoner = Inwoner.objects.get(account__username="inwoner")
    assert Doel.objects.filter(plan__inwoner=demo_inwoner).exists()
    assert Bericht.objects.filter(inwoner=demo_inwoner, afzender__username="inwoner").exists()
    # Every row passes the model's own validation (the pages would show it as entered).
    for model in (Doel, Stap, Checkin, LadderMeting, Belemmering, Afspraak):
        for obj in model.objects.all()[:40]:
            obj.full_clean()
