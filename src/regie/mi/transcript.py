"""Reading and writing transcript files (tab-separated, with a header).

Required columns: ``conversation``, ``turn``, ``speaker`` (``professional`` or ``client``) and ``text``; any other
column is kept as it is and written back. Errors name the line, because the people who fix these files open them in a
spreadsheet or editor and need to know where to look.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from .codes import Speaker
from .schema import CodedUtterance, Utterance

REQUIRED_COLUMNS = ("conversation", "turn", "speaker", "text")
PREDICTION_COLUMN = "voorspeld"


class TranscriptError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"regel {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class Transcript:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    utterances: tuple[Utterance, ...]


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TranscriptError(line, "de tekst is geen geldige UTF-8; sla het bestand op als UTF-8") from None


def _rows(reader) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) per row, with the csv module's refusals (a cell over its size limit, a NUL byte) as a
    ``TranscriptError`` on the line where they occur."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise TranscriptError(
                    reader.line_num, f"een cel is langer dan {csv.field_size_limit()} tekens"
                ) from None
            raise TranscriptError(reader.line_num, "deze regel is geen geldige TSV") from None
        yield reader.line_num, row


def parse_transcript(text: str) -> Transcript:
    reader = _rows(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    header = next(reader, (1, None))[1]
    if not header or not any(h.strip() for h in header):
        raise TranscriptError(1, "het bestand is leeg; verwacht een kopregel met " + ", ".join(REQUIRED_COLUMNS))
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise TranscriptError(1, f"kolom {names} ontbreekt (verplicht: {', '.join(REQUIRED_COLUMNS)})")
    position = {name: header.index(name) for name in REQUIRED_COLUMNS}
    rows: list[tuple[str, ...]] = []
    utterances: list[Utterance] = []
    seen: dict[tuple[str, int], int] = {}
    for line, row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise TranscriptError(line, f"verwacht {len(header)} kolommen, gevonden {len(row)}")
        speaker_text = row[position["speaker"]].strip().lower()
        try:
            speaker = Speaker(speaker_text)
        except ValueError:
            raise TranscriptError(
                line, f"onbekende spreker '{row[position['speaker']]}' (verwacht: professional of client)"
            ) from None
        try:
            turn = int(row[position["turn"]].strip())
        except ValueError:
            raise TranscriptError(line, f"beurt '{row[position['turn']]}' is geen geheel getal") from None
        conversation = row[position["conversation"]].strip()
        if not conversation:
            raise TranscriptError(line, "de kolom 'conversation' is leeg")
        if (conversation, turn) in seen:
            raise TranscriptError(
                line, f"beurt {turn} van gesprek '{conversation}' staat ook al op regel {seen[(conversation, turn)]}"
            )
        seen[(conversation, turn)] = line
        rows.append(tuple(row))
        utterances.append(Utterance(conversation, turn, speaker, row[position["text"]]))
    return Transcript(tuple(header), tuple(rows), tuple(utterances))


def read_transcript(data: bytes) -> Transcript:
    return parse_transcript(decode(data))


def write_coded(transcript: Transcript, coded: Sequence[CodedUtterance], out: TextIO) -> None:
    """The input rows in their order with the predicted code in ``voorspeld`` (added, or replaced if present)."""
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar="\\")
    header = list(transcript.header)
    replace = header.index(PREDICTION_COLUMN) if PREDICTION_COLUMN in header else None
    writer.writerow(header if replace is not None else [*header, PREDICTION_COLUMN])
    for row, result in zip(transcript.rows, coded, strict=True):
        values = list(row)
        if replace is not None:
            values[replace] = result.code.value
        else:
            values.append(result.code.value)
        writer.writerow(values)
