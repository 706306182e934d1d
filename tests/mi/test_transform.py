"""Example reflections against a test set of client utterances with the properties each example must have."""

import csv
import re
from pathlib import Path

import pytest

from regie.mi.reflect import said_back
from regie.mi.transform import register_of, transformed_reflection

TEST_SET = Path(__file__).parent / "data" / "reflecties.tsv"
_WORD = re.compile(r"[\w']+")
INFORMAL = {"je", "jij", "jou", "jouw", "jezelf"}
POLITE = {"u", "uw", "uzelf"}


def _rows() -> list[dict[str, str]]:
    with TEST_SET.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def test_the_set_is_large_enough_and_covers_both_registers_and_ambivalence():
    rows = _rows()
    assert len(rows) >= 40
    assert {r["register"] for r in rows} == {"je", "u"}
    assert sum(r["ambivalent"] == "ja" for r in rows) >= 8


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['register']}:{r['text'][:30]}")
def test_example_transforms_keeps_register_and_is_double_sided_when_ambivalent(row):
    language = "en" if re.search(r"\b(?:I|I'm|the|to)\b", row["text"]) else "nl"
    example = transformed_reflection(row["text"], language, row["register"], row["talk"])
    words = _words(example)
    # Not an echo: neither the utterance itself nor a mere change of person.
    assert words != _words(row["text"])
    assert words != _words(said_back(row["text"], language, row["register"]))
    # Something is added: at least three words that the person did not say.
    assert len(set(words) - set(_words(row["text"])) - INFORMAL - POLITE) >= 3
    if language == "nl":
        other = INFORMAL if row["register"] == "u" else POLITE
        assert not set(words) & other, example
        assert set(words) & (POLITE if row["register"] == "u" else INFORMAL), example
    if row["ambivalent"] == "ja":
        assert ("twee kanten" in example) or ("on the one hand" in example.lower()), example
    else:
        assert "twee kanten" not in example


def test_double_sided_reflection_keeps_both_sides_in_the_persons_words():
    example = transformed_reflection("Ik wil wel werken, maar mijn rug speelt steeds op.", "nl", "u", "CT")
    assert example == "Er trekken twee kanten aan u: u wilt wel werken, en uw rug speelt steeds op."


def test_resignation_gets_a_feeling_not_the_words_back():
    assert transformed_reflection("Laat maar dan.", "nl", "u", "ST") == (
        "U bent het zat; het voelt alsof het toch niets uitmaakt wat u doet."
    )


def test_change_talk_gets_its_meaning():
    assert transformed_reflection("Dan ga ik deze week bellen.", "nl", "u", "CT") == (
        "Dan gaat u deze week bellen, en dat betekent veel voor u."
    )


@pytest.mark.parametrize(
    ("texts", "register"),
    [
        (["Hoe gaat het met u?", "Heeft u de brief gekregen?"], "u"),
        (["Hoe gaat het met je?", "Wat wil jij zelf?"], "je"),
        ([], "je"),
    ],
)
def test_register_of_the_professional(texts, register):
    assert register_of(texts) == register


def test_a_story_with_maar_is_not_made_double_sided():
    example = transformed_reflection("Ik moest het even vinden, maar het is gelukt.", "nl", "u", "NT")
    assert "twee kanten" not in example
