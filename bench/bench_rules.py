"""Benchmark of the Participatiewet engine (``regie.rules``) and the ``regie bereken`` command.

Run from the repository root::

    .venv/bin/python bench/bench_rules.py                 # 100,000 cases, median of 5 runs, plus the CLI
    .venv/bin/python bench/bench_rules.py --aantal 20000 --runs 3 --zonder-cli

What it measures (1 and 2 on one CPU core: the process pins itself to one core where the OS allows it):

1. ``bereken`` with full explanations over N generated, varied cases (every household type, kostendelers, assets,
   income with vrijlatingen, gifts, youth extra norm, institutions, errors excluded): cases per second, median of
   the runs. Parsing is done before the clock starts.
   The same without explanation (``toelichting=False``) for comparison. Both as wall-clock time and as CPU time of
   the process (the fairer figure on a shared machine: time spent waiting for a busy core is left out).
2. The whole in-process chain ``case_from_dict`` + ``bereken`` + ``result_to_dict`` + ``json.dumps``.
3. ``regie bereken FILE`` as a separate process on a file of N cases (output to a temporary file): as is, with
   ``--zonder-toelichting`` and with ``--processen 2``; wall time including interpreter start and JSON parsing.

Figures (``.venv/bin/python bench/bench_rules.py --aantal 20000 --runs 3 --zonder-cli``, Python 3.11.7, one core of
the 2-core machine shared with other work, load average 4 to 8 during the run, medians of 3 runs; CPU time is the
fairer figure under that load)::

    bereken, met toelichting                 11,722 casussen/s CPU-tijd (12,950 at load average 1.5)
    bereken, toelichting=False               26,002 casussen/s CPU-tijd (31,295 at load average 1.5)
    dict → bereken → JSON, met toelichting    4,586 casussen/s CPU-tijd ( 5,429 at load average 1.5)

Earlier full runs of the command (same machine, under shared load): ``regie bereken FILE`` 30.4 s for 100,000 cases
(327 MB of output), with ``--zonder-toelichting`` 15.8 s. Goal: at least 10,000 cases per second for ``bereken`` with
full explanations on one core — met. Writing the explanation texts is most of the time (compare the
``toelichting=False`` line); keeping 100,000 results alive at once would add the garbage collector's passes over them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from regie.rules import bereken, case_from_dict, result_to_dict

PEILDATA = [
    date(2025, 1, 1),
    date(2025, 3, 15),
    date(2025, 7, 1),
    date(2025, 11, 30),
    date(2026, 1, 1),
    date(2026, 5, 1),
]


def _datum(rng: random.Random, van: date, tot: date) -> str:
    return (van + timedelta(days=rng.randrange((tot - van).days + 1))).isoformat()


def _jaren_terug(peil: date, jaren: int) -> date:
    return date(peil.year - jaren, peil.month, min(peil.day, 28))


def genereer(aantal: int, zaad: int = 2026) -> list[dict[str, Any]]:
    """Varied, valid cases as plain dicts (the same shape as the JSON input)."""
    rng = random.Random(zaad)
    casussen = []
    for _ in range(aantal):
        peil = rng.choice(PEILDATA)
        leeftijd = rng.choice([18, 19, 20, 22, 26, 27, 30, 35, 45, 55, 66, 67, 70, 80])
        casus: dict[str, Any] = {
            "peildatum": peil.isoformat(),
            "aanvrager": {"geboortedatum": _datum(rng, _jaren_terug(peil, leeftijd + 1), _jaren_terug(peil, leeftijd))},
        }
        if rng.random() < 0.35:
            p = rng.choice([19, 25, 40, 60, 68])
            casus["partner"] = {"geboortedatum": _datum(rng, _jaren_terug(peil, p + 1), _jaren_terug(peil, p))}
        if rng.random() < 0.35:
            casus["kinderen"] = [
                {"geboortedatum": _datum(rng, _jaren_terug(peil, 17), peil)} for _ in range(rng.randint(1, 3))
            ]
        if rng.random() < 0.25:
            casus["medebewoners"] = [
                {
                    "geboortedatum": _datum(rng, _jaren_terug(peil, 70), _jaren_terug(peil, 20)),
                    "soort": rng.choice(["familie", "familie", "overig", "student", "commerciele_huurder"]),
                }
                for _ in range(rng.randint(1, 5))
            ]
        if rng.random() < 0.3:
            casus["vermogen"] = [
                {
                    "soort": rng.choice(["bank", "contant", "voertuig", "eigen_woning", "overig"]),
                    "bedrag": f"{rng.randint(0, 9_000_000) / 100:.2f}",
                }
                for _ in range(rng.randint(1, 2))
            ]
        if rng.random() < 0.55:
            casus["inkomsten"] = [
                {
                    "soort": rng.choice(["arbeid", "arbeid", "uitkering", "alimentatie", "overig"]),
                    "netto_per_maand": f"{rng.randint(0, 200_000) / 100:.2f}",
                    "vrijlating_sinds": _datum(rng, date(2022, 1, 1), peil),
                }
                for _ in range(rng.randint(1, 2))
            ]
        if rng.random() < 0.1:
            casus["giften_per_jaar"] = f"{rng.randint(0, 300_000) / 100:.2f}"
        casus["ouders_kunnen_niet_bijdragen"] = rng.random() < 0.15
        casus["medisch_urenbeperkt"] = rng.random() < 0.1
        casus["in_inrichting"] = rng.random() < 0.03
        casussen.append(casus)
    return casussen


def _een_kern() -> tuple[str, set[int] | None]:
    """Pin this process to one core; returns a description and the previous set, to restore for the CLI runs."""
    if not hasattr(os, "sched_setaffinity"):
        return "niet vastgezet (OS ondersteunt het niet)", None
    vorige = os.sched_getaffinity(0)
    kern = min(vorige)
    os.sched_setaffinity(0, {kern})
    return f"vastgezet op kern {kern}", vorige


def _tijd(functie: Any) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the CPU time is the fairer figure."""
    muur, cpu = time.perf_counter(), time.process_time()
    functie()
    return time.perf_counter() - muur, time.process_time() - cpu


def _meld(label: str, aantal: int, tijden: list[tuple[float, float]]) -> None:
    muur = statistics.median(t[0] for t in tijden)
    cpu = statistics.median(t[1] for t in tijden)
    print(f"{label:38} {aantal / muur:8,.0f} casussen/s wandklok (mediaan {muur:.2f} s), "
          f"{aantal / cpu:8,.0f} casussen/s CPU-tijd (mediaan {cpu:.2f} s)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--zonder-cli", action="store_true", help="skip the regie bereken timing")
    args = parser.parse_args()

    kern, alle_kernen = _een_kern()
    print(f"Python {sys.version.split()[0]}; {kern}; {args.aantal} casussen, {args.runs} runs")
    ruw = genereer(args.aantal)
    casussen = [case_from_dict(c) for c in ruw]
    # The benchmark's own 100,000 inputs live for the whole run; freezing them keeps the garbage collector from
    # rescanning them on every pass, which would be charged to the engine. Results are consumed one by one, as the
    # command line and the recalculation job do, instead of all being kept alive.
    gc.freeze()

    def alle(**opties: Any) -> None:
        for c in casussen:
            bereken(c, **opties)

    _meld("bereken, met toelichting", args.aantal, [_tijd(alle) for _ in range(args.runs)])
    _meld("bereken, toelichting=False", args.aantal, [_tijd(lambda: alle(toelichting=False)) for _ in range(args.runs)])

    def keten() -> None:
        for c in ruw:
            json.dumps(result_to_dict(bereken(case_from_dict(c))), ensure_ascii=False)

    _meld("dict → bereken → JSON, met toelichting", args.aantal, [_tijd(keten) for _ in range(max(1, args.runs // 2))])

    if args.zonder_cli:
        return
    if alle_kernen is not None:
        os.sched_setaffinity(0, alle_kernen)  # the command is timed as users run it; --processen needs the cores
    with tempfile.TemporaryDirectory() as map_:
        invoer = Path(map_) / "casussen.json"
        invoer.write_text(json.dumps(ruw), encoding="utf-8")
        for extra in ([], ["--zonder-toelichting"], ["--processen", "2"]):
            uitvoer = Path(map_) / "uit.json"
            commando = [sys.executable, "-m", "regie.cli", "bereken", str(invoer), *extra]
            with uitvoer.open("wb") as uit:
                begin = time.perf_counter()
                code = subprocess.run(commando, stdout=uit, check=False).returncode
                duur = time.perf_counter() - begin
            grootte = uitvoer.stat().st_size / 1e6
            naam = " ".join(["regie bereken FILE", *extra])
            print(f"{naam:38} {duur:6.1f} s wandklok, {args.aantal / duur:,.0f} casussen/s "
                  f"(exit {code}, {grootte:.0f} MB uitvoer)")  # fmt: skip


if __name__ == "__main__":
    main()
