"""Time to code one 400-utterance conversation with the shipped MI model.

    python bench/bench_mi.py [--runs 7] [--utterances 400]

Model loading (linear weights plus the sentence encoder) is timed once and reported apart from coding; coding is
timed over several runs and the median is reported. The conversation is built from the Dutch training
conversations, renumbered as one long conversation, so it has realistic lengths and a mix of both speakers.
Goal: median under 3 seconds for 400 utterances.
"""

from __future__ import annotations

import argparse
import statistics
import time

from regie.mi import encoder
from regie.mi.datasets import read_dutch_rows
from regie.mi.engine import code_utterances, load_model
from regie.mi.schema import Utterance

GOAL_SECONDS = 3.0


def conversation(size: int) -> list[Utterance]:
    source = [u for u, _ in read_dutch_rows()]
    return [
        Utterance("bench", order, source[order % len(source)].speaker, source[order % len(source)].text)
        for order in range(size)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--utterances", type=int, default=400)
    args = parser.parse_args()
    utterances = conversation(args.utterances)

    started = time.perf_counter()
    model = load_model()
    encoder.encode(["opwarmen"])  # the encoder loads its weights on first use
    load_seconds = time.perf_counter() - started

    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        code_utterances(utterances, model)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"model load (weights + sentence encoder): {load_seconds:.2f} s")
    print(
        f"coding {len(utterances)} utterances, {args.runs} runs: median {median:.2f} s, "
        f"min {min(timings):.2f} s, max {max(timings):.2f} s ({len(utterances) / median:.0f} utterances/s)"
    )
    print(f"goal < {GOAL_SECONDS:.0f} s: {'met' if median < GOAL_SECONDS else 'NOT met'}")


if __name__ == "__main__":
    main()
