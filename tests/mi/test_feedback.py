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
    assert "Je wilt eigenlijk heel graag weer aan het werk in de zorg." in suggestion.text


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
    assert "‘Je hebt er gewoon geen tijd voor met de kinderen.’" in confront.text


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
