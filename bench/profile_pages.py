"""Where one request's time goes: cProfile over the caseload, dossier and plan pages through Django's full stack.

    .venv/bin/python bench/profile_pages.py --inwoners 20000 --herhalingen 20

Builds (once, cached in var/bench/) a SQLite demo database, logs in as the demo klantmanager with Django's test client
and requests each page ``--herhalingen`` times after a warm-up, under cProfile. Prints per page the mean time per
request, the queries and their time (measured with an execute wrapper), and the profile's own time (tottime) summed
by where the code lives: templates, database, sessions and auth, middleware, the access log, the app's own code,
Python's standard library; then the functions with the most own time. The profile adds overhead of its own, so read
the shares, not the absolute milliseconds.
"""

import argparse
import cProfile
import pstats
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _demodatabase import demo_database  # noqa: E402

# First match wins: (category, pattern on "file:function").
CATEGORIES = [
    ("database: sqlite3/psycopg driver", r"<method 'execute(many)?' of|SQLiteCursorWrapper|sqlite3|psycopg"),
    ("database: Django ORM and SQL compiler", r"django/db/"),
    ("templates: Django template engine", r"django/template/|django/templatetags/|django/utils/safestring|html\.py"),
    ("templates: Regie template tags", r"regie/templatetags/"),
    ("sessions and auth", r"django/contrib/(sessions|auth)/|django/core/signing"),
    ("access log (audit)", r"regie/apps/audit/"),
    ("middleware and request handling", r"django/(core/handlers|middleware|utils/deprecation)|django_htmx|csp/|axes/"),
    ("test client (not in production)", r"django/test/"),
    ("translation and formatting", r"django/utils/(translation|formats|dateformat|numberformat|timezone)"),
    ("other Django", r"django/"),
    ("Regie views, selectors, forms", r"regie/"),
    ("Python standard library", r"python3\.\d+/|<built-in|<method|<frozen"),
]


def categorie(bestand: str, functie: str) -> str:
    sleutel = f"{bestand}:{functie}"
    for naam, patroon in CATEGORIES:
        if re.search(patroon, sleutel):
            return naam
    return "other"


def onderdelen(stats: dict, n: int) -> list[tuple[str, float]]:
    """Milliseconds per request in the parts of the request cycle (cumulative time of their entry points)."""

    def cum(bestand_eind: str, functie: str) -> float:
        return sum(w[3] for (b, _r, f), w in stats.items() if b.endswith(bestand_eind) and f == functie) / n * 1000

    def bovenste(patroon: str) -> float:
        """Cumulative time of matching functions not called by another matching one (no double counting)."""
        regex = re.compile(patroon)
        totaal = 0.0
        for (b, _r, _f), w in stats.items():
            if regex.search(b) and not any(regex.search(c[0]) for c in w[4]):
                totaal += w[3]
        return totaal / n * 1000

    geheel = cum("django/core/handlers/base.py", "get_response")
    view = bovenste(r"regie/apps/\w+/views\.py$")
    sjabloon = cum("django/template/backends/django.py", "render")
    return [
        ("whole request in Django's handler (middleware, view, response)", geheel),
        ("  middleware and request handling around the view", geheel - view),
        (
            "    of which sessions and auth (session load, user lookup)",
            bovenste(r"django/contrib/(sessions|auth/(?!decorators))"),
        ),
        ("  the view", view),
        ("    of which rendering templates (with queries run from templates)", sjabloon),
        ("    of which the access log (audit)", cum("regie/apps/audit/services.py", "log_inzage")),
        ("    of which the view's own code, selectors and queries before rendering", view - sjabloon),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inwoners", type=int, default=20_000)
    parser.add_argument("--herhalingen", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=12, help="functions with the most own time to list")
    parser.add_argument(
        "--database-url", default=None, help="profile against this PostgreSQL database (the load test's, filled once)"
    )
    args = parser.parse_args()

    demo_database("loadtest" if args.database_url else "caseload", args.inwoners, args.seed, args.database_url)
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    from regie.apps.accounts.models import Gebruiker
    from regie.apps.dossier.models import Toewijzing

    km = Gebruiker.objects.get(username="klantmanager")
    inwoner = Toewijzing.objects.filter(medewerker=km, tot__isnull=True).order_by("inwoner_id").first().inwoner_id
    paginas = [
        ("caseload", "/caseload/"),
        ("caseload (team, sorted)", "/caseload/?weergave=team&sorteer=-laatste_contact&pagina=3"),
        ("dossier", f"/caseload/inwoners/{inwoner}/"),
        ("plan", f"/caseload/inwoners/{inwoner}/plan/"),
    ]
    sql = {"aantal": 0, "tijd": 0.0}

    def meet_sql(execute, query, params, many, context):
        start = time.perf_counter()
        try:
            return execute(query, params, many, context)
        finally:
            sql["aantal"] += 1
            sql["tijd"] += time.perf_counter() - start

    print(f"inwoners={args.inwoners} herhalingen={args.herhalingen} (DEBUG off, {connection.vendor})")
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        client = Client()
        client.force_login(km)
        for naam, url in paginas:
            assert client.get(url).status_code == 200, url  # warm-up: templates compiled, caches filled
            start, cpu_start = time.perf_counter(), time.process_time()
            for _ in range(args.herhalingen):
                client.get(url)
            zonder = (time.perf_counter() - start) / args.herhalingen * 1000
            # This process's CPU time: what a web worker spends, and steadier than wall time on a busy machine.
            cpu = (time.process_time() - cpu_start) / args.herhalingen * 1000
            sql.update(aantal=0, tijd=0.0)
            profiel = cProfile.Profile()
            start = time.perf_counter()
            with connection.execute_wrapper(meet_sql):
                profiel.enable()
                for _ in range(args.herhalingen):
                    antwoord = client.get(url)
                profiel.disable()
            per_verzoek = (time.perf_counter() - start) / args.herhalingen * 1000
            assert antwoord.status_code == 200
            stats = pstats.Stats(profiel)
            n = args.herhalingen
            print(
                f"\n== {naam}: {url}\n   {zonder:.1f} ms per request ({cpu:.1f} ms CPU in this process), "
                f"{per_verzoek:.1f} ms under the profiler; "
                f"{sql['aantal'] / n:.0f} queries, {sql['tijd'] / n * 1000:.1f} ms executing SQL"
            )
            for label, ms in onderdelen(stats.stats, n):
                print(f"   {ms:7.1f} ms  {label}")
            per_categorie: dict[str, float] = defaultdict(float)
            totaal = 0.0
            for (bestand, _regel, functie), (_cc, _nc, eigen, _cum, callers) in stats.stats.items():
                totaal += eigen
                if bestand == "~" and callers and "execute" not in functie:
                    # A built-in (getattr, isinstance…) counts for the code that called it.
                    for (c_bestand, _r, c_functie), waarden in callers.items():
                        per_categorie[categorie(c_bestand, c_functie)] += waarden[2]
                else:
                    per_categorie[categorie(bestand, functie)] += eigen
            print("   own time by where the code lives:")
            for cat, tijd in sorted(per_categorie.items(), key=lambda kv: -kv[1]):
                if tijd / totaal >= 0.005:
                    print(f"   {tijd / totaal * 100:6.1f}%  {cat}")
            print(f"   functions with the most own time (of {totaal / args.herhalingen * 1000:.1f} ms per request):")
            rijen = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[: args.top]
            for (bestand, regel, functie), (_cc, nc, eigen, cum, _callers) in rijen:
                kort = re.sub(r".*/(site-packages|src)/", "", bestand)
                print(
                    f"   {eigen / args.herhalingen * 1000:6.2f} ms own {cum / args.herhalingen * 1000:7.2f} ms cum "
                    f"{nc // args.herhalingen:6d}x  {kort}:{regel}({functie})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
