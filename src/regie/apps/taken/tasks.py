"""The Celery side: one task that runs a job by id, and recovery of stale jobs when a worker starts and every minute
(``CELERY_BEAT_SCHEDULE``: run ``celery -A regie beat`` once, or one worker with ``-B``)."""

import logging

from celery import shared_task
from celery.signals import worker_ready

logger = logging.getLogger(__name__)


@shared_task(name="regie.taken.voer_uit", acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def voer_uit(taak_id: int) -> None:
    from .runner import voer_uit as uitvoeren

    uitvoeren(taak_id)


@shared_task(name="regie.taken.herstel_vastgelopen", ignore_result=True)
def herstel() -> list[int]:
    """The periodic sweep: jobs whose worker died while the other workers kept running are put back in line."""
    from .services import herstel_vastgelopen

    return herstel_vastgelopen()


@worker_ready.connect
def _herstel_bij_start(**_kwargs) -> None:
    """A worker that starts (again, e.g. after a crash) puts jobs whose worker died back in line."""
    from .services import herstel_vastgelopen

    try:
        herstel_vastgelopen()
    except Exception:  # a worker must start even when the database is briefly unreachable
        logger.exception("Vastgelopen achtergrondtaken konden niet worden hersteld")
