"""Recalculating every stored inwoner of a municipality through the application.

    .venv/bin/python bench/bench_herberekening.py --inwoners 100000

Builds (once, cached in var/bench/) a SQLite database with the generated demo municipality without calculations, then
runs the same background job the herberekening page starts: read household, income and assets per chunk, calculate
with full explanations, store every Berekening. Prints the wall time, inwoners per second and the stored rows.
"""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _demodatabase import demo_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inwoners", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--peildatum", type=date.fromisoformat, default=date(2026, 1, 1))
    args = parser.parse_args()

    demo_database("herberekening", args.inwoners, args.seed, berekeningen="nee")
    from regie.apps.accounts.models import Gebruiker, Rol
    from regie.apps.inkomen.herberekening import herbereken_in_dit_proces
    from regie.apps.inkomen.models import Berekening

    beheerder = Gebruiker.objects.get(rol=Rol.FUNCTIONEEL_BEHEERDER)
    voor = Berekening.objects.count()

    start = time.perf_counter()
    h = herbereken_in_dit_proces(
        door=beheerder,
        peildatum=args.peildatum,
        voortgang=lambda klaar, totaal: print(f"\r  {klaar}/{totaal}", end="", flush=True),
    )
    duur = time.perf_counter() - start
    taak = h.taak
    taak.refresh_from_db()
    print()
    print(f"inwoners={taak.totaal} peildatum={args.peildatum} status={taak.status}")
    print(
        f"tijd={duur:.1f} s  snelheid={taak.totaal / duur:,.0f} inwoners/s"
        f"  opgeslagen={Berekening.objects.count() - voor}"
        f"  gewijzigd={h.gewijzigd}  fouten={h.fouten}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
