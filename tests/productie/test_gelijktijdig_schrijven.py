"""Many threads in several processes write to the same dossiers at once: no write fails and none is lost.

The writes go through the whole application (bench/bench_schrijven.py with the test client): contact moments, steps,
check-ins and messages by a klantmanager, messages and check-ins by inwoners in their portal. The test then counts
in the database itself, by the marker every written text carries, and compares with the accepted requests.
Runs on the database of the test session: SQLite (copied to a file, since processes must share it) or PostgreSQL.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PROCESSEN, THREADS, PER_THREAD = 3, 6, 5

pytestmark = pytest.mark.django_db(transaction=True)


def _schrijf_tegelijk(database_url: str) -> dict:
    uitvoer = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "bench_schrijven.py"),
            "--processen",
            str(PROCESSEN),
            "--threads",
            str(THREADS),
            "--per-thread",
            str(PER_THREAD),
            "--json",
        ],
        env={**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert uitvoer.stdout.strip(), uitvoer.stderr[-3000:]
    return json.loads(uitvoer.stdout.strip().splitlines()[-1])


def _controleer(uitkomst: dict, tellingen: dict) -> None:
    assert uitkomst["fouten"] == []
    assert uitkomst["verschillen"] == {}
    assert uitkomst["doelen_niet_bij_laatste_checkin"] == []
    verzoeken = PROCESSEN * THREADS * PER_THREAD
    assert sum(uitkomst["gelukt"].values()) == verzoeken
    # Counted here, independently of the benchmark: every accepted write is there exactly once.
    assert tellingen == {
        "contactmoment": uitkomst["gelukt"]["contactmoment"],
        "stap": uitkomst["gelukt"]["stap"],
        "checkin": uitkomst["gelukt"]["checkin"] + uitkomst["gelukt"]["checkin_inwoner"],
        "bericht": uitkomst["gelukt"]["bericht"] + uitkomst["gelukt"]["bericht_inwoner"],
    }
    assert sum(tellingen.values()) == verzoeken
    assert all(tellingen.values()), tellingen  # every kind of write took part


TELLINGEN = {
    "contactmoment": "SELECT COUNT(*) FROM dossier_contactmoment WHERE samenvatting LIKE %s",
    "stap": "SELECT COUNT(*) FROM plan_stap WHERE wat LIKE %s",
    "checkin": "SELECT COUNT(*) FROM plan_checkin WHERE voortgang LIKE %s",
    "bericht": "SELECT COUNT(*) FROM portaal_bericht WHERE tekst LIKE %s",
}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="de SQLite-variant; PostgreSQL heeft een eigen test")
def test_concurrent_writes_on_sqlite(tmp_path):
    # The test database lives in memory; the writing processes need a file, so the migrated database is copied.
    bestand = tmp_path / "gelijktijdig.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(bestand) as kopie:
        connection.connection.backup(kopie)
    uitkomst = _schrijf_tegelijk(f"sqlite:///{bestand}")
    assert uitkomst["database"] == "sqlite"
    with sqlite3.connect(bestand) as db:
        tellingen = {
            soort: db.execute(sql.replace("%s", "?"), (uitkomst["kenmerk"] + "%",)).fetchone()[0]
            for soort, sql in TELLINGEN.items()
        }
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    _controleer(uitkomst, tellingen)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="de PostgreSQL-variant; SQLite heeft een eigen test")
def test_concurrent_writes_on_postgresql():
    instellingen = connection.settings_dict
    gebruiker = instellingen["USER"] + (f":{instellingen['PASSWORD']}" if instellingen["PASSWORD"] else "")
    url = (
        f"postgres://{gebruiker}@{instellingen['HOST'] or '127.0.0.1'}:{instellingen['PORT'] or 5432}/"
        f"{instellingen['NAME']}"
    )
    uitkomst = _schrijf_tegelijk(url)
    assert uitkomst["database"] == "postgresql"
    with connection.cursor() as cursor:
        tellingen = {}
        for soort, sql in TELLINGEN.items():
            cursor.execute(sql, [uitkomst["kenmerk"] + "%"])
            tellingen[soort] = cursor.fetchone()[0]
    _controleer(uitkomst, tellingen)
