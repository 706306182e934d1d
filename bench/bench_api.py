"""Throughput of the API's stateless calculation endpoint (POST /api/v1/berekenen/) behind gunicorn.

    python bench/bench_api.py                                    # a fresh SQLite file, 2 workers, 8 clients
    python bench/bench_api.py --workers 4 --threads 2 --clients 16 --verzoeken 4000
    DATABASE_URL=postgres://… python bench/bench_api.py            # that database (adds one application to it)

Migrates the database, adds a municipality with one application (its key authenticates every request, as for a real
system), starts gunicorn with Regie's own configuration, warms up, then sends the same case from N client threads over
keep-alive HTTP connections. Prints requests per second, p50 and p95 latency in milliseconds, and any non-200 answers
(exit status 1 when there are any). ``--json`` prints the figures as JSON.
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASUS = {
    "peildatum": "2026-03-01",
    "aanvrager": {"geboortedatum": "1990-06-15"},
    "inkomsten": [{"soort": "arbeid", "netto_per_maand": "800.00", "vrijlating_sinds": "2026-01-01"}],
}


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _opzetten(env: dict) -> str:
    """Migrate and create the application in a child process (Django set up there, not here); returns the key."""
    code = """
import django, uuid
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from regie.apps.accounts.models import Gebruiker, Gemeente, Rol
from regie.apps.koppelingen import services
naam = "Bench " + uuid.uuid4().hex[:8]
gemeente = Gemeente.objects.create(naam=naam, cbs_code="GM" + str(uuid.uuid4().int)[:4])
beheerder = Gebruiker.objects.create(username=naam, rol=Rol.FUNCTIONEEL_BEHEERDER, gemeente=gemeente)
_app, sleutel = services.maak_applicatie(door=beheerder, gegevens={
    "naam": "Bench", "scopes": ["berekenen:lezen"], "categorieen": [], "limiet_per_minuut": 100000})
print(sleutel)
"""
    uit = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    return uit.stdout.strip().splitlines()[-1]


def _client(poort: int, sleutel: str, aantal: int, duren: list, fouten: list, lock: threading.Lock) -> None:
    verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
    body = json.dumps(CASUS)
    kop = {"Authorization": f"Bearer {sleutel}", "Content-Type": "application/json"}
    eigen, eigen_fouten = [], []
    for _ in range(aantal):
        begin = time.perf_counter()
        verbinding.request("POST", "/api/v1/berekenen/?toelichting=false", body=body, headers=kop)
        antwoord = verbinding.getresponse()
        antwoord.read()
        eigen.append(time.perf_counter() - begin)
        if antwoord.status != 200:
            eigen_fouten.append(antwoord.status)
    verbinding.close()
    with lock:
        duren.extend(eigen)
        fouten.extend(eigen_fouten)


def _ronde(poort, sleutel, clients, verzoeken):
    duren, fouten, lock = [], [], threading.Lock()
    per_client = max(1, verzoeken // clients)
    threads = [
        threading.Thread(target=_client, args=(poort, sleutel, per_client, duren, fouten, lock)) for _ in range(clients)
    ]
    begin = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - begin, duren, fouten


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--verzoeken", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    werkmap = Path(tempfile.mkdtemp(prefix="regie-bench-api-"))
    env = {**os.environ, "REGIE_VAR_DIR": str(werkmap), "DJANGO_SETTINGS_MODULE": "regie.settings"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")]))
    env.pop("REGIE_PRODUCTION", None)
    sleutel = _opzetten(env)
    poort = _vrije_poort()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server_env = {
        **env,
        "REGIE_BIND": f"127.0.0.1:{poort}",
        "WEB_CONCURRENCY": str(args.workers),
        "REGIE_THREADS": str(args.threads),
    }
    server = subprocess.Popen(
        [str(gunicorn), "-c", "python:regie.gunicorn_conf", "regie.wsgi"],
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=open(werkmap / "gunicorn.log", "w"),  # noqa: SIM115 - kept open for the server's lifetime
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        _ronde(poort, sleutel, args.clients, args.clients * 20)  # warm up every worker
        tijd, duren, fouten = _ronde(poort, sleutel, args.clients, args.verzoeken)
    finally:
        server.terminate()
        server.wait(timeout=30)
    duren.sort()
    uitslag = {
        "verzoeken": len(duren),
        "seconden": round(tijd, 2),
        "verzoeken_per_seconde": round(len(duren) / tijd, 1),
        "p50_ms": round(statistics.median(duren) * 1000, 2),
        "p95_ms": round(duren[int(len(duren) * 0.95) - 1] * 1000, 2),
        "niet_200": len(fouten),
        "workers": args.workers,
        "threads": args.threads,
        "clients": args.clients,
    }
    if args.json:
        print(json.dumps(uitslag))
    else:
        print(
            f"POST /api/v1/berekenen/ behind gunicorn ({args.workers} workers × {args.threads} threads, "
            f"{args.clients} clients): {uitslag['verzoeken_per_seconde']} requests/s, "
            f"p50 {uitslag['p50_ms']} ms, p95 {uitslag['p95_ms']} ms, {len(fouten)} not 200 "
            f"({uitslag['verzoeken']} requests in {uitslag['seconden']} s)"
        )
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
