"""Helpers for tests that run workers as separate processes against the (PostgreSQL) test database."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def omgeving(**extra) -> dict:
    """Environment for a worker process: the same test database this test process uses."""
    instellingen = connection.settings_dict
    gebruiker = instellingen["USER"] + (f":{instellingen['PASSWORD']}" if instellingen["PASSWORD"] else "")
    url = f"postgres://{gebruiker}@{instellingen['HOST']}:{instellingen['PORT'] or 5432}/{instellingen['NAME']}"
    basis = {k: v for k, v in os.environ.items() if not k.startswith(("REGIE_TAAK", "REGIE_JOBS"))}
    return {
        **basis,
        "DATABASE_URL": url,
        "PYTHONPATH": str(ROOT / "src"),
        "DJANGO_SETTINGS_MODULE": "regie.settings",
        **{k: str(v) for k, v in extra.items()},
    }


def regie(*argumenten, log: Path, **extra) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *argumenten],
        env=omgeving(**extra),
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )


def wacht_tot(voorwaarde, *, seconden: float = 90, stap: float = 0.05, wat: str = ""):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        uitkomst = voorwaarde()
        if uitkomst:
            return uitkomst
        time.sleep(stap)
    raise AssertionError(f"Niet binnen {seconden} s: {wat}")
