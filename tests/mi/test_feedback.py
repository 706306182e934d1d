from dataclasses import replace

from regie.mi.feedback import (
    advice_without_permission,
    change_talk_passed_by,
    confrontation,
    question_instead_of_reflection,
    suggestions,
)
from regie.mi.scores import summarise

QUESTIONS_ONLY = [
    ("Q", "Hoe gaat het?"),
    ("CT", "Ik wil eigenlijk heel graag weer aan het werk in de zorg."),
    ("Q", "Heb je al gesolliciteerd?"),
    ("NT", "Nee, nog niet echt, ik weet niet goed waar."),
    ("Q", "Waarom niet?"),
    ("ST", "Ik heb er gewoon geen tijd voor met de kinderen."),
    ("PERSUADE", "Je moet echt elke week twee brieven sturen."),
    ("ST", "Dat lukt me niet."),
    ("CONFRONT", "Dat is gewoon een smoesje."),
]


def test_question_after_change_talk_suggests_reflection_in_clients_words(make_coded):
    coded = make_coded(QUESTIONS_ONLY)
    suggestion = question_instead_of_reflection(coded, summarise(coded))
    assert suggestion is not None
    assert suggestion.turn == 3  # the question right after the change talk, not a later one
    # A reflection that adds the meaning, not the words back.
    expected = "‘Je wilt eigenlijk heel graag weer aan het werk in de zorg, en dat betekent veel voor je.’"
    assert expected in suggestion.text


def test_change_talk_followed_by_information_is_flagged(make_coded):
    coded = make_coded([("CT", "Ik wil weer gaan werken."), ("GI", "Je uitkering wordt verrekend."), ("NT", "Oké.")])
    suggestion = change_talk_passed_by(coded, summarise(coded))
    assert suggestion is not None and suggestion.turn == 1


def test_persuasion_and_confrontation_are_named_with_their_turn(make_coded):
    coded = make_coded(QUESTIONS_ONLY)
    summary = summarise(coded)
    advice = advice_without_permission(coded, summary)
    confront = confrontation(coded, summary)
    assert advice is not None and advice.turn == 7
    assert "Mag ik je een tip geven?" in advice.text
    assert confront is not None and confront.turn == 9
    # The example answer to resistance reflects the last statement with content ("Dat lukt me niet." is too short).
    assert "‘Je hebt er gewoon geen tijd voor met de kinderen; je ziet het" in confront.text


def test_confrontation_without_a_client_statement_suggests_a_question(make_coded):
    coded = make_coded([("NT", "Ja."), ("CONFRONT", "Je bent gewoon lui.")])
    suggestion = confrontation(coded, summarise(coded))
    assert suggestion is not None and "Hoe kijk jij daar zelf naar?" in suggestion.text


def test_always_three_suggestions_when_there_is_a_conversation(make_coded):
    good = make_coded([("CR", "Het raakt je."), ("CT", "Ik wil het proberen."), ("AF", "Knap dat je dat zegt.")])
    assert len(suggestions(make_coded(QUESTIONS_ONLY))) == 3
    assert len(suggestions(good)) == 3
    assert suggestions([]) == []


def test_most_important_first(make_coded):
    texts = suggestions(make_coded(QUESTIONS_ONLY))
    # Confrontation weighs most: it harms the relationship directly.
    assert texts[0].startswith("Beurt 9")


HELD_OUT_LIKE = [
    ("Q", "Hoe gaat het met het solliciteren, mevrouw?"),
    ("CT", "Ik heb deze maand drie brieven gestuurd naar de thuiszorg."),
    ("CONFRONT", "U bent volwassen en u moet dit soort dingen gewoon zelf regelen."),
    ("CT", "Laat maar dan."),
    ("GI", "Uw uitkering wordt volgende week verrekend met uw inkomsten."),
    ("NT", "Oké."),
]


def test_confrontation_and_the_reaction_to_it_come_first_in_the_professionals_register(make_coded):
    coded = make_coded(HELD_OUT_LIKE)
    texts = suggestions(coded)
    assert texts[0].startswith("Beurt 3")
    assert "‘Laat maar dan.’" in texts[0]  # what followed the confrontation is named
    # The example reflects the feeling under the resignation, with "u" as the professional said it.
    assert "‘U bent het zat; het voelt alsof het toch niets uitmaakt wat u doet.’" in texts[0]
    # The resignation after the confrontation is not change talk to build on.
    passed_by = change_talk_passed_by(coded, summarise(coded))
    assert passed_by is not None and passed_by.turn == 2


def test_a_turn_is_not_cited_when_its_code_is_uncertain(make_coded):
    coded = make_coded(QUESTIONS_ONLY)
    unsure = [replace(c, confidence=0.4) if c.code.value == "CONFRONT" else c for c in coded]
    assert confrontation(unsure, summarise(unsure)) is None
    assert confrontation(coded, summarise(coded)) is not None
    unsure_advice = [replace(c, confidence=0.45) if c.code.value == "PERSUADE" else c for c in coded]
    assert advice_without_permission(unsure_advice, summarise(unsure_advice)) is None


def test_fixed_examples_follow_the_professionals_register(make_coded):
    coded = make_coded(
        [
            ("Q", "Hoe gaat het met u?"),
            ("CT", "Ik ga volgende week bij de bakkerij langs."),
            ("GI", "U krijgt een brief."),
        ]
    )
    texts = " ".join(suggestions(coded))
    assert "‘Knap dat u dat zelf al heeft bedacht.’" in texts
    assert "Wat maakt dat belangrijk voor u?" in texts
