"""Caseload page render time with a large municipality.

    .venv/bin/python bench/bench_caseload.py --inwoners 100000 --herhalingen 30

Builds (once, cached in var/bench/) a SQLite database with the generated demo municipality, then requests the
caseload page through Django's full request stack as a logged-in klantmanager and as a teamleider, and prints the
median and 95th percentile render time and the number of queries per request (asserted: at most MAX_QUERIES).
Goal: median under 300 ms.
"""

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _demodatabase import demo_database  # noqa: E402

# session, user, count, page, two for the klantmanager's signals, one spare; four for the processing log entry
MAX_QUERIES = 7 + 4


def _aantal_treffers(html: str) -> str:
    match = re.search(r'class="utrecht-paragraph regie-aantal">(\d+)', html)
    return match.group(1) if match else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inwoners", type=int, default=100_000)
    parser.add_argument("--herhalingen", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    demo_database("caseload", args.inwoners, args.seed)
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import override_settings

    from regie.apps.accounts.models import Gebruiker

    gevallen = [
        ("klantmanager", "/caseload/"),
        ("klantmanager", "/caseload/?weergave=team&sorteer=-laatste_contact"),
        ("klantmanager", "/caseload/?weergave=team&zoek=de&pagina=3"),
        ("teamleider", "/caseload/?sorteer=geboortedatum&pagina=40"),
    ]
    print(f"inwoners={args.inwoners} herhalingen={args.herhalingen}")
    print(f"{'gebruiker':<13} {'pagina':<55} {'treffers':>8} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    with override_settings(DEBUG=True, ALLOWED_HOSTS=["testserver"]):
        for username, url in gevallen:
            client = Client()
            client.force_login(Gebruiker.objects.get(username=username))
            response = client.get(url)  # warm-up
            assert response.status_code == 200, response.status_code
            tijden = []
            for _ in range(args.herhalingen):
                reset_queries()
                start = time.perf_counter()
                response = client.get(url)
                tijden.append((time.perf_counter() - start) * 1000)
            queries = len(connection.queries)
            # The page must cost the same few queries at any size; fail loudly if a change breaks that.
            assert queries <= MAX_QUERIES, f"{url}: {queries} queries (max {MAX_QUERIES})"
            treffers = _aantal_treffers(response.content.decode())
            p95 = statistics.quantiles(tijden, n=20)[-1]
            print(f"{username:<13} {url:<55} {treffers:>8} {statistics.median(tijden):>10.1f} {p95:>8.1f} {queries:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
