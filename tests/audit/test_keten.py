"""The hash chain: ``regie logboek verifieer`` passes an untouched log and names the first entry that was changed,
removed or reordered behind the application's back; concurrent writers never fork the chain; on PostgreSQL the
database itself refuses UPDATE and DELETE.

Runs on SQLite by default and on PostgreSQL with ``DATABASE_URL=postgres://...`` (the tampering then first switches
the trigger off inside the test's transaction, as only the table owner can).
"""

import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from regie.apps.audit.models import Inzage
from regie.apps.audit.services import log_verwerking
from regie.apps.audit.verificatie import verifieer

IS_POSTGRES = connection.vendor == "postgresql"


def _vul(actor, aantal=5):
    return [
        log_verwerking(actor=actor, categorie="plan", activiteit="begeleiding", onderdeel=f"regel {n}", inwoner_id=n)
        for n in range(1, aantal + 1)
    ]


def _knoei(sql: str, params=()):
    """Change the log the way an attacker with database access would: raw SQL, past the model."""
    with connection.cursor() as cursor:
        if IS_POSTGRES:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending foreign-key checks block the ALTER
            cursor.execute("ALTER TABLE audit_inzage DISABLE TRIGGER logboek_alleen_toevoegen")
        cursor.execute(sql, params)
        if IS_POSTGRES:
            cursor.execute("ALTER TABLE audit_inzage ENABLE TRIGGER logboek_alleen_toevoegen")


def _verifieer() -> str:
    uit = StringIO()
    call_command("logboek", "verifieer", stdout=uit)
    return uit.getvalue()


@pytest.mark.django_db
def test_untouched_log_verifies(klantmanager):
    _vul(klantmanager, 5)
    uitvoer = _verifieer()
    assert "intact: 5 regels" in uitvoer
    assert f"Laatste hash: {Inzage.objects.get(volgnummer=5).hash}" in uitvoer
    assert verifieer().in_orde


@pytest.mark.django_db
def test_empty_log_verifies():
    assert verifieer().in_orde and verifieer().aantal == 0


@pytest.mark.django_db
def test_changed_entry_is_named(klantmanager):
    rijen = _vul(klantmanager, 5)
    _knoei("UPDATE audit_inzage SET onderdeel = %s WHERE id = %s", ["niets gezien", rijen[2].pk])
    with pytest.raises(CommandError, match=r"regel 3 \(id \d+\) is gewijzigd.*volgnummer 3") as fout:
        _verifieer()
    assert fout.value.returncode == 1


@pytest.mark.django_db
def test_changed_timestamp_is_detected(klantmanager):
    rijen = _vul(klantmanager, 3)
    _knoei("UPDATE audit_inzage SET tijdstip = %s WHERE id = %s", [rijen[0].tijdstip.replace(year=2020), rijen[0].pk])
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 1


@pytest.mark.django_db
def test_removed_entry_is_named(klantmanager):
    rijen = _vul(klantmanager, 5)
    _knoei("DELETE FROM audit_inzage WHERE id = %s", [rijen[1].pk])
    with pytest.raises(CommandError, match="regel 2 ontbreekt"):
        _verifieer()


@pytest.mark.django_db
def test_removed_last_entry_is_caught_by_the_chain_head(klantmanager):
    rijen = _vul(klantmanager, 5)
    _knoei("DELETE FROM audit_inzage WHERE id = %s", [rijen[-1].pk])
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 5 and "kop van de keten" in uitkomst.fout


@pytest.mark.django_db
def test_reordered_entries_are_named(klantmanager):
    rijen = _vul(klantmanager, 5)
    # Swap the places of entries 2 and 3 (each keeps its own content and hashes).
    _knoei("UPDATE audit_inzage SET volgnummer = -1 WHERE id = %s", [rijen[1].pk])
    _knoei("UPDATE audit_inzage SET volgnummer = 2 WHERE id = %s", [rijen[2].pk])
    _knoei("UPDATE audit_inzage SET volgnummer = 3 WHERE id = %s", [rijen[1].pk])
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 2


@pytest.mark.django_db
def test_rewritten_entry_with_recomputed_hash_breaks_the_next_link(klantmanager):
    from regie.apps.audit import keten

    rijen = _vul(klantmanager, 4)
    rij = Inzage.objects.filter(pk=rijen[1].pk).values(*keten.VELDEN).get()
    rij["onderdeel"] = "verzonnen"
    _knoei(
        "UPDATE audit_inzage SET onderdeel = %s, hash = %s WHERE id = %s",
        ["verzonnen", keten.bereken_hash(rij), rijen[1].pk],
    )
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 3 and "sluit niet aan" in uitkomst.fout


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_do_not_fork_the_chain(klantmanager):
    assert klantmanager.team.naam  # loaded once, so the threads only write the log
    fouten = []
    start = threading.Barrier(8)

    def schrijf(n):
        try:
            start.wait()
            for i in range(25):
                log_verwerking(
                    actor=klantmanager, categorie="plan", activiteit="begeleiding", onderdeel=f"t{n}-{i}", inwoner_id=i
                )
        except Exception as fout:  # reported below
            fouten.append(repr(fout))
        finally:
            connection.close()

    threads = [threading.Thread(target=schrijf, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert fouten == []
    assert sorted(Inzage.objects.values_list("volgnummer", flat=True)) == list(range(1, 201))
    uitkomst = verifieer()
    assert uitkomst.in_orde, uitkomst.fout
    assert uitkomst.aantal == 200


@pytest.mark.django_db
@pytest.mark.skipif(not IS_POSTGRES, reason="de trigger bestaat alleen op PostgreSQL")
def test_postgres_refuses_update_and_delete_of_log_entries(klantmanager):
    rij = _vul(klantmanager, 2)[0]
    for sql in ("UPDATE audit_inzage SET onderdeel = 'weg' WHERE id = %s", "DELETE FROM audit_inzage WHERE id = %s"):
        with (
            pytest.raises(DatabaseError, match="alleen aan te vullen"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [rij.pk])
    assert Inzage.objects.get(pk=rij.pk).onderdeel == "regel 1"
    assert verifieer().in_orde


@pytest.mark.django_db
@pytest.mark.skipif(not IS_POSTGRES, reason="de trigger bestaat alleen op PostgreSQL")
def test_postgres_refuses_to_move_the_chain_head_back_or_delete_it(klantmanager):
    _vul(klantmanager, 3)
    for sql in ("UPDATE audit_ketenkop SET volgnummer = 1", "DELETE FROM audit_ketenkop"):
        with (
            pytest.raises(DatabaseError, match="kop van de hashketen"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert verifieer().in_orde


@pytest.mark.django_db
@pytest.mark.skipif(not IS_POSTGRES, reason="de trigger bestaat alleen op PostgreSQL")
def test_postgres_tampering_in_replica_mode_is_still_detected(klantmanager):
    """A superuser session can skip triggers; the hash chain still shows what it did."""
    rijen = _vul(klantmanager, 3)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("UPDATE audit_inzage SET actor_rol = 'teamleider' WHERE id = %s", [rijen[0].pk])
        cursor.execute("SET LOCAL session_replication_role = origin")
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 1


@pytest.mark.django_db
def test_entry_inserted_after_the_chain_head_is_named(klantmanager):
    rijen = _vul(klantmanager, 3)
    waarden = Inzage.objects.filter(pk=rijen[0].pk).values().get()
    waarden.pop("id")
    Inzage.objects.bulk_create([Inzage(**{**waarden, "volgnummer": 9})])  # past save(), as raw SQL would be
    uitkomst = verifieer()
    assert not uitkomst.in_orde and uitkomst.volgnummer == 9 and "na de kop" in uitkomst.fout


@pytest.mark.django_db
def test_archived_start_verifies_only_with_its_anchor(klantmanager):
    rijen = _vul(klantmanager, 5)
    _knoei("DELETE FROM audit_inzage WHERE id IN (%s, %s)", [rijen[0].pk, rijen[1].pk])
    assert "regel 1 ontbreekt" in verifieer().fout
    with connection.cursor() as cursor:
        if IS_POSTGRES:
            cursor.execute("ALTER TABLE audit_ketenkop DISABLE TRIGGER ketenkop_alleen_vooruit")
        cursor.execute("UPDATE audit_ketenkop SET begin_volgnummer = 3, begin_hash = %s WHERE id = 1", [rijen[1].hash])
    uitkomst = verifieer()
    assert uitkomst.in_orde and uitkomst.aantal == 3


@pytest.mark.django_db
def test_entry_with_awkward_text_verifies(klantmanager):
    """The head finishes the hash on PostgreSQL: quotes, backslashes, accents and control characters hash the same."""
    _vul(klantmanager, 1)  # the chain head exists, so the awkward entry takes the one-statement path
    log_verwerking(
        actor=klantmanager,
        categorie="plan",
        activiteit="begeleiding",
        onderdeel='Zoë\'s "plan" \\ café\n\t€ 1.401,50',
        doel="",
        inwoner_id=None,
    )
    _vul(klantmanager, 2)
    uitkomst = verifieer()
    assert uitkomst.in_orde and uitkomst.aantal == 4
    rij = Inzage.objects.get(volgnummer=2)
    assert rij.onderdeel.startswith("Zoë's") and rij.vorige_hash == Inzage.objects.get(volgnummer=1).hash


@pytest.mark.django_db
@pytest.mark.skipif(not IS_POSTGRES, reason="PostgreSQL appends in one statement")
def test_postgres_append_is_one_statement(klantmanager):
    from django.test.utils import CaptureQueriesContext

    _vul(klantmanager, 1)  # the chain head exists
    assert klantmanager.team.naam  # the organisation is read once, not by the append
    with CaptureQueriesContext(connection) as queries:
        rij = log_verwerking(actor=klantmanager, categorie="plan", activiteit="begeleiding", onderdeel="x")
    assert len(queries) == 1, [q["sql"] for q in queries]
    assert rij.pk and rij.volgnummer == 2 and rij.vorige_hash == Inzage.objects.get(volgnummer=1).hash
    assert verifieer().in_orde
