"""Reading transcripts and the command's answers to unusable files (no model needed: files fail before coding)."""

import pytest

from regie.mi.cli import main
from regie.mi.codes import Speaker
from regie.mi.transcript import TranscriptError, read_transcript

GOOD = "conversation\tturn\tspeaker\ttext\tnotitie\nc1\t1\tprofessional\tHoe gaat het?\tx\nc1\t2\tclient\tGoed.\t\n"


def test_reads_rows_and_keeps_extra_columns():
    transcript = read_transcript(GOOD.encode())
    assert transcript.header == ("conversation", "turn", "speaker", "text", "notitie")
    assert [u.speaker for u in transcript.utterances] == [Speaker.PROFESSIONAL, Speaker.CLIENT]
    assert transcript.rows[0][-1] == "x"


def test_byte_order_mark_is_accepted():
    assert len(read_transcript(b"\xef\xbb\xbf" + GOOD.encode()).utterances) == 2


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        (b"conversation\tturn\ttext\nc1\t1\thoi\n", 1, "'speaker'"),
        (GOOD.encode() + b"c1\t3\tklant\tJa.\t\n", 4, "onbekende spreker 'klant'"),
        (GOOD.encode() + b"c1\tdrie\tclient\tJa.\t\n", 4, "geen geheel getal"),
        (GOOD.encode() + b"c1\t3\tclient\tJa.\n", 4, "kolommen"),
        (GOOD.encode() + b"c1\t2\tclient\tNog een keer.\t\n", 4, "regel 3"),
        (GOOD.encode() + "c1\t3\tclient\tcaf\u00e9\t\n".encode("latin-1"), 4, "UTF-8"),
        (b"", 1, "leeg"),
    ],
)
def test_unusable_files_name_the_line(content, line, fragment):
    with pytest.raises(TranscriptError) as caught:
        read_transcript(content)
    assert caught.value.line == line
    assert fragment in str(caught.value)


@pytest.mark.parametrize("command", ["codeer", "rapport"])
def test_cli_exit_code_2_with_line_for_bad_file(tmp_path, capsys, command):
    path = tmp_path / "gesprek.tsv"
    path.write_bytes(GOOD.encode() + b"c1\t3\tcoach\tJa.\t\n")
    assert main([command, str(path)]) == 2
    error = capsys.readouterr().err
    assert "regel 4" in error
    assert "coach" in error


def test_cli_missing_file_is_exit_code_2(tmp_path, capsys):
    assert main(["codeer", str(tmp_path / "bestaat-niet.tsv")]) == 2
    assert "bestaat-niet.tsv" in capsys.readouterr().err


def test_a_cell_beyond_the_csv_field_limit_is_a_line_numbered_error():
    from regie.mi.transcript import TranscriptError, parse_transcript

    tekst = "conversation\tturn\tspeaker\ttext\nG1\t1\tprofessional\tHoe gaat het?\nG1\t2\tclient\t" + "x" * 140_000
    with pytest.raises(TranscriptError) as fout:
        parse_transcript(tekst)
    assert fout.value.line == 3 and "langer dan 131072 tekens" in str(fout.value)
