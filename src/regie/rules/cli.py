"""``regie bereken [FILE]``: calculate one case or a JSON list of cases, results as JSON on standard output.

Exit status 0 when every case was calculated, 2 when the input was unusable or at least one case had an error; the
other cases of a list are still calculated and written, each output item is either a result or an error object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from typing import Any, TextIO

from .engine import bereken
from .invoer import InvoerFout, case_from_dict
from .teksten import in_taal
from .uitvoer import result_to_dict

_BLOK = 1000  # cases per block: one write per block, and the unit of work for --processen


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regie bereken",
        description="Bereken bijstand (Participatiewet) voor een casus of een lijst van casussen in JSON.",
    )
    parser.add_argument("bestand", nargs="?", default="-", help="JSON-bestand; leeg of - leest standaardinvoer")
    parser.add_argument(
        "--zonder-toelichting", action="store_true", help="laat de stappen van de toelichting weg (sneller, kleiner)"
    )
    parser.add_argument(
        "--voorlopig",
        action="store_true",
        help=(
            "reken ook voor een peildatum na de laatste bekende normtabel, met die tabel; "
            'het resultaat heet dan "voorlopig"'
        ),
    )
    parser.add_argument(
        "--taal",
        choices=["nl", "en"],
        default="nl",
        help="taal van de toelichting en de redenen: nl (standaard) of en",
    )
    parser.add_argument(
        "--processen",
        type=int,
        default=1,
        metavar="N",
        help="reken een lijst in N processen (0: een per processorkern); de volgorde blijft gelijk",
    )
    return parser


def _een(
    ruw: Any, toelichting: bool, voorlopig: bool = False, taal: str = "nl"
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """One case: the result dict, or an error object with every problem found."""
    try:
        resultaat = bereken(case_from_dict(ruw), toelichting=toelichting, voorlopig=voorlopig)
        uit = result_to_dict(resultaat, toelichting=toelichting)
        return (uit if taal == "nl" else in_taal(uit, taal)), []
    except InvoerFout as fout:
        problemen = list(fout.fouten)
    except Exception as fout:  # noqa: BLE001 - one faulty case must not stop a batch of thousands
        problemen = [("casus", f"interne fout bij het berekenen ({type(fout).__name__}: {fout}); meld dit aan beheer")]
    return {"fouten": [{"veld": veld, "melding": melding} for veld, melding in problemen]}, problemen


def _blok(taak: tuple[int, list[Any], bool, bool, str]) -> tuple[list[str], list[str], int]:
    """A block of a list: one JSON line per case, the messages for standard error, the number of failed cases."""
    begin, casussen, toelichting, voorlopig, taal = taak
    regels: list[str] = []
    meldingen: list[str] = []
    fout = 0
    for index, ruw in enumerate(casussen, start=begin):
        uitkomst, problemen = _een(ruw, toelichting, voorlopig, taal)
        item: dict[str, Any] = {"index": index}
        if isinstance(ruw, dict) and ruw.get("kenmerk") is not None:
            item["kenmerk"] = ruw["kenmerk"]
        if problemen:
            fout += 1
            meldingen.extend(f"casus {index}: {veld}: {melding}" for veld, melding in problemen)
            item.update(uitkomst)
        else:
            item["resultaat"] = uitkomst
            if uitkomst["voorlopig"]:
                datum = uitkomst["peildatum"]
                meldingen.append(f"casus {index}: VOORLOPIG: de normen voor {datum} zijn nog niet bekend")
        regels.append(json.dumps(item, ensure_ascii=False))
    return regels, meldingen, fout


def _blokken(
    casussen: list[Any], toelichting: bool, processen: int, voorlopig: bool = False, taal: str = "nl"
) -> Iterator[tuple[list[str], list[str], int]]:
    taken = [(i, casussen[i : i + _BLOK], toelichting, voorlopig, taal) for i in range(0, len(casussen), _BLOK)]
    if processen == 1 or len(taken) < 2:
        yield from map(_blok, taken)
        return
    with ProcessPoolExecutor(max_workers=processen) as pool:
        yield from pool.map(_blok, taken)  # map keeps the input order


def _lijst(
    casussen: list[Any],
    toelichting: bool,
    processen: int,
    stdout: TextIO,
    stderr: TextIO,
    voorlopig: bool = False,
    taal: str = "nl",
) -> int:
    stdout.write("[")
    scheiding = "\n"
    met_fouten = 0
    for regels, meldingen, fout in _blokken(casussen, toelichting, processen, voorlopig, taal):
        if regels:
            stdout.write(scheiding + ",\n".join(regels))
            scheiding = ",\n"
        for melding in meldingen:
            stderr.write(melding + "\n")
        met_fouten += fout
    stdout.write("\n]\n")
    if met_fouten:
        stderr.write(f"{met_fouten} van {len(casussen)} casussen hadden fouten\n")
    return 2 if met_fouten else 0


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:  # fmt: skip
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help and on bad options; the caller wants a return code
        return int(stop.code or 0)
    toelichting = not args.zonder_toelichting
    processen = args.processen if args.processen > 0 else (os.cpu_count() or 1)
    try:
        if args.bestand == "-":
            tekst = stdin.read()
        else:
            with open(args.bestand, encoding="utf-8") as f:
                tekst = f.read()
    except (OSError, UnicodeDecodeError) as fout:
        stderr.write(f"fout: kan {args.bestand} niet lezen: {fout}\n")
        return 2
    try:
        data = json.loads(tekst, parse_float=Decimal)  # amounts written as JSON numbers stay exact
    except json.JSONDecodeError as fout:
        stderr.write(f"fout: ongeldige JSON op regel {fout.lineno}, kolom {fout.colno}: {fout.msg}\n")
        return 2
    if hasattr(stdout, "reconfigure") and (stdout.encoding or "").lower().replace("-", "") != "utf8":
        stdout.reconfigure(encoding="utf-8")  # Dutch texts contain €; never fail on an ASCII terminal
    try:
        if isinstance(data, dict):
            uitkomst, problemen = _een(data, toelichting, args.voorlopig, args.taal)
            for veld, melding in problemen:
                stderr.write(f"casus: {veld}: {melding}\n")
            if not problemen and uitkomst["voorlopig"]:
                stderr.write(f"VOORLOPIG: de normen voor {uitkomst['peildatum']} zijn nog niet bekend\n")
            stdout.write(json.dumps(uitkomst, ensure_ascii=False, indent=2) + "\n")
            return 2 if problemen else 0
        if isinstance(data, list):
            return _lijst(data, toelichting, processen, stdout, stderr, args.voorlopig, args.taal)
    except BrokenPipeError:  # the reader stopped early (| head); not an error of the calculation
        return 0
    stderr.write("fout: verwacht een casus (JSON-object) of een lijst van casussen (JSON-lijst)\n")
    return 2


if __name__ == "__main__":
    sys.exit(main())
