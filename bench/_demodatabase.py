"""Shared set-up for the benchmarks that run through the application: a cached SQLite demo database per size."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def demo_database(naam: str, inwoners: int, seed: int, **demo_opties) -> None:
    """Point Django at ``var/bench/<naam>-<inwoners>-<seed>/`` and fill it with the demo municipality once."""
    var_dir = ROOT / "var" / "bench" / f"{naam}-{inwoners}-{seed}"
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ["REGIE_VAR_DIR"] = str(var_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from regie.apps.accounts.models import Gemeente

    call_command("migrate", verbosity=0)
    if not Gemeente.objects.exists():
        print(f"Database met {inwoners} inwoners maken (eenmalig)…", flush=True)
        call_command("demo", inwoners=inwoners, seed=seed, **demo_opties)
