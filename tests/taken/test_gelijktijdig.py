"""Six simultaneous start requests create exactly one job: the database's partial unique constraint decides."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from regie.apps.inkomen.models import Herberekening
from regie.apps.taken.models import Taak

from .gelijktijdig_starten import gelijk_starten

SCRIPT = Path(__file__).with_name("gelijktijdig_starten.py")


def _beoordeel(uitkomst: dict) -> None:
    antwoorden = uitkomst["antwoorden"]
    gestart = [a for a in antwoorden if a[0] == 302]
    geweigerd = [a for a in antwoorden if a[0] == 400 and a[1]]
    assert len(gestart) == 1 and len(geweigerd) == 5, antwoorden  # no errors, no second job
    assert (uitkomst["taken"], uitkomst["herberekeningen"]) == (1, 1)


@pytest.mark.django_db(transaction=True)
def test_six_simultaneous_starts_create_one_job_postgresql(beheerder, settings):
    if connection.vendor != "postgresql":
        pytest.skip("threads need a database they can share; SQLite has its own test below")
    from django.test import Client

    settings.REGIE_JOBS = "worker"
    uitkomst = gelijk_starten(6, beheerder, Client, connection, Taak, Herberekening)
    _beoordeel(uitkomst)


def test_six_simultaneous_starts_create_one_job_sqlite(tmp_path):
    omgeving = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'gelijktijdig.sqlite3'}",
        "REGIE_VAR_DIR": str(tmp_path),
    }
    proces = subprocess.run(
        [sys.executable, str(SCRIPT)], env=omgeving, capture_output=True, text=True, timeout=300, check=False
    )
    assert proces.returncode == 0, proces.stderr[-3000:]
    uitkomst = json.loads(proces.stdout.strip().splitlines()[-1])
    assert uitkomst["vendor"] == "sqlite"
    _beoordeel(uitkomst)


@pytest.mark.django_db
def test_the_constraint_itself_refuses_a_second_running_job(beheerder):
    from django.db import IntegrityError, transaction

    Taak.objects.create(soort="herberekening", gemeente=beheerder.gemeente)
    with pytest.raises(IntegrityError), transaction.atomic():
        Taak.objects.create(soort="herberekening", gemeente=beheerder.gemeente, status="bezig")
    Taak.objects.create(soort="herberekening", gemeente=beheerder.gemeente, status="klaar")  # finished ones: any
    Taak.objects.create(soort="andere-soort", gemeente=beheerder.gemeente)  # another kind runs alongside
