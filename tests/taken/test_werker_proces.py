"""A `regie worker` process killed with SIGKILL mid-run: the next worker resumes the job without duplicates."""

import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from regie.apps.inkomen.herberekening import start_herberekening
from regie.apps.taken.models import Status, Taak

from .conftest import PEILDATUM, dubbel_berekend, per_inwoner_eenmaal
from .processen import ROOT, omgeving, regie, wacht_tot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _alleen_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("a second process needs a database it can share: run on PostgreSQL (CI does)")


def test_killed_worker_process_is_resumed_by_the_next_without_duplicates(beheerder, inwoners, settings, tmp_path):
    settings.REGIE_JOBS = "worker"  # the "web process" (this test) only records the job
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    log = tmp_path / "werker.log"
    werker = regie("worker", "--interval", "0.1", log=log, REGIE_TAAK_DEEL_GROOTTE=5, REGIE_TAAK_PAUZE_MS=150)
    try:
        wacht_tot(lambda: Taak.objects.get(pk=h.taak_id).verwerkt >= 10, wat="voortgang van de werker")
        werker.send_signal(signal.SIGKILL)
        werker.wait(timeout=30)
    finally:
        werker.kill()
    taak = Taak.objects.get(pk=h.taak_id)
    assert taak.status == Status.BEZIG and 10 <= taak.verwerkt < 35, log.read_text()
    assert dubbel_berekend(h) == {}

    # The next worker (here: started once, as from cron) sees the dead worker's heartbeat go stale and resumes.
    time.sleep(1.2)
    klaar = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "worker", "--eenmalig"],
        env=omgeving(REGIE_TAAK_VERLOPEN_SECONDEN=1, REGIE_TAAK_DEEL_GROOTTE=5),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert klaar.returncode == 0, klaar.stderr[-3000:]
    taak.refresh_from_db()
    assert (taak.status, taak.verwerkt, taak.pogingen) == (Status.KLAAR, 35, 2), taak.melding
    assert dubbel_berekend(h) == {} and per_inwoner_eenmaal(h, inwoners)


def test_sigterm_hands_the_job_back_at_once(beheerder, inwoners, settings, tmp_path):
    settings.REGIE_JOBS = "worker"
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    werker = regie(
        "worker", "--interval", "0.1", log=tmp_path / "w.log", REGIE_TAAK_DEEL_GROOTTE=5, REGIE_TAAK_PAUZE_MS=150
    )
    try:
        wacht_tot(lambda: Taak.objects.get(pk=h.taak_id).verwerkt >= 5, wat="voortgang")
        werker.send_signal(signal.SIGTERM)
        assert werker.wait(timeout=30) == 0
    finally:
        werker.kill()
    taak = Taak.objects.get(pk=h.taak_id)
    assert taak.status == Status.WACHTEND and 5 <= taak.verwerkt < 35  # back in line, no waiting for staleness
