"""``regie mi``: code transcripts, report MITI scores, train and evaluate the model.

    regie mi codeer GESPREK.tsv        > GECODEERD.tsv
    regie mi rapport GESPREK.tsv
    regie mi train [--data MAP] [--uit MAP]
    regie mi evalueer [--data MAP] [--folds 5]

Exit codes: 0 done, 1 the model is missing or training data cannot be read, 2 the input file is unusable.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .transcript import TranscriptError, read_transcript, write_coded

EXIT_INPUT = 2


def repository_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def default_data_dir() -> Path:
    return repository_root().parent / "shared" / "data" / "annomi"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regie mi", description="Motiverende gespreksvoering: coderen en feedback.")
    commands = parser.add_subparsers(dest="command", required=True)
    codeer = commands.add_parser("codeer", help="voeg per beurt de voorspelde code toe (TSV naar stdout)")
    codeer.add_argument("file", help="transcript (TSV, UTF-8) of - voor stdin")
    rapport = commands.add_parser("rapport", help="MITI-scores en feedback per gesprek")
    rapport.add_argument("file", help="transcript (TSV, UTF-8) of - voor stdin")
    for name, help_text in (("train", "train het model opnieuw"), ("evalueer", "kruisvalidatie per gesprek")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--data", type=Path, default=None, help="map met de AnnoMI-bestanden")
        command.add_argument("--nl", type=Path, default=None, help="Nederlandse trainingsset (TSV)")
        command.add_argument("--cache", type=Path, default=None, help="bestand om zinsvectoren te bewaren")
    commands.choices["train"].add_argument("--uit", type=Path, default=None, help="map voor de modelbestanden")
    commands.choices["train"].add_argument(
        "--correcties",
        type=Path,
        action="append",
        default=[],
        help="correcties.tsv uit Regie (herhaalbaar); meegetraind, met een verslag van wat er veranderde",
    )
    commands.choices["train"].add_argument("--folds", type=int, default=3, help="folds voor het correctieverslag")
    commands.choices["evalueer"].add_argument("--folds", type=int, default=5)
    commands.choices["evalueer"].add_argument(
        "--raster",
        default=None,
        help="kommagescheiden strafwaarden voor het dichte blok (bijv. 0.1,0.2,0.5): kies per spreker de beste",
    )
    return parser


def _read(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    return Path(file).read_bytes()


def _coded(file: str):  # noqa: ANN202 - returns (transcript, coded) or an exit code
    from .engine import ModelMissingError, code_utterances

    try:
        transcript = read_transcript(_read(file))
    except OSError as error:
        print(f"fout: {file}: {error.strerror or error}", file=sys.stderr)
        return EXIT_INPUT
    except TranscriptError as error:
        print(f"fout: {file}: {error}", file=sys.stderr)
        return EXIT_INPUT
    try:
        return transcript, code_utterances(transcript.utterances)
    except ModelMissingError as error:
        print(f"fout: {error}", file=sys.stderr)
        return 1


def _encoder(cache: Path | None):  # noqa: ANN202
    from . import encoder

    return encoder.CachedEncoder(cache) if cache else encoder.encode


def _examples(args: argparse.Namespace):  # noqa: ANN202
    from .datasets import DUTCH_SET
    from .training import load_examples

    data = args.data or default_data_dir()
    try:
        return load_examples(data, args.nl or DUTCH_SET)
    except (OSError, ValueError) as error:
        print(f"fout: trainingsdata niet te lezen uit {data}: {error}", file=sys.stderr)
        return None


def _corrections(paths: list[Path]):  # noqa: ANN202 - list of examples or None
    from .datasets import load_dutch

    corrections = []
    for path in paths:
        try:
            corrections.extend(load_dutch(path))
        except (OSError, ValueError) as error:
            print(f"fout: correcties niet te lezen uit {path}: {error}", file=sys.stderr)
            return None
    return corrections


def _report_corrections(examples, corrections, args: argparse.Namespace) -> None:  # noqa: ANN001
    import numpy as np

    from .evaluation import correction_effect
    from .training import TrainingConfig, prepare

    config = TrainingConfig()
    corrected = {e.utterance.conversation for e in corrections}
    prepared = prepare(examples + corrections, _encoder(args.cache), config)
    print(f"Correcties: {len(corrections)} beurten uit {len(corrected)} gesprekken; effect per achtergehouden fold:")
    for data in prepared.values():
        is_correction = np.asarray([g in corrected for g in data.groups])
        effect = correction_effect(data, is_correction, args.folds, config)
        if effect is not None:
            print("\n".join(effect.lines()), flush=True)


def _train(args: argparse.Namespace) -> int:
    from .engine import MODEL_DIR, clear_model_cache
    from .training import train

    examples = _examples(args)
    if examples is None:
        return 1
    corrections = _corrections(args.correcties)
    if corrections is None:
        return 1
    started = time.perf_counter()
    if corrections:
        _report_corrections(examples, corrections, args)
    examples = examples + corrections
    model = train(examples, _encoder(args.cache))
    target = args.uit or MODEL_DIR
    model.save(target)
    clear_model_cache()
    sources = {s: sum(e.source == s for e in examples) for s in ("annomi", "nl")}
    print(
        f"model getraind op {sources['annomi']} AnnoMI- en {sources['nl']} Nederlandse beurten "
        f"in {time.perf_counter() - started:.0f} s; opgeslagen in {target}"
    )
    return 0


def _grid(prepared, args: argparse.Namespace, config) -> int:  # noqa: ANN001
    from .evaluation import choose_dense_penalty

    try:
        grid = [float(v) for v in args.raster.split(",") if v.strip()]
    except ValueError:
        print(f"fout: --raster verwacht getallen, kreeg {args.raster!r}", file=sys.stderr)
        return EXIT_INPUT
    for data in prepared.values():
        best, results = choose_dense_penalty(data, grid, args.folds, config)
        for value, scores in results:
            shown = ", ".join(f"{s.name} {s.macro_f1:.3f}" for s in scores)
            print(f"{data.speaker.value}: straf {value:g}: {shown}", flush=True)
        print(f"{data.speaker.value}: beste straf {best:g}", flush=True)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate
    from .training import TrainingConfig, prepare

    examples = _examples(args)
    if examples is None:
        return 1
    config = TrainingConfig()
    prepared = prepare(examples, _encoder(args.cache), config)
    if args.raster:
        return _grid(prepared, args, config)
    print(f"Kruisvalidatie met {args.folds} folds, gegroepeerd per gesprek (macro-F1 en F1 per code)")
    for scores in evaluate(prepared, args.folds, config):
        print("\n".join(scores.lines()), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("codeer", "rapport"):
        result = _coded(args.file)
        if isinstance(result, int):
            return result
        transcript, coded = result
        try:
            if args.command == "codeer":
                write_coded(transcript, coded, sys.stdout)
            else:
                from .report import report

                sys.stdout.write(report(coded))
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (``| head``); that is not an error of this command.
            sys.stdout = None  # type: ignore[assignment]
        return 0
    if args.command == "train":
        return _train(args)
    return _evaluate(args)


if __name__ == "__main__":
    sys.exit(main())
