"""Jobs through Redis and real Celery workers, including a worker killed mid-run.

Runs only with ``REGIE_CELERY_TEST=1`` on PostgreSQL (CI starts Redis); ``REGIE_CELERY_TEST_BROKER`` names the
broker (default Redis database 6 on localhost).
"""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from regie.apps.inkomen.models import Herberekening
from regie.apps.taken.models import Status, Taak

from .conftest import PEILDATUM, dubbel_berekend, per_inwoner_eenmaal
from .processen import ROOT, omgeving, wacht_tot

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]
BROKER = os.environ.get("REGIE_CELERY_TEST_BROKER", "redis://127.0.0.1:6379/6")


@pytest.fixture
def celery_broker(settings):
    if os.environ.get("REGIE_CELERY_TEST") != "1":
        pytest.skip("set REGIE_CELERY_TEST=1 (with Redis running) to run the Celery job tests")
    if connection.vendor != "postgresql":
        pytest.skip("Celery workers are separate processes: they need the PostgreSQL test database")
    from regie.celery import app

    settings.CELERY_BROKER_URL = BROKER
    settings.REGIE_JOBS = "celery"
    app.conf.broker_url = BROKER
    app.conf.task_always_eager = False
    app.control.purge()
    yield app
    app.control.purge()


@pytest.fixture
def celery_werker(celery_broker, tmp_path):
    """Start Celery workers (``celery -A regie worker``) against the test database; stop them afterwards."""
    werkers = []

    def start(**extra):
        log = tmp_path / f"celery-{len(werkers)}.log"
        werker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "regie",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
                "-n",
                f"test{len(werkers)}@%h",
            ],
            env=omgeving(CELERY_BROKER_URL=BROKER, REDIS_URL="", REGIE_JOBS="celery", **extra),
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        werkers.append(werker)
        wacht_tot(lambda: "ready" in log.read_text(errors="replace"), seconden=60, wat=f"Celery-werker ({log})")
        return werker, log

    yield start
    for werker in werkers:
        werker.kill()
        werker.wait(timeout=30)


def test_recalculation_runs_on_a_celery_worker(client, beheerder, inwoners, celery_werker):
    werker, log = celery_werker()
    client.force_login(beheerder)
    antwoord = client.post("/herberekening/", {"peildatum": PEILDATUM.isoformat()})
    assert antwoord.status_code == 302
    h = Herberekening.objects.get()
    wacht_tot(lambda: Taak.objects.get(pk=h.taak_id).status == Status.KLAAR, wat="herberekening via Celery")
    taak = Taak.objects.get(pk=h.taak_id)
    assert taak.verwerkt == 35 and taak.werker.endswith(f":{werker.pid}"), log.read_text()  # ran in the worker
    assert per_inwoner_eenmaal(h, inwoners)


def test_killed_celery_worker_job_is_resumed_without_duplicates(client, beheerder, inwoners, celery_werker):
    eerste, log = celery_werker(REGIE_TAAK_DEEL_GROOTTE=5, REGIE_TAAK_PAUZE_MS=200)
    client.force_login(beheerder)
    client.post("/herberekening/", {"peildatum": PEILDATUM.isoformat()})
    h = Herberekening.objects.get()
    wacht_tot(lambda: Taak.objects.get(pk=h.taak_id).verwerkt >= 10, wat="voortgang", stap=0.02)
    eerste.send_signal(signal.SIGKILL)
    eerste.wait(timeout=30)
    taak = Taak.objects.get(pk=h.taak_id)
    assert taak.status == Status.BEZIG and taak.verwerkt < 35, log.read_text()

    tweede, _log = celery_werker(REGIE_TAAK_VERLOPEN_SECONDEN=1, REGIE_TAAK_DEEL_GROOTTE=5)
    time.sleep(1.2)

    def klaar():
        # The job page is what a teamleider watches; viewing it notices the dead worker and hands the job out again.
        client.get(f"/herberekening/{h.pk}/", HTTP_HX_REQUEST="true")
        return Taak.objects.get(pk=h.taak_id).status == Status.KLAAR

    with pytest.MonkeyPatch.context() as mp:
        from django.conf import settings

        mp.setattr(settings, "REGIE_TAAK_VERLOPEN_SECONDEN", 1)
        wacht_tot(klaar, seconden=90, stap=0.5, wat="hervatten na het doden van de werker")
    taak.refresh_from_db()
    assert taak.verwerkt == 35 and taak.pogingen >= 2 and taak.werker.endswith(f":{tweede.pid}")
    assert dubbel_berekend(h) == {} and per_inwoner_eenmaal(h, inwoners)
