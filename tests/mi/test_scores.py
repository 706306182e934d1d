"""Summary scores against counts done by hand."""

import math

import pytest

from regie.mi.codes import Code
from regie.mi.scores import (
    Level,
    change_talk_by_part,
    count_codes,
    percent_complex_reflections,
    professional_word_share,
    reflection_to_question,
    summarise,
)

# 16 turns; the counts in the asserts were made by hand, word counts per turn are in the comments.
CONVERSATION = [
    ("Q", "Hoe gaat het met je?"),  # 5 words
    ("NT", "Gaat wel."),  # 2
    ("Q", "Wat wil je bespreken?"),  # 4
    ("ST", "Ik wil eigenlijk niet werken."),  # 5
    ("SR", "Je wilt niet werken."),  # 4
    ("ST", "Nee."),  # 1
    ("CR", "Werk voelt nu als te veel."),  # 6
    ("CT", "Ja, maar ik wil wel iets doen."),  # 7
    ("AF", "Mooi dat je dat zegt."),  # 5
    ("CT", "Misschien vrijwilligerswerk."),  # 2
    ("SR", "Vrijwilligerswerk."),  # 1
    ("CT", "Ja, dat wil ik proberen."),  # 5
    ("PERSUADE", "Je moet dat echt doen."),  # 5
    ("CR", "Je zoekt iets wat bij je past."),  # 7
    ("EMPH", "Jij beslist."),  # 2
    ("Q", "Wanneer begin je?"),  # 3
]


def test_counts_and_miti_scores(make_coded):
    coded = make_coded(CONVERSATION)
    summary = summarise(coded)
    counts = summary.counts
    assert (counts[Code.Q], counts[Code.SR], counts[Code.CR]) == (3, 2, 2)
    # R:Q = (2 + 2) / 3
    assert summary.reflection_to_question.value == pytest.approx(4 / 3)
    assert summary.reflection_to_question.level == Level.FAIR
    # 2 of 4 reflections are complex: exactly the "good" threshold of 50%.
    assert summary.percent_complex_reflections.value == pytest.approx(0.5)
    assert summary.percent_complex_reflections.level == Level.GOOD
    assert summary.mi_adherent == 2  # AF + EMPH
    assert summary.mi_non_adherent == 1  # PERSUADE
    # CT 3, ST 2 -> 3 / 5
    assert summary.change_talk_share == pytest.approx(0.6)


def test_professional_word_share_counts_words(make_coded):
    coded = make_coded(CONVERSATION)
    professional = 5 + 4 + 4 + 6 + 5 + 1 + 5 + 7 + 2 + 3
    client = 2 + 5 + 1 + 7 + 2 + 5
    assert professional_word_share(coded) == pytest.approx(professional / (professional + client))


def test_change_talk_per_third_follows_turn_order(make_coded):
    coded = make_coded(CONVERSATION)
    # 16 turns -> thirds of 5, 5 and 6 turns: [1-5] ST 1 -> 0.0; [6-10] ST 1, CT 2 -> 2/3; [11-16] CT 1 -> 1.0.
    by_part = change_talk_by_part(list(reversed(coded)))
    assert by_part[0] == pytest.approx(0.0)
    assert by_part[1] == pytest.approx(2 / 3)
    assert by_part[2] == pytest.approx(1.0)


def test_part_without_change_or_sustain_talk_is_none(make_coded):
    coded = make_coded([("Q", "Hoe gaat het?"), ("NT", "Goed."), ("Q", "En thuis?"), ("CT", "Ik wil werken.")])
    assert change_talk_by_part(coded, parts=2) == (None, 1.0)


@pytest.mark.parametrize(
    ("reflections", "questions", "expected", "level"),
    [
        ((1, 0), 2, 0.5, Level.BELOW),
        ((1, 1), 2, 1.0, Level.FAIR),
        ((3, 1), 2, 2.0, Level.GOOD),
        ((1, 0), 0, math.inf, Level.GOOD),
        ((0, 0), 0, None, None),
    ],
)
def test_reflection_to_question_thresholds(make_coded, reflections, questions, expected, level):
    simple, complex_ = reflections
    turns = [("SR", "x")] * simple + [("CR", "y")] * complex_ + [("Q", "z?")] * questions
    score = reflection_to_question(count_codes(make_coded(turns)))
    assert score.value == (pytest.approx(expected) if expected not in (None, math.inf) else expected)
    assert score.level == level


def test_percent_complex_below_fair(make_coded):
    score = percent_complex_reflections(count_codes(make_coded([("SR", "a"), ("SR", "b"), ("CR", "c")])))
    assert score.value == pytest.approx(1 / 3)
    assert score.level == Level.BELOW


def test_empty_conversation_has_no_scores():
    summary = summarise([])
    assert summary.reflection_to_question.value is None
    assert summary.professional_word_share is None
    assert summary.change_talk_by_part == (None, None, None)
