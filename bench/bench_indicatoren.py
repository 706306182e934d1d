"""Time to compute every steering indicator for a municipality with years of history, on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_indicatoren.py --inwoners 100000 --jaren 5
    .venv/bin/python bench/bench_indicatoren.py --inwoners 100000 --database-url postgres://postgres@127.0.0.1/bench

Builds (once per size, cached under var/bench/) a bare municipality with ``--inwoners`` inwoners and simulates their
history with the demo's history generator (bulk_create), then computes all indicators for the whole municipality and
for one team, and prints the time per scope (median of ``--herhalingen``). Indicators are database aggregations only.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _vul(inwoners: int, jaren: int) -> None:
    from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Team
    from regie.apps.demo import historie
    from regie.apps.dossier.models import Inwoner, Toewijzing, Wijk

    gemeente = Gemeente.objects.create(naam="Benchstad", cbs_code="GM9990")
    teams = [Team.objects.create(gemeente=gemeente, naam=f"Team {n}") for n in range(10)]
    wijken = [Wijk.objects.create(gemeente=gemeente, naam=f"Wijk {n}", code=f"WK9990{n:02d}") for n in range(20)]
    kms = Gebruiker.objects.bulk_create(
        [Gebruiker(username=f"km{n}", rol=Rol.KLANTMANAGER, gemeente=gemeente, team=teams[n % 10]) for n in range(80)]
    )
    rijen = [
        Inwoner(
            gemeente=gemeente,
            team=teams[i % 10],
            wijk=wijken[i % 20],
            bsn=f"{i:09d}",
            voornamen="Bench",
            achternaam=f"Inwoner{i}",
            geboortedatum=date(1980, 1, 1),
            straat="Benchstraat",
            huisnummer=1 + i % 200,
            postcode="1234 AB",
            woonplaats="Benchstad",
        )
        for i in range(inwoners)
    ]
    Inwoner.objects.bulk_create(rijen, 5000)
    ids = list(Inwoner.objects.filter(gemeente=gemeente).order_by("pk").values_list("pk", "team_id"))
    per_team = {}
    for km in kms:
        per_team.setdefault(km.team_id, []).append(km.pk)
    paren = [(pk, per_team[t][pk % len(per_team[t])]) for pk, t in ids]
    Toewijzing.objects.bulk_create(
        [Toewijzing(inwoner_id=pk, medewerker_id=km, rol=Rol.KLANTMANAGER, vanaf=date(2020, 1, 1)) for pk, km in paren],
        5000,
    )
    historie.bewaar(historie.simuleer(paren, vandaag=date(2025, 12, 31), jaren=jaren))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inwoners", type=int, default=100_000)
    parser.add_argument("--jaren", type=int, default=5)
    parser.add_argument("--herhalingen", type=int, default=3)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    var_dir = ROOT / "var" / "bench" / f"indicatoren-{args.inwoners}-{args.jaren}"
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ["REGIE_VAR_DIR"] = str(var_dir)
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from regie.apps.accounts.models import Gemeente, Team
    from regie.apps.sturing import indicatoren
    from regie.apps.sturing.models import Uitkeringsperiode

    call_command("migrate", verbosity=0)
    gemeente = Gemeente.objects.filter(cbs_code="GM9990").first()
    if gemeente is None:
        start = time.perf_counter()
        print(f"Generating {args.inwoners} inwoners with {args.jaren} years of history (once)…", flush=True)
        _vul(args.inwoners, args.jaren)
        print(f"  generated in {time.perf_counter() - start:.1f} s", flush=True)
        gemeente = Gemeente.objects.get(cbs_code="GM9990")
        with connection.cursor() as cursor:  # fresh statistics after the bulk load, as autovacuum would do later
            cursor.execute("ANALYZE")
    from regie.apps.dossier.models import Contactmoment, Inwoner

    print(
        f"{connection.vendor}: {Inwoner.objects.filter(gemeente=gemeente).count()} inwoners, "
        f"{Uitkeringsperiode.objects.count()} benefit periods, {Contactmoment.objects.count()} contact moments"
    )
    van, tot = date(2021, 1, 1), date(2025, 12, 31)
    team = Team.objects.filter(gemeente=gemeente).order_by("pk").first()
    for naam, inwoners in (
        ("gemeente", Inwoner.objects.filter(gemeente=gemeente)),
        ("één team", Inwoner.objects.filter(team=team)),
    ):
        tijden = []
        for _ in range(args.herhalingen):
            start = time.perf_counter()
            indicatoren.alle(inwoners, van, tot, tot)
            tijden.append(time.perf_counter() - start)
        print(f"all indicators, {naam}: median {statistics.median(tijden):.2f} s (min {min(tijden):.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
