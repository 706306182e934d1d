"""The processing log: appends per second, and verifying a long chain in flat memory.

    .venv/bin/python bench/bench_logboek.py --regels 100000

Uses its own SQLite database in var/bench/logboek/ (or DATABASE_URL when set), appends ``--regels`` entries through
``log_verwerking`` exactly as a page does (lock the chain head, one INSERT, move the head), then runs the same check as
``regie logboek verifieer`` and prints its time and the growth of the process's peak memory.
"""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _piek_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regels", type=int, default=100_000)
    args = parser.parse_args()

    var_dir = ROOT / "var" / "bench" / "logboek"
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ["REGIE_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Team
    from regie.apps.audit.models import Inzage
    from regie.apps.audit.services import log_verwerking
    from regie.apps.audit.verificatie import verifieer

    call_command("migrate", verbosity=0)
    gemeente, _ = Gemeente.objects.get_or_create(naam="Benchdorp", cbs_code="GM9997")
    team, _ = Team.objects.get_or_create(gemeente=gemeente, naam="Team Bench")
    actor, _ = Gebruiker.objects.get_or_create(
        username="bench-klantmanager", defaults={"rol": Rol.KLANTMANAGER, "gemeente": gemeente, "team": team}
    )
    nodig = args.regels - Inzage.objects.count()
    if nodig > 0:
        start = time.perf_counter()
        for n in range(nodig):
            log_verwerking(
                actor=actor,
                categorie=("identificatie", "contact", "huishouden"),
                activiteit="begeleiding",
                onderdeel="dossier: persoon, huishouden, begeleiding, tijdlijn",
                inwoner_id=n % 5000 + 1,
                pad=f"/caseload/inwoners/{n % 5000 + 1}/",
            )
        duur = time.perf_counter() - start
        per_regel = duur / nodig * 1e3
        print(
            f"{nodig} regels toegevoegd in {duur:.1f} s: {nodig / duur:,.0f} per seconde, {per_regel:.2f} ms per regel"
        )
    voor = _piek_mb()
    start = time.perf_counter()
    uitkomst = verifieer()
    duur = time.perf_counter() - start
    print(
        f"verifieer: {uitkomst.aantal} regels in {duur:.1f} s ({uitkomst.aantal / max(duur, 1e-9):,.0f} per seconde), "
        f"piekgeheugen +{_piek_mb() - voor:.0f} MB, {'intact' if uitkomst.in_orde else uitkomst.fout}"
    )
    return 0 if uitkomst.in_orde else 1


if __name__ == "__main__":
    sys.exit(main())
