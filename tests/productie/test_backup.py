"""Backup and restore on PostgreSQL, as docs/operations.md describes it: pg_dump in custom format, pg_restore into a
fresh database, and every record is back (per table: the number of rows and a checksum over their contents).

Skipped unless the test session runs on PostgreSQL with pg_dump and pg_restore on the PATH.
"""

import os
import shutil
import subprocess
import sys

import psycopg
import pytest
from django.core.management import call_command, get_commands
from django.db import connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="de back-up is beschreven voor PostgreSQL"),
    pytest.mark.skipif(not (shutil.which("pg_dump") and shutil.which("pg_restore")), reason="pg_dump ontbreekt"),
]


def _url(naam: str) -> str:
    s = connection.settings_dict
    wie = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgresql://{wie}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{naam}"


def _inhoud(url: str) -> dict[str, tuple[int, str]]:
    """Per table of the public schema: the number of rows and an md5 over all rows in a fixed order."""
    with psycopg.connect(url) as db:
        tabellen = [
            r[0]
            for r in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            ).fetchall()
        ]
        return {
            tabel: db.execute(
                f"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{tabel}\" t"  # noqa: S608
            ).fetchone()
            for tabel in tabellen
        }


def verifieer_logboek(database_url: str) -> bool:
    """Hook for the tamper-evident processing log: once ``regie logboek verifieer`` exists, the restored database must
    pass it. Returns whether it ran."""
    if "logboek" not in get_commands():
        return False
    resultaat = subprocess.run(
        [sys.executable, "-m", "regie.cli", "logboek", "verifieer"],
        env={**os.environ, "DATABASE_URL": database_url.replace("postgresql://", "postgres://", 1)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return True


def test_a_dump_restored_into_a_fresh_database_holds_every_record(tmp_path):
    call_command("demo", inwoners=30, berekeningen="ja", verbosity=0)
    bron = connection.settings_dict["NAME"]
    herstel = f"{bron}_herstel"
    dump = tmp_path / "regie.dump"
    origineel = _inhoud(_url(bron))
    assert origineel["dossier_inwoner"][0] == 30
    assert origineel["dossier_contactmoment"][0] > 0

    subprocess.run(
        [shutil.which("pg_dump"), "--format=custom", "--file", str(dump), _url(bron)], check=True, timeout=300
    )
    with psycopg.connect(_url("postgres"), autocommit=True) as beheer:
        beheer.execute(f'DROP DATABASE IF EXISTS "{herstel}"')
        beheer.execute(f'CREATE DATABASE "{herstel}"')
    try:
        subprocess.run(
            [shutil.which("pg_restore"), "--no-owner", "--exit-on-error", "--dbname", _url(herstel), str(dump)],
            check=True,
            timeout=300,
        )
        hersteld = _inhoud(_url(herstel))
        assert hersteld.keys() == origineel.keys()
        verschillend = {t for t in origineel if origineel[t] != hersteld[t]}
        assert verschillend == set()
        # The restored database is one Regie can run on: no migration is missing.
        controle = subprocess.run(
            [sys.executable, "-m", "regie.cli", "migrate", "--check"],
            env={**os.environ, "DATABASE_URL": _url(herstel).replace("postgresql://", "postgres://", 1)},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert controle.returncode == 0, controle.stdout + controle.stderr
        verifieer_logboek(_url(herstel))
    finally:
        with psycopg.connect(_url("postgres"), autocommit=True) as beheer:
            beheer.execute(f'DROP DATABASE IF EXISTS "{herstel}" WITH (FORCE)')
