"""Writes that depend on a read, fired many times at the same moment on PostgreSQL: each rule still holds.

Twelve threads at once on one dossier: one open review, however many clicks; the goal ends with the scores of its
latest check-in; one person registered twice at the same moment gives one dossier and a message, not a 500.
(SQLite serialises every transaction, see test_gelijktijdig_schrijven.py.)
"""

import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from regie.apps.dossier import services as dossier_services
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen import services as inkomen_services
from regie.apps.inkomen.models import Heronderzoek
from regie.apps.plan import services as plan_services
from regie.apps.plan.models import Doel

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="alleen zinvol op PostgreSQL"),
]
AANTAL = 12


def _tegelijk(functie) -> tuple[list, list, list]:
    start = threading.Barrier(AANTAL)
    gelukt, geweigerd, anders = [], [], []

    def draad(n):
        try:
            start.wait()
            gelukt.append(functie(n))
        except ValidationError as fout:
            geweigerd.append(fout.messages[0])
        except Exception as fout:  # anything else is a failure of the guard
            anders.append(repr(fout))
        finally:
            connection.close()

    draden = [threading.Thread(target=draad, args=(n,)) for n in range(AANTAL)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    return gelukt, geweigerd, anders


def test_twelve_clicks_plan_one_review(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    gelukt, geweigerd, anders = _tegelijk(
        lambda n: inkomen_services.plan_heronderzoek(door=klantmanager, inwoner=inwoner, gepland_op=date(2027, 1, 4))
    )
    assert anders == []
    assert len(gelukt) == 1 and len(geweigerd) == AANTAL - 1
    assert set(geweigerd) == {"Er staat al een heronderzoek gepland. Rond dat eerst af."}
    assert Heronderzoek.objects.filter(inwoner=inwoner, afgerond_op__isnull=True).count() == 1


def test_concurrent_check_ins_leave_the_goal_at_the_latest(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    doel = plan_services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Elke week sporten", belang=5, vertrouwen=5
    )
    gelukt, geweigerd, anders = _tegelijk(
        lambda n: plan_services.leg_checkin_vast(door=klantmanager, doel=doel, belang=n % 11, vertrouwen=10 - n % 11)
    )
    assert anders == [] and geweigerd == [] and len(gelukt) == AANTAL
    doel = Doel.objects.get(pk=doel.pk)
    laatste = doel.checkins.order_by("-datum", "-pk").first()
    assert doel.checkins.count() == AANTAL + 1  # and the first one, made with the goal
    assert (doel.belang, doel.vertrouwen) == (laatste.belang, laatste.vertrouwen)


def test_the_same_person_registered_by_twelve_requests_at_once(klantmanager, wijk):
    gegevens = {
        "bsn": "999990160",
        "voornamen": "Dubbel",
        "achternaam": "Aangemeld",
        "geboortedatum": date(1990, 5, 1),
        "straat": "Teststraat",
        "huisnummer": 1,
        "postcode": "7401 AB",
        "woonplaats": "Testdorp",
        "wijk": wijk,
    }
    gelukt, geweigerd, anders = _tegelijk(
        lambda n: dossier_services.registreer_inwoner(door=klantmanager, gegevens=dict(gegevens))
    )
    assert anders == []
    assert len(gelukt) == 1 and len(geweigerd) == AANTAL - 1
    # Refused by validation (the first one was already saved) or by the database (both saving at once): never a 500.
    assert all("BSN" in melding for melding in geweigerd), geweigerd
    assert Inwoner.objects.filter(bsn="999990160").count() == 1
