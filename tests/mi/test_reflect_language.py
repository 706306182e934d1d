import pytest

from regie.mi.language import detect_language
from regie.mi.reflect import key_clause, reflection_from


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik wil gewoon weer aan het werk.", "Je wilt gewoon weer aan het werk."),
        ("Nou, ik ben het zat om thuis te zitten.", "Je bent het zat om thuis te zitten."),
        ("Ik mis mijn collega's.", "Je mist je collega's."),
        ("Ik weet niet wanneer ik geld krijg.", "Je weet niet wanneer je geld krijgt."),
        ("Dan ga ik die brieven openmaken.", "Dan ga je die brieven openmaken."),
    ],
)
def test_dutch_reflection_swaps_person_and_verb(text, expected):
    assert reflection_from(text, "nl") == expected


def test_english_reflection_swaps_person():
    assert reflection_from("Yeah, I'm tired of it. I want to be there for my kids.", "en") == (
        "You want to be there for your kids."
    )


def test_key_clause_prefers_change_talk_over_length():
    text = "Het was een hele lange en vervelende week met veel gedoe. Ik wil iets veranderen."
    assert key_clause(text) == "Ik wil iets veranderen."


def test_long_statements_are_shortened():
    words = " ".join(["heel"] * 40)
    assert reflection_from(f"Ik vind het {words} lastig.", "nl").endswith("…")


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["Hoe gaat het met je?", "Het gaat wel, ik heb niet zoveel zin."], "nl"),
        (["How are you doing?", "I'm okay, I just don't feel like it."], "en"),
        ([], "nl"),
    ],
)
def test_language_per_conversation(texts, language):
    assert detect_language(texts) == language
