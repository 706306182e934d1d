"""Load test: gunicorn on PostgreSQL with the demo municipality, Locust's working day for a fixed time, one table.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/regie_bench \\
        .venv/bin/python bench/loadtest.py --inwoners 100000 --gebruikers 30 --duur 60s

1. Builds (once per size, see ``_demodatabase.py``) the demo municipality in that PostgreSQL database, and portal
   accounts for ``--inwoner-accounts`` inwoners so simulated inwoners do not all read one portal.
2. Starts gunicorn on 127.0.0.1 at a free port (``--workers``, default two per CPU) with debug off, not in production
   mode (no HTTPS on 127.0.0.1), and waits until the login page answers.
3. Runs ``bench/locustfile.py`` headless: ``--gebruikers`` simulated users (klantmanagers and inwoners, 4 to 1), all
   started at once, for ``--opwarmen`` plus ``--duur``; requests in the warm-up are not counted.
4. Stops gunicorn and prints per page group: requests, requests/s, p50, p95 and maximum in ms, failures; then the
   total and the first failure messages. Locust's own CSV files and the server log stay in the run directory.

It only talks to 127.0.0.1 (the database URL must point there too), and stops by itself: Locust ends after the given
time and is killed if it does not, and gunicorn is always stopped. The load generator shares the machine's CPUs with
the server, which makes the figures conservative; on a larger machine pin them apart (``taskset``).
Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _demodatabase import demo_database  # noqa: E402

LOKAAL = {"127.0.0.1", "localhost", "::1"}
LOADTEST_PREFIX = "loadtest-inwoner-"


def seconden(tekst: str) -> int:
    """'60s', '2m', '90' -> seconds."""
    tekst = tekst.strip().lower()
    factor = {"s": 1, "m": 60, "h": 3600}.get(tekst[-1:])
    try:
        waarde = int(tekst[:-1]) * factor if factor else int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a duration: {tekst!r} (use e.g. 60s or 2m)") from None
    if waarde < 1:
        raise argparse.ArgumentTypeError("a duration must be at least 1 second")
    return waarde


def percentiel(gesorteerd: list[float], p: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return gesorteerd[max(0, math.ceil(p / 100 * len(gesorteerd)) - 1)]


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accounts_voorbereiden(aantal_inwoners: int) -> dict:
    """Klantmanager logins of the demo, and portal accounts for inwoners in a klantmanager's caseload."""
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from regie.apps.accounts.models import Gebruiker, Rol
    from regie.apps.demo.generator import DEMO_WACHTWOORD
    from regie.apps.dossier.models import Inwoner

    klantmanagers = list(
        Gebruiker.objects.filter(rol=Rol.KLANTMANAGER, is_active=True).order_by("pk").values_list("username", flat=True)
    )
    bestaand = list(
        Gebruiker.objects.filter(rol=Rol.INWONER, username__startswith=LOADTEST_PREFIX).values_list(
            "username", flat=True
        )
    )
    nodig = aantal_inwoners - len(bestaand)
    if nodig > 0:
        wachtwoord = make_password(DEMO_WACHTWOORD)
        with transaction.atomic():
            kandidaten = (
                Inwoner.objects.filter(
                    account__isnull=True, toewijzingen__rol=Rol.KLANTMANAGER, toewijzingen__tot__isnull=True
                )
                .distinct()
                .order_by("pk")[:nodig]
            )
            for inwoner in kandidaten:
                account = Gebruiker.objects.create(
                    username=f"{LOADTEST_PREFIX}{inwoner.pk}",
                    password=wachtwoord,
                    rol=Rol.INWONER,
                    gemeente_id=inwoner.gemeente_id,
                    first_name=inwoner.voornamen,
                    last_name=inwoner.achternaam,
                )
                Inwoner.objects.filter(pk=inwoner.pk).update(account=account)
                bestaand.append(account.username)
    inwoners = ["inwoner", *sorted(bestaand)[: max(0, aantal_inwoners - 1)]]
    return {"klantmanagers": klantmanagers, "inwoners": inwoners, "wachtwoord": DEMO_WACHTWOORD}


def wacht_op_server(url: str, server: subprocess.Popen, limiet: float = 90) -> None:
    einde = time.monotonic() + limiet
    while time.monotonic() < einde:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped with status {server.returncode}; see the server log.")
        try:
            with urllib.request.urlopen(f"{url}/account/inloggen/", timeout=5) as antwoord:  # noqa: S310 - 127.0.0.1
                if antwoord.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer on {url} within {limiet:.0f} s.")


def stop(proces: subprocess.Popen, naam: str) -> None:
    if proces.poll() is not None:
        return
    os.killpg(proces.pid, signal.SIGTERM)
    try:
        proces.wait(timeout=20)
    except subprocess.TimeoutExpired:
        print(f"{naam} did not stop on SIGTERM; killing it", file=sys.stderr)
        os.killpg(proces.pid, signal.SIGKILL)
        proces.wait()


def tabel(metingen: list, vanaf: float, duur: float) -> tuple[str, int]:
    """The figures per page group, from the exact timings written by the locustfile."""
    groepen: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for naam, ms, gelukt, start in metingen:
        if start >= vanaf:
            groepen[naam].append((ms, gelukt))
    regels = [
        f"{'page':<26} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'failures':>8}",
        "-" * 80,
    ]
    alle: list[tuple[float, bool]] = []
    for naam in sorted(groepen, key=lambda n: -len(groepen[n])):
        rijen = groepen[naam]
        alle += rijen
        regels.append(_regel(naam, rijen, duur))
    regels.append("-" * 80)
    regels.append(_regel("total", alle, duur))
    return "\n".join(regels), sum(1 for _ms, ok in alle if not ok)


def _regel(naam: str, rijen: list[tuple[float, bool]], duur: float) -> str:
    tijden = sorted(ms for ms, _ok in rijen)
    fouten = sum(1 for _ms, ok in rijen if not ok)
    if not tijden:
        return f"{naam:<26} {0:>8}"
    return (
        f"{naam:<26} {len(tijden):>8} {len(tijden) / duur:>7.1f} {percentiel(tijden, 50):>8.0f} "
        f"{percentiel(tijden, 95):>8.0f} {tijden[-1]:>8.0f} {fouten:>8}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inwoners", type=int, default=100_000, help="size of the demo municipality")
    parser.add_argument("--gebruikers", type=int, default=30, help="simulated users at once")
    parser.add_argument("--duur", type=seconden, default=60, help="measured time, e.g. 60s or 2m")
    parser.add_argument("--opwarmen", type=seconden, default=5, help="warm-up before measuring (not counted)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1), help="gunicorn worker processes")
    parser.add_argument("--denktijd", default="0", help="seconds between a user's tasks: 0 (capacity) or e.g. 1-5")
    parser.add_argument("--inwoner-accounts", type=int, default=50, help="portal accounts used by simulated inwoners")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL", ""), help="PostgreSQL on 127.0.0.1 (or DATABASE_URL)"
    )
    parser.add_argument("--opnieuw", action="store_true", help="wipe a database that holds other data")
    args = parser.parse_args()

    db = urlsplit(args.database_url)
    if db.scheme not in ("postgres", "postgresql") or (db.hostname or "127.0.0.1") not in LOKAAL:
        parser.error("--database-url (or DATABASE_URL) must be a PostgreSQL database on 127.0.0.1")
    if args.gebruikers < 1 or args.workers < 1:
        parser.error("--gebruikers and --workers must be at least 1")

    var_dir = demo_database("loadtest", args.inwoners, args.seed, database_url=args.database_url, opnieuw=args.opnieuw)
    gebruikers = accounts_voorbereiden(args.inwoner_accounts)
    from django.db import connections

    connections.close_all()

    run = var_dir / f"run-{datetime.now():%Y%m%d-%H%M%S}"
    run.mkdir(parents=True)
    (run / "users.json").write_text(json.dumps(gebruikers))
    poort = vrije_poort()
    url = f"http://127.0.0.1:{poort}"
    omgeving = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "DATABASE_URL": args.database_url,
        "REGIE_VAR_DIR": str(var_dir),
        "REGIE_PRODUCTION": "0",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "REGIE_LOAD_USERS": str(run / "users.json"),
        "REGIE_LOAD_THINK": args.denktijd,
        "REGIE_LOAD_TIMINGS": str(run / "timings.json"),
    }
    print(
        f"inwoners={args.inwoners} users={args.gebruikers} duration={args.duur}s (+{args.opwarmen}s warm-up) "
        f"workers={args.workers} think={args.denktijd}s  run directory: {run.relative_to(ROOT)}",
        flush=True,
    )
    with open(run / "server.log", "wb") as serverlog, open(run / "locust.log", "wb") as locustlog:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "regie.wsgi:application", "--bind", f"127.0.0.1:{poort}",
             "--workers", str(args.workers), "--timeout", "60", "--log-level", "warning"],
            cwd=ROOT, env=omgeving, stdout=serverlog, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            wacht_op_server(url, server)
            totaal = args.opwarmen + args.duur
            begin = time.time()
            locust = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
                 "--users", str(args.gebruikers), "--spawn-rate", str(args.gebruikers), "--run-time", f"{totaal}s",
                 "--host", url, "--stop-timeout", "10", "--csv", str(run / "locust"), "--only-summary",
                 "--loglevel", "WARNING"],
                cwd=ROOT, env=omgeving, stdout=locustlog, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
            try:
                locust.wait(timeout=totaal + 60)
            except subprocess.TimeoutExpired:
                print("Locust did not stop in time; stopping it", file=sys.stderr)
            finally:
                stop(locust, "Locust")
        finally:
            stop(server, "gunicorn")

    pad = run / "timings.json"
    if not pad.exists():
        print((run / "locust.log").read_text(errors="replace")[-3000:], file=sys.stderr)
        raise SystemExit("Locust wrote no timings; its log is above.")
    metingen = json.loads(pad.read_text())
    uitvoer, fouten = tabel(metingen, begin + args.opwarmen, args.duur)
    print(uitvoer)
    if fouten:
        failures = run / "locust_failures.csv"
        if failures.exists():
            print("\nFailures (Locust's summary):")
            print("\n".join(failures.read_text().splitlines()[:11]))
        print(f"\nServer log: {(run / 'server.log').relative_to(ROOT)}")
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
