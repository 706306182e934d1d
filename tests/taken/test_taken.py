"""The job mechanism in one process: crash and resume without duplicates, stale detection, cancel, retries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from regie.apps.inkomen.herberekening import HerberekeningSoort, start_herberekening
from regie.apps.inkomen.models import Berekening, Herberekening
from regie.apps.taken import runner, services
from regie.apps.taken.models import Status, Taak

from .conftest import PEILDATUM, dubbel_berekend, per_inwoner_eenmaal

pytestmark = pytest.mark.django_db


class ProcesGestorven(BaseException):
    """Stands in for SIGKILL: not an Exception, so the runner cannot catch it and record anything."""


def _sterf_bij_deel(monkeypatch, nummer: int):
    """Let the job die while writing its chunk ``nummer`` (1-based); earlier chunks are stored."""
    echte_bewaar = HerberekeningSoort.bewaar
    teller = {"n": 0}

    def bewaar(self, taak, ids, uitkomst):
        teller["n"] += 1
        echte_bewaar(self, taak, ids, uitkomst)  # written, and then the process dies inside the transaction
        if teller["n"] == nummer:
            raise ProcesGestorven

    monkeypatch.setattr(HerberekeningSoort, "bewaar", bewaar)
    return lambda: monkeypatch.setattr(HerberekeningSoort, "bewaar", echte_bewaar)


def _verouder(taak: Taak, seconden: int = 600) -> None:
    Taak.objects.filter(pk=taak.pk).update(hartslag=timezone.now() - timedelta(seconds=seconden))


def test_crash_mid_run_resumes_from_last_chunk_without_duplicates(
    client, beheerder, inwoners, kleine_delen, monkeypatch, django_capture_on_commit_callbacks
):
    herstel = _sterf_bij_deel(monkeypatch, 3)
    with pytest.raises(ProcesGestorven), django_capture_on_commit_callbacks(execute=True):
        h = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    h = Herberekening.objects.select_related("taak").get()
    # Two chunks stored; the third was rolled back with its cursor: the job looks alive but is dead.
    assert (h.taak.status, h.taak.verwerkt, h.taak.cursor) == (Status.BEZIG, 20, inwoners[19].pk)
    assert Berekening.objects.filter(herberekening=h).count() == 20
    herstel()

    client.force_login(beheerder)
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert "Bezig" in pagina and "every 1s" in pagina  # a fresh heartbeat: not yet presumed dead
    assert Taak.objects.get().status == Status.BEZIG

    _verouder(h.taak)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(f"/herberekening/{h.pk}/")  # any page view notices the dead worker and resumes the job
    h.taak.refresh_from_db()
    h.refresh_from_db()
    assert (h.taak.status, h.taak.verwerkt, h.taak.totaal, h.taak.pogingen) == (Status.KLAAR, 35, 35, 2)
    assert dubbel_berekend(h) == {} and per_inwoner_eenmaal(h, inwoners)
    assert h.fouten == 2 and Berekening.objects.filter(herberekening=h).count() == 33
    assert "onderbroken" in h.taak.melding


def test_a_start_request_resumes_a_dead_job_instead_of_being_blocked_by_it(
    beheerder, inwoners, kleine_delen, monkeypatch, django_capture_on_commit_callbacks
):
    herstel = _sterf_bij_deel(monkeypatch, 1)
    with pytest.raises(ProcesGestorven), django_capture_on_commit_callbacks(execute=True):
        eerste = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    herstel()
    with pytest.raises(services.AlLopend) as fout:  # alive: refused, with the running job named
        start_herberekening(door=beheerder, peildatum=PEILDATUM)
    assert fout.value.taak.herberekening.pk == eerste.pk
    assert services.herstel_vastgelopen() == []

    _verouder(eerste.taak)
    with pytest.raises(services.AlLopend), django_capture_on_commit_callbacks(execute=True):
        start_herberekening(door=beheerder, peildatum=PEILDATUM)  # notices the dead one and resumes it
    eerste.taak.refresh_from_db()
    assert eerste.taak.status == Status.KLAAR and per_inwoner_eenmaal(eerste, inwoners)
    assert Taak.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):  # finished: a new one may start
        tweede = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    tweede.taak.refresh_from_db()
    assert tweede.taak.status == Status.KLAAR and per_inwoner_eenmaal(tweede, inwoners)


def test_a_superseded_worker_writes_nothing(beheerder, inwoners, kleine_delen):
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    oud = services.claim(h.taak_id)
    _verouder(h.taak)
    assert services.herstel_vastgelopen(plannen=False) == [h.taak_id]
    nieuw = services.claim(h.taak_id)
    assert nieuw[1] == oud[1] + 1
    runner.voer_uit(geclaimd=oud)  # the old worker wakes up: its attempt is superseded, it writes nothing
    assert Berekening.objects.count() == 0
    runner.voer_uit(geclaimd=nieuw)
    assert per_inwoner_eenmaal(h, inwoners)


def test_waiting_job_that_nobody_picked_up_is_handed_out_again(beheerder, inwoners, settings):
    settings.REGIE_JOBS = "worker"  # the web process only records; no worker runs
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    assert services.herstel_vastgelopen(plannen=False) == []
    Taak.objects.filter(pk=h.taak_id).update(volgende_poging_op=timezone.now() - timedelta(hours=1))
    assert services.herstel_vastgelopen(plannen=False) == [h.taak_id]
    assert services.herstel_vastgelopen(plannen=False) == []  # once per threshold, not on every page view


def test_cancel_a_running_job_between_chunks(client, beheerder, inwoners, kleine_delen):
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    client.force_login(beheerder)

    def na_elk_deel(verwerkt, totaal):
        if verwerkt == 10:
            antwoord = client.post(f"/taken/{h.taak_id}/annuleren/")
            assert antwoord.status_code == 302 and antwoord["Location"] == f"/herberekening/{h.pk}/"

    runner.voer_uit(h.taak_id, voortgang=na_elk_deel)
    h.taak.refresh_from_db()
    assert (h.taak.status, h.taak.verwerkt) == (Status.GEANNULEERD, 10)
    assert Berekening.objects.filter(herberekening=h).count() == 10  # what was finished stays, complete
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert "Geannuleerd" in pagina and "Annuleren</button>" not in pagina and "every 1s" not in pagina
    start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)  # no longer blocks a new start


def test_cancel_a_waiting_job_at_once_and_only_by_whom_may(client, beheerder, klantmanager, inwoners):
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    client.force_login(klantmanager)
    assert client.post(f"/taken/{h.taak_id}/annuleren/").status_code == 403
    client.force_login(beheerder)
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert f'action="/taken/{h.taak_id}/annuleren/"' in pagina
    client.post(f"/taken/{h.taak_id}/annuleren/")
    h.taak.refresh_from_db()
    assert h.taak.status == Status.GEANNULEERD and "Geannuleerd door" in h.taak.melding
    assert runner.voer_uit(h.taak_id) is None and Berekening.objects.count() == 0
    antwoord = client.post(f"/taken/{h.taak_id}/annuleren/", follow=True)
    assert "al afgerond" in antwoord.content.decode()


def test_retries_with_backoff_then_success_without_duplicates(beheerder, inwoners, kleine_delen, monkeypatch, settings):
    settings.REGIE_TAAK_BACKOFF_SECONDEN = 0
    echte_bewaar = HerberekeningSoort.bewaar
    fouten = {"n": 0}

    def haperend(self, taak, ids, uitkomst):
        echte_bewaar(self, taak, ids, uitkomst)
        if ids[0] == inwoners[20].pk and fouten["n"] < 2:  # the third chunk fails twice (say, a lost connection)
            fouten["n"] += 1
            raise RuntimeError("verbinding met de database verbroken")

    monkeypatch.setattr(HerberekeningSoort, "bewaar", haperend)
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    runner.voer_uit(h.taak_id)
    h.taak.refresh_from_db()
    assert (h.taak.status, h.taak.pogingen, h.taak.verwerkt) == (Status.KLAAR, 3, 35)
    assert dubbel_berekend(h) == {} and per_inwoner_eenmaal(h, inwoners)


def test_backoff_waits_and_the_final_failure_is_visible(
    client, beheerder, inwoners, kleine_delen, monkeypatch, settings
):
    settings.REGIE_TAAK_MAX_POGINGEN = 3

    def kapot(self, taak, ids, uitkomst):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(HerberekeningSoort, "bewaar", kapot)
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    runner.voer_uit(h.taak_id)
    h.taak.refresh_from_db()
    assert h.taak.status == Status.WACHTEND and "Poging 1 van 3 mislukt: RuntimeError: schijf vol" in h.taak.melding
    assert h.taak.volgende_poging_op > timezone.now() + timedelta(seconds=20)  # 30 s backoff: not yet due
    assert runner.voer_uit(h.taak_id) is None

    settings.REGIE_TAAK_BACKOFF_SECONDEN = 0
    Taak.objects.filter(pk=h.taak_id).update(volgende_poging_op=timezone.now())
    runner.voer_uit(h.taak_id)
    h.taak.refresh_from_db()
    assert (h.taak.status, h.taak.pogingen) == (Status.MISLUKT, 3)
    client.force_login(beheerder)
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert "Mislukt na 3 pogingen: RuntimeError: schijf vol" in pagina and "every 1s" not in pagina


def test_a_job_that_keeps_dying_is_given_up(beheerder, inwoners, settings):
    settings.REGIE_TAAK_MAX_POGINGEN = 2
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    for _ in range(2):
        services.claim(h.taak_id)
        _verouder(h.taak)
        services.herstel_vastgelopen(plannen=False)
    h.taak.refresh_from_db()
    assert h.taak.status == Status.MISLUKT and "2 keer onderbroken" in h.taak.melding


def test_a_stopping_worker_hands_the_job_back(beheerder, inwoners, kleine_delen):
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    stand = {"delen": 0}

    def stoppen():
        stand["delen"] += 1
        return stand["delen"] > 2

    runner.voer_uit(h.taak_id, stoppen=stoppen)
    h.taak.refresh_from_db()
    assert (h.taak.status, h.taak.verwerkt, h.taak.pogingen) == (Status.WACHTEND, 20, 0)
    runner.voer_uit(h.taak_id)
    h.taak.refresh_from_db()
    assert h.taak.status == Status.KLAAR and per_inwoner_eenmaal(h, inwoners)


def test_worker_command_runs_waiting_jobs(beheerder, inwoners, settings):
    from django.core.management import call_command

    settings.REGIE_JOBS = "worker"
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM)
    call_command("worker", "--eenmalig", stdout=__import__("io").StringIO())
    h.taak.refresh_from_db()
    assert h.taak.status == Status.KLAAR and per_inwoner_eenmaal(h, inwoners)


def test_periodic_sweep_puts_a_dead_job_back_in_line(beheerder, inwoners, kleine_delen, settings):
    from regie.apps.taken import tasks

    geplande = settings.CELERY_BEAT_SCHEDULE["herstel-vastgelopen-taken"]
    assert geplande["task"] == tasks.herstel.name and geplande["schedule"] <= 120
    h = start_herberekening(door=beheerder, peildatum=PEILDATUM, plannen=False)
    services.claim(h.taak_id)
    assert tasks.herstel() == []  # a live heartbeat is left alone
    _verouder(h.taak)
    assert tasks.herstel() == [h.taak_id]
    h.taak.refresh_from_db()
    assert h.taak.status in (Status.WACHTEND, Status.KLAAR)  # eager mode: put back in line and run straight away
