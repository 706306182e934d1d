"""Background jobs: Celery workers when a broker is configured, otherwise a thread in this process.

A job is a plain function named by its dotted path, with JSON-able arguments, so the same call works in both modes
and a job never depends on state of the process that started it. Jobs record their own progress in the database.
"""

import importlib
import logging
import threading

from celery import shared_task
from django.conf import settings
from django.db import close_old_connections

logger = logging.getLogger(__name__)


def _voer_uit(pad: str, args: list) -> None:
    module, functie = pad.rsplit(".", 1)
    getattr(importlib.import_module(module), functie)(*args)


@shared_task(name="regie.jobs.taak")
def taak(pad: str, args: list) -> None:
    _voer_uit(pad, args)


def _in_thread(pad: str, args: list) -> None:
    close_old_connections()
    try:
        _voer_uit(pad, args)
    except Exception:  # the job itself records its failure; this keeps the thread from dying silently
        logger.exception("Achtergrondtaak %s is mislukt", pad)
    finally:
        close_old_connections()


def start(pad: str, *args) -> None:
    if settings.CELERY_BROKER_URL:
        taak.delay(pad, list(args))
    elif getattr(settings, "REGIE_JOBS_IN_THREAD", True):
        threading.Thread(target=_in_thread, args=(pad, list(args)), daemon=True, name=f"regie-job-{pad}").start()
    else:
        _voer_uit(pad, list(args))
