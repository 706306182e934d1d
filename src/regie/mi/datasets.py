"""Training data: AnnoMI (English, coarse labels) and the Dutch Werk & Inkomen set (fine codes).

An AnnoMI label becomes the set of fine codes it allows (see ``classifier.py``): "question" allows Q, a reflection
with sub-label simple or complex allows SR or CR, information allows GI, advice allows PERSUADE or PWP, "other"
allows AF, SEEK, EMPH, CONFRONT and OTHER. Sub-labels come from the full file; where several annotators coded an
utterance the majority sub-label is used and a tie leaves the label coarse.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .codes import COARSE_BY_SPEAKER, Coarse, Code, Speaker, codes_in
from .schema import Utterance

DUTCH_SET = Path(__file__).parent / "data" / "nl_gesprekken.tsv"
ANNOMI_SIMPLE = "AnnoMI-simple-train.csv"
ANNOMI_FULL = "AnnoMI-full-train.csv"


@dataclass(frozen=True)
class Example:
    utterance: Utterance
    allowed: frozenset[Code]
    label: str  # what evaluation compares with: a coarse AnnoMI label or a fine Dutch code
    source: str  # "annomi" or "nl"


_SUBTYPE_CODES: dict[tuple[str, str], frozenset[Code]] = {
    ("reflection", "simple"): frozenset({Code.SR}),
    ("reflection", "complex"): frozenset({Code.CR}),
    ("therapist_input", "information"): frozenset({Code.GI}),
    ("therapist_input", "advice"): frozenset({Code.PERSUADE, Code.PWP}),
}
_SUBTYPE_COLUMN = {"reflection": "reflection_subtype", "therapist_input": "therapist_input_subtype"}
_CLIENT = {"change": Code.CT, "sustain": Code.ST, "neutral": Code.NT}


def _majority_subtypes(full_file: Path) -> dict[tuple[str, str], str]:
    votes: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    with full_file.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            behaviour = row["main_therapist_behaviour"]
            column = _SUBTYPE_COLUMN.get(behaviour)
            if column and row[column] not in ("", "n/a"):
                votes[(row["transcript_id"], row["utterance_id"])][(behaviour, row[column])] += 1
    majority: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            majority[key] = f"{ranked[0][0][0]}:{ranked[0][0][1]}"
    return majority


def load_annomi(directory: Path) -> list[Example]:
    subtypes = _majority_subtypes(directory / ANNOMI_FULL) if (directory / ANNOMI_FULL).exists() else {}
    examples = []
    with (directory / ANNOMI_SIMPLE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["transcript_id"], row["utterance_id"])
            utterance = Utterance(
                conversation=f"annomi-{row['transcript_id']}",
                order=int(row["utterance_id"]),
                speaker=Speaker.PROFESSIONAL if row["interlocutor"] == "therapist" else Speaker.CLIENT,
                text=row["utterance_text"],
            )
            if utterance.speaker == Speaker.PROFESSIONAL:
                label = row["main_therapist_behaviour"]
                allowed = frozenset(codes_in(Coarse(label)))
                if key in subtypes and subtypes[key].startswith(label + ":"):
                    allowed = _SUBTYPE_CODES.get(tuple(subtypes[key].split(":")), allowed)  # type: ignore[arg-type]
            else:
                label = row["client_talk_type"]
                allowed = frozenset({_CLIENT[label]})
            examples.append(Example(utterance, allowed, label, "annomi"))
    return examples


class DatasetError(ValueError):
    pass


def read_dutch_rows(path: Path = DUTCH_SET) -> Iterator[tuple[Utterance, Code]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line_number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            try:
                utterance = Utterance(row["conversation"], int(row["turn"]), Speaker(row["speaker"]), row["text"])
                code = Code(row["code"])
            except (KeyError, ValueError) as error:
                raise DatasetError(f"{path.name}, line {line_number}: {error}") from error
            if code.value not in {c.value for c in _codes_for(utterance.speaker)}:
                raise DatasetError(f"{path.name}, line {line_number}: code {code} does not fit {utterance.speaker}")
            yield utterance, code


def _codes_for(speaker: Speaker) -> tuple[Code, ...]:
    return tuple(code for group in COARSE_BY_SPEAKER[speaker] for code in codes_in(group))


def load_dutch(path: Path = DUTCH_SET) -> list[Example]:
    return [Example(u, frozenset({code}), code.value, "nl") for u, code in read_dutch_rows(path)]
