"""Running a job: chunk after chunk, each with the cursor in its own transaction; and handing jobs to a runner.

Runners, chosen by ``REGIE_JOBS`` (or derived from the other settings):

- ``celery``: a Celery worker runs it (default when ``CELERY_BROKER_URL``/``REDIS_URL`` is set);
- ``worker``: the web process only records the job; ``regie worker`` processes poll the database and run it;
- ``thread``: a thread in the process that started it (the default for the demo);
- ``inline``: at once, in the caller (tests and commands).

Whatever runs it, the job lives in the database: when its process dies, its heartbeat goes stale and the next
worker, start request or page view puts it back in line (``services.herstel_vastgelopen``).
"""

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from . import soorten
from .models import Status, Taak
from .services import claim, max_pogingen, wachttijd

logger = logging.getLogger(__name__)
UITVOERINGEN = ("celery", "worker", "thread", "inline")


def uitvoering() -> str:
    gekozen = getattr(settings, "REGIE_JOBS", "") or ""
    if gekozen:
        return gekozen
    if settings.CELERY_BROKER_URL:
        return "celery"
    return "thread" if getattr(settings, "REGIE_JOBS_IN_THREAD", True) else "inline"


def plan(taak_id: int, na: float = 0) -> None:
    """Hand a waiting job to the configured runner (after ``na`` seconds)."""
    modus = uitvoering()
    if modus == "celery":
        from regie.celery import app

        app.send_task("regie.taken.voer_uit", args=[taak_id], countdown=na or None)
    elif modus == "thread":
        draad = threading.Timer(na, _in_draad, args=(taak_id,))
        draad.daemon = True
        draad.name = f"regie-taak-{taak_id}"
        draad.start()
    elif modus == "inline" and not na:
        voer_uit(taak_id)
    # "worker" (and a delayed retry inline): a `regie worker` process picks it up when it is due.


def _in_draad(taak_id: int) -> None:
    close_old_connections()
    try:
        voer_uit(taak_id)
    except Exception:  # recorded on the job itself; this only keeps the thread from dying silently
        logger.exception("Achtergrondtaak %s is mislukt", taak_id)
    finally:
        close_old_connections()


class _Verdrongen(Exception):
    """Another worker took this job over (this one was presumed dead): stop without writing."""


def _van_mij(taak_id: int, poging: int, **extra):
    return Taak.objects.filter(pk=taak_id, pogingen=poging, status=Status.BEZIG, **extra)


def voer_uit(taak_id: int | None = None, *, voortgang=None, stoppen=None, geclaimd: tuple[int, int] | None = None):
    """Claim a due job (this one, or the next in line) and run it to the end, a cancel, a stop or a failure.

    Returns the id of the job it ran, or None when there was nothing to run. ``stoppen()`` is asked between chunks
    (a worker that is shutting down hands the job back); ``voortgang(verwerkt, totaal)`` hears after each chunk.
    """
    geclaimd = geclaimd or claim(taak_id)
    if geclaimd is None:
        return None
    taak_id, poging = geclaimd
    taak = Taak.objects.get(pk=taak_id)
    soort = soorten.van(taak.soort)
    try:
        _loop(taak, poging, soort, voortgang, stoppen)
    except _Verdrongen:
        logger.warning("Achtergrondtaak %s is door een andere werker overgenomen", taak_id)
    except Exception as fout:
        logger.exception("Achtergrondtaak %s: poging %s mislukt", taak_id, poging)
        _mislukt(taak_id, poging, fout)
    return taak_id


def _loop(taak: Taak, poging: int, soort, voortgang, stoppen) -> None:
    if taak.totaal is None:
        taak.totaal = soort.totaal(taak)
        if not _van_mij(taak.pk, poging).update(totaal=taak.totaal, hartslag=timezone.now()):
            raise _Verdrongen
    pauze = float(getattr(settings, "REGIE_TAAK_PAUZE_MS", 0)) / 1000  # leaves room for web traffic on one machine
    grootte = int(getattr(settings, "REGIE_TAAK_DEEL_GROOTTE", 0)) or soort.deel_grootte
    cursor, verwerkt = taak.cursor, taak.verwerkt
    while True:
        stand = _van_mij(taak.pk, poging).values_list("annuleren_gevraagd", flat=True).first()
        if stand is None:
            raise _Verdrongen
        if stand:
            _van_mij(taak.pk, poging).update(status=Status.GEANNULEERD, klaar_op=timezone.now())
            return
        if stoppen is not None and stoppen():
            _geef_terug(taak.pk, poging, cursor)
            return
        ids = soort.volgende(taak, cursor, grootte)
        if not ids:
            _van_mij(taak.pk, poging).update(status=Status.KLAAR, klaar_op=timezone.now(), hartslag=timezone.now())
            return
        uitkomst = soort.verwerk(taak, ids)
        with transaction.atomic():
            # The cursor moves only from where this worker left it, in the transaction that writes the chunk.
            if not _van_mij(taak.pk, poging, cursor=cursor).update(
                cursor=ids[-1], verwerkt=F("verwerkt") + len(ids), hartslag=timezone.now()
            ):
                raise _Verdrongen
            soort.bewaar(taak, ids, uitkomst)
        cursor, verwerkt = ids[-1], verwerkt + len(ids)
        if voortgang is not None:
            voortgang(verwerkt, taak.totaal)
        if pauze:
            time.sleep(pauze)


def _geef_terug(taak_id: int, poging: int, cursor) -> None:
    """A worker that stops (deploy, SIGTERM) hands the job back at once instead of waiting to be presumed dead."""
    _van_mij(taak_id, poging).update(
        status=Status.WACHTEND,
        volgende_poging_op=timezone.now(),
        pogingen=F("pogingen") - 1,  # a clean hand-back is not a failed attempt
        melding=_("De werker is gestopt; de taak gaat verder na het laatste afgeronde deel."),
    )


def _mislukt(taak_id: int, poging: int, fout: Exception) -> None:
    tekst = f"{type(fout).__name__}: {fout}"[:2000]
    nu = timezone.now()
    if poging < max_pogingen():
        wacht = wachttijd(poging)
        volgende = nu + wacht
        if _van_mij(taak_id, poging).update(
            status=Status.WACHTEND,
            volgende_poging_op=volgende,
            melding=_("Poging %(n)s van %(max)s mislukt: %(fout)s. Nieuwe poging om %(tijd)s.")
            % {
                "n": poging,
                "max": max_pogingen(),
                "fout": tekst,
                "tijd": time_format(timezone.localtime(volgende), "H:i:s"),
            },
        ):
            plan(taak_id, na=wacht.total_seconds())
    else:
        _van_mij(taak_id, poging).update(
            status=Status.MISLUKT,
            klaar_op=nu,
            melding=_("Mislukt na %(n)s pogingen: %(fout)s") % {"n": poging, "fout": tekst},
        )
