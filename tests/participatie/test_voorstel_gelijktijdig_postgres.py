"""The same place proposed for the same inwoner by twelve requests at once: one proposal, eleven clear refusals."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from regie.apps.participatie import services
from regie.apps.participatie.models import Plaatsing

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="alleen zinvol op PostgreSQL"),
]
AANTAL = 12


def test_twelve_simultaneous_proposals_make_one(maak_inwoner, krachtcoach, maak_profiel, maak_plek, postcode):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    maak_profiel(inwoner)
    plek = maak_plek()
    start = threading.Barrier(AANTAL)
    gelukt, geweigerd, anders = [], [], []

    def stel_voor():
        try:
            start.wait()
            gelukt.append(services.stel_voor(door=krachtcoach, inwoner=inwoner, plek=plek).pk)
        except ValidationError as fout:
            geweigerd.append(fout.messages[0])
        except Exception as fout:  # an IntegrityError here would be a 500 for the user
            anders.append(repr(fout))
        finally:
            connection.close()

    draden = [threading.Thread(target=stel_voor) for _ in range(AANTAL)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)

    assert anders == []
    assert len(gelukt) == 1 and len(geweigerd) == AANTAL - 1
    assert all("al voorgesteld" in melding or "al een lopende plaatsing" in melding for melding in geweigerd)
    assert Plaatsing.objects.filter(inwoner=inwoner, plek=plek).count() == 1
