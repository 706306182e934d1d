"""Time to code one professional turn and choose the simulated inwoner's answer in a practice conversation.

    python bench/bench_oefenen.py [--gesprekken 3]

Loading (MI model, sentence encoder, personas, rules) is timed once and reported apart. Then every persona gets
conversations of twenty turns (an MI-style and a lecturing script, several seeds); each call of
``Oefengesprek.beurt`` is timed. Goal: p95 under 100 ms per turn after loading.
"""

from __future__ import annotations

import argparse
import statistics
import time

from regie.mi.engine import code_utterances, get_model
from regie.mi.oefen import Oefengesprek, personas, regels
from regie.mi.schema import Utterance

GOAL_MS = 100.0
SCRIPT = [
    "Wat zou je vandaag graag willen bespreken?",
    "Je bent het eigenlijk een beetje zat om hier steeds te komen.",
    "Je moet gewoon gaan solliciteren, dat is je plicht.",
    "Je hebt al heel wat geprobeerd en je bent blijven doorzetten, dat vraagt veel.",
    "Als je niet meewerkt, krijg je een maatregel en gaat je uitkering omlaag.",
    "Jij bepaalt zelf wat je wel en niet wilt, daar ga ik niet over.",
    "Mag ik iets vertellen over een mogelijkheid die andere mensen hielp?",
    "Aan de ene kant wil je rust, en aan de andere kant mis je iets in je dagen.",
    "Waarom heb je dat niet allang gedaan?",
    "Wat zou een eerste kleine stap kunnen zijn, als je zelf mag kiezen?",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gesprekken", type=int, default=3, help="conversations per persona")
    args = parser.parse_args()

    started = time.perf_counter()
    get_model()
    code_utterances([Utterance("warm", 1, "professional", "Hoe gaat het?")])
    alle, regelset = personas(), regels()
    load = time.perf_counter() - started

    timings: list[float] = []
    for persona in alle.values():
        for seed in range(args.gesprekken):
            gesprek = Oefengesprek(persona, regelset, seed)
            for tekst in SCRIPT + SCRIPT[::-1]:
                begin = time.perf_counter()
                gesprek.beurt(tekst)
                timings.append((time.perf_counter() - begin) * 1000)
    median, p95 = statistics.median(timings), percentile(timings, 95)
    print(f"loading (model, encoder, personas, rules): {load:.2f} s")
    print(
        f"turns timed: {len(timings)} "
        f"({len(alle)} personas x {args.gesprekken} conversations x {2 * len(SCRIPT)} turns)"
    )
    print(f"per turn: median {median:.1f} ms, p95 {p95:.1f} ms, max {max(timings):.1f} ms")
    print(f"goal p95 < {GOAL_MS:.0f} ms: {'met' if p95 < GOAL_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
