"""The shipped model: it loads without training and codes unmistakable examples as a person would.

The example sentences were written for these tests and do not occur in the training conversations.
"""

import io

import pytest

from regie.mi import cli
from regie.mi.codes import Code, Speaker
from regie.mi.engine import MODEL_DIR, clear_model_cache, code_utterances, get_model
from regie.mi.schema import Utterance

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "professional.npz").exists(), reason="model files not shipped in this checkout"
)


def conversation(turns, name="t"):
    return [Utterance(name, order, Speaker(speaker), text) for order, (speaker, text) in enumerate(turns, start=1)]


DUTCH = conversation(
    [
        ("professional", "Goedemorgen, kom binnen."),
        ("client", "Goedemorgen."),
        ("professional", "Wat zou je vandaag graag willen bespreken?"),
        ("client", "Ik wil graag weer een baan, het liefst nog dit jaar."),
        ("professional", "Het klinkt alsof een baan voor jou veel meer betekent dan alleen geld."),
        ("client", "Maar solliciteren heeft geen zin, ik word toch nergens aangenomen."),
        ("professional", "Het normbedrag voor een alleenstaande wordt elk half jaar aangepast."),
        ("client", "Oké."),
        ("professional", "Dat is gewoon een smoesje, je moet nu eens ophouden met klagen."),
    ],
    "nl",
)
SUSTAIN_ALONE = conversation(
    [
        ("professional", "Hoe kijk je aan tegen een paar uur vrijwilligerswerk in de buurt?"),
        ("client", "Nee, daar begin ik niet aan, ik blijf liever gewoon thuis."),
    ],
    "nl-st",
)
ENGLISH = conversation(
    [
        ("professional", "How have things been going with your drinking since we last met?"),
        ("client", "I really want to cut down, I've decided I'm going to stop drinking on weekdays."),
        ("professional", "So you've made a decision to cut down during the week."),
        ("client", "I don't see why I should stop, drinking helps me relax and it's not a problem."),
    ],
    "en",
)


@pytest.fixture(scope="module")
def coded():
    clear_model_cache()
    return {c.utterance: c for c in code_utterances([*DUTCH, *SUSTAIN_ALONE, *ENGLISH])}


# Questions, greetings and plain information are near-certain for any usable model: each must be right.
@pytest.mark.parametrize(
    ("utterance", "expected"),
    [
        (DUTCH[0], {Code.OTHER}),
        (DUTCH[2], {Code.Q}),
        (DUTCH[6], {Code.GI}),
        (ENGLISH[0], {Code.Q}),
    ],
    ids=lambda value: value.text[:30] if isinstance(value, Utterance) else None,
)
def test_unmistakable_examples(coded, utterance, expected):
    assert coded[utterance].code in expected


def test_obvious_examples_mostly_right(coded):
    """Reflections, change and sustain talk and confrontation: cross-validated F1 for these is 0.35 to 0.8, so a
    few misses are expected; most of these clear cases must be right."""
    expected = {
        DUTCH[3]: {Code.CT},
        DUTCH[4]: {Code.SR, Code.CR},
        DUTCH[5]: {Code.ST},
        DUTCH[8]: {Code.CONFRONT, Code.PERSUADE},
        SUSTAIN_ALONE[1]: {Code.ST},
        ENGLISH[1]: {Code.CT},
        ENGLISH[2]: {Code.SR, Code.CR},
        ENGLISH[3]: {Code.ST},
    }
    wrong = {u.text: coded[u].code.value for u, codes in expected.items() if coded[u].code not in codes}
    assert len(wrong) <= 2, wrong


def test_language_and_probabilities(coded):
    assert coded[DUTCH[0]].language == "nl"
    assert coded[ENGLISH[0]].language == "en"
    for result in coded.values():
        total = sum(p for _, p in result.probabilities)
        assert total == pytest.approx(1.0, abs=1e-4)
        assert dict(result.probabilities)[result.code] == pytest.approx(result.confidence)
        assert result.code in {c for c, _ in result.probabilities}


def test_result_order_follows_input_and_model_is_cached():
    shuffled = [DUTCH[3], DUTCH[0], DUTCH[2]]
    assert [c.utterance for c in code_utterances(shuffled)] == shuffled
    assert get_model() is get_model()


def test_context_changes_the_reading():
    """The same short answer reads differently after a different question."""
    after_change = conversation([("professional", "Wat zou er beter worden als je weer werkt?"), ("client", "Alles.")])
    after_neutral = conversation([("professional", "Wat heb je vanochtend gegeten?"), ("client", "Alles.")])
    a = code_utterances(after_change)[1]
    b = code_utterances(after_neutral)[1]
    assert dict(a.probabilities) != dict(b.probabilities)


def test_codeer_writes_rows_with_prediction(tmp_path, capsys):
    path = tmp_path / "gesprek.tsv"
    rows = ["conversation\tturn\tspeaker\ttext\textra"]
    rows += [f"nl\t{u.order}\t{u.speaker.value}\t{u.text}\tx{u.order}" for u in DUTCH]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert cli.main(["codeer", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["conversation", "turn", "speaker", "text", "extra", "voorspeld"]
    assert len(lines) == len(DUTCH) + 1
    assert lines[3].split("\t")[-1] == "Q"
    assert all(line.split("\t")[4].startswith("x") for line in lines[1:])


def test_rapport_prints_scores_and_three_suggestions(tmp_path, capsys, monkeypatch):
    rows = ["conversation\tturn\tspeaker\ttext"] + [f"nl\t{u.order}\t{u.speaker.value}\t{u.text}" for u in DUTCH]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(("\n".join(rows) + "\n").encode())))
    assert cli.main(["rapport", "-"]) == 0
    out = capsys.readouterr().out
    assert "R:Q" in out and "% complexe reflecties" in out and "verandertaal" in out
    assert all(f"  {n}. " in out for n in (1, 2, 3))
