"""Shared set-up for the benchmarks that run through the application: a cached demo database per size.

SQLite (the default): one file per benchmark, size and seed under ``var/bench/<naam>-<inwoners>-<seed>/``, filled once.
PostgreSQL (``database_url``): that one database, filled once per size and seed; a marker file under ``var/bench/``
remembers which demo it holds, and another size or seed rebuilds it. A database with a municipality that no benchmark
made is never wiped unless ``opnieuw`` says so.
"""

import hashlib
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def demo_database(
    naam: str, inwoners: int, seed: int, database_url: str | None = None, opnieuw: bool = False, **demo_opties
) -> Path:
    """Point Django at the benchmark's database, fill it with the demo municipality once; return its var directory."""
    var_dir = ROOT / "var" / "bench" / f"{naam}-{inwoners}-{seed}"
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ["REGIE_VAR_DIR"] = str(var_dir)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from regie.apps.accounts.models import Gemeente

    call_command("migrate", verbosity=0)
    if not database_url:
        if not Gemeente.objects.exists():
            print(f"Creating the demo database with {inwoners} inwoners (once)…", flush=True)
            call_command("demo", inwoners=inwoners, seed=seed, **demo_opties)
        return var_dir

    sleutel = hashlib.sha256(database_url.encode()).hexdigest()[:12]
    marker = ROOT / "var" / "bench" / f"postgresql-{sleutel}.json"
    gewenst = {"inwoners": inwoners, "seed": seed, "opties": demo_opties}
    aanwezig = json.loads(marker.read_text()) if marker.exists() else None
    if Gemeente.objects.exists():
        if aanwezig == gewenst:
            return var_dir
        if aanwezig is None and not opnieuw:
            raise SystemExit(
                "This PostgreSQL database already holds a municipality that no benchmark created; "
                "pass --opnieuw to wipe it and create the demo municipality."
            )
    print(f"Creating the demo municipality with {inwoners} inwoners in PostgreSQL (once per size)…", flush=True)
    marker.unlink(missing_ok=True)
    call_command("demo", inwoners=inwoners, seed=seed, opnieuw=True, **demo_opties)
    marker.write_text(json.dumps(gewenst))
    return var_dir
