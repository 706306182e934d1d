"""Each inwoner points at their current calculation; pages and the herberekening read it instead of the history."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from regie.apps.inkomen.herberekening import herbereken_in_dit_proces
from regie.apps.inkomen.models import Berekening, Beschikking, HuidigeBerekening
from regie.apps.inkomen.services import bereken
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db


def _gelezen(queries) -> tuple[int, int]:
    """(number of queries, rows the SELECTs among them return): what a page reads from the database."""
    rijen = 0
    with connection.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            if sql.lstrip().upper().startswith("SELECT") and "FOR UPDATE" not in sql.upper():
                cursor.execute(sql)
                rijen += len(cursor.fetchall())
    return len(queries), rijen


def _maak_historie(inwoner, klantmanager, n: int) -> None:
    # Within the known norm tables (2025-01-01 up to 2026-06-30), a calculation on another day each time.
    for i in range(n):
        bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2025, 1, 1) + timedelta(days=i * 13))
    # Each change of the norm also made a letter; letters are decisions the inwoner keeps, not calculation history.
    Beschikking.objects.filter(inwoner=inwoner).delete()


def test_pointer_follows_every_new_calculation(maak_inwoner, klantmanager, beheerder):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    eerste = bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2025, 7, 1))
    huidig = HuidigeBerekening.objects.get(inwoner=inwoner)
    assert (huidig.berekening, huidig.vorige) == (eerste, None)
    tweede = bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 1, 1))
    huidig.refresh_from_db()
    assert (huidig.berekening, huidig.vorige) == (tweede, eerste)

    h = herbereken_in_dit_proces(door=beheerder, peildatum=date(2025, 7, 1))
    huidig.refresh_from_db()
    assert huidig.vorige == tweede and huidig.berekening == Berekening.objects.get(herberekening=h)
    assert h.gewijzigd == 1  # 2026 norms → 2025-07 norms: the benefit changed, counted through the pointer
    assert HuidigeBerekening.objects.count() == 1


@pytest.mark.parametrize("pagina", ["mijn_uitkering", "rechtmatigheid", "dossier"])
def test_pages_read_the_same_however_long_the_history(pagina, maak_inwoner, klantmanager, gemeente, client):
    gelezen = []
    for nummer, lengte in enumerate((13, 40)):  # both above the 12 earlier calculations the page lists
        account = _gebruiker(f"inwoner{nummer}", "inwoner", gemeente)
        inwoner = maak_inwoner(klantmanager=klantmanager, account=account)
        _maak_historie(inwoner, klantmanager, lengte)
        gebruiker, url = {
            "mijn_uitkering": (account, "/mijn-uitkering/"),
            "rechtmatigheid": (klantmanager, f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/"),
            "dossier": (klantmanager, f"/caseload/inwoners/{inwoner.pk}/"),
        }[pagina]
        client.force_login(gebruiker)
        client.get(url)  # warm caches (session, content types)
        with CaptureQueriesContext(connection) as queries:
            antwoord = client.get(url)
        assert antwoord.status_code == 200
        gelezen.append(_gelezen(queries.captured_queries))
    assert gelezen[0] == gelezen[1]


def test_herberekening_reads_the_same_however_long_the_history(maak_inwoner, klantmanager, beheerder):
    inwoners = [maak_inwoner(klantmanager=klantmanager) for _ in range(5)]
    for inwoner in inwoners:
        _maak_historie(inwoner, klantmanager, 2)
    gelezen = []
    for extra in (0, 8):
        for inwoner in inwoners:
            _maak_historie(inwoner, klantmanager, extra)
        with CaptureQueriesContext(connection) as queries:
            h = herbereken_in_dit_proces(door=beheerder, peildatum=date(2026, 1, 1))
        gelezen.append(_gelezen(queries.captured_queries))
        assert h.gewijzigd == 5 and Berekening.objects.filter(herberekening=h).count() == 5  # 2025 → 2026 norms
    assert gelezen[0] == gelezen[1]


def test_data_migration_fills_the_pointer_from_history(maak_inwoner, klantmanager):
    from importlib import import_module

    from django.apps import apps

    migratie = import_module("regie.apps.inkomen.migrations.0004_herberekening_naar_taak_en_huidige_berekening")
    inwoners = [maak_inwoner(klantmanager=klantmanager) for _ in range(3)]
    for aantal, inwoner in zip((1, 2, 5), inwoners, strict=True):
        _maak_historie(inwoner, klantmanager, aantal)
    verwacht = {h.inwoner_id: (h.berekening_id, h.vorige_id) for h in HuidigeBerekening.objects.all()}
    HuidigeBerekening.objects.all().delete()
    migratie.vul_huidige_berekening(apps, None)
    assert {h.inwoner_id: (h.berekening_id, h.vorige_id) for h in HuidigeBerekening.objects.all()} == verwacht
    assert verwacht[inwoners[0].pk][1] is None and verwacht[inwoners[2].pk][1] is not None
