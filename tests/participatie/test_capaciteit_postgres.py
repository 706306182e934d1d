"""The last free slot of a place, confirmed by 20 requests at once: exactly one wins (needs PostgreSQL).

Run with ``DATABASE_URL=postgres://...``; on SQLite, which serialises all writes anyway, the test is skipped.
"""

import threading
from datetime import date

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection

from regie.apps.participatie import services
from regie.apps.participatie.models import Plaatsing, Status

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="alleen zinvol op PostgreSQL"
    ),
]
AANTAL = 20


def test_twenty_concurrent_confirmations_of_the_last_slot(maak_inwoner, krachtcoach, maak_profiel, maak_plek, postcode):
    plek = maak_plek(capaciteit=3)
    # Two slots are already taken, so one is left.
    for _ in range(2):
        inwoner = maak_inwoner(krachtcoach=krachtcoach)
        maak_profiel(inwoner)
        bezet = services.stel_voor(door=krachtcoach, inwoner=inwoner, plek=plek)
        services.plan_kennismaking(door=krachtcoach, plaatsing_id=bezet.pk, datum=date(2026, 3, 2))
    kandidaten = []
    for _ in range(AANTAL):
        inwoner = maak_inwoner(krachtcoach=krachtcoach)
        maak_profiel(inwoner)
        kandidaten.append(services.stel_voor(door=krachtcoach, inwoner=inwoner, plek=plek).pk)

    start = threading.Barrier(AANTAL)
    gelukt, geweigerd, anders = [], [], []

    def bevestig(plaatsing_id):
        try:
            start.wait()
            services.plan_kennismaking(door=krachtcoach, plaatsing_id=plaatsing_id, datum=date(2026, 3, 3))
            gelukt.append(plaatsing_id)
        except ValidationError as fout:
            geweigerd.append(fout.messages[0])
        except Exception as fout:  # anything else is a failure of the guard, reported below
            anders.append(repr(fout))
        finally:
            connection.close()

    threads = [threading.Thread(target=bevestig, args=(pk,)) for pk in kandidaten]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert anders == []
    assert len(gelukt) == 1 and len(geweigerd) == AANTAL - 1
    assert all("is vol: alle 3 plekken zijn al bezet" in melding for melding in geweigerd)
    assert Plaatsing.objects.filter(plek=plek).bezettend().count() == 3
    # No data lost: every refused placement is still there, unchanged, as a proposal.
    over = Plaatsing.objects.filter(pk__in=kandidaten).exclude(pk=gelukt[0])
    assert over.count() == AANTAL - 1
    assert set(over.values_list("status", flat=True)) == {Status.VOORGESTELD}
    assert not over.filter(kennismaking_op__isnull=False).exists()
    assert Plaatsing.objects.get(pk=gelukt[0]).kennismaking_op == date(2026, 3, 3)
