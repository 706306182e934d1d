"""``regie oefen``: check persona files and the state rules, or practise in the terminal.

regie oefen valideer [BESTAND.yaml ...]   # default: the shipped personas and rules; exit code 2 on a problem
regie oefen personas                      # list the personas
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model import REGELS_BESTAND, lees_regels, persona_bestanden, valideer_persona
from .yamlregels import OefenFout


def _valideer(paden: list[Path]) -> int:
    problemen = 0
    for pad in paden or [*persona_bestanden(), REGELS_BESTAND]:
        if pad.name == REGELS_BESTAND.name and pad.parent.name != "personas":
            try:
                lees_regels(pad)
                fouten: list[OefenFout] = []
            except OefenFout as fout:
                fouten = [fout]
            aantal = None
        else:
            persona, fouten = valideer_persona(pad)
            aantal = len(persona.uitingen) if persona else None
        for fout in fouten:
            print(f"fout: {fout}", file=sys.stderr)
        problemen += len(fouten)
        if not fouten:
            print(f"in orde: {pad.name}" + (f" ({aantal} uitingen)" if aantal is not None else ""))
    return 2 if problemen else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="regie oefen", description="Oefengesprekken: persona's en regels")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    valideer = sub.add_parser("valideer", help="controleer persona-bestanden (YAML) en noem de regel van elke fout")
    valideer.add_argument("bestanden", nargs="*", type=Path)
    sub.add_parser("personas", help="toon de meegeleverde persona's")
    args = parser.parse_args(argv)
    if args.opdracht == "valideer":
        return _valideer(args.bestanden)
    for pad in persona_bestanden():
        persona, fouten = valideer_persona(pad)
        print(f"{pad.stem}\t{persona.titel if persona else fouten[0]}")
    return 0
