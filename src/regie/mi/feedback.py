"""Three concrete suggestions in Dutch for the professional, taken from moments in the conversation itself.

Each rule looks for one kind of moment MI training names as a lever (a question where a reflection would do, change
talk that went by, advice without permission, confrontation, reflections that only repeat, talking more than
listening, no affirmations). Every rule that fires proposes one suggestion with a weight for how much it matters in
this conversation; the three heaviest of different kinds are returned. When fewer than three rules fire, a
suggestion about what went well fills up, because learning also means knowing what to keep doing.

A turn is only cited when the model is sure enough of the codes the suggestion rests on (``CITE_CONFIDENCE``): a
trainer would not sign feedback about a confrontation the model merely guessed. A confrontation, with what the person
said after it, always comes first. Example reflections transform (feeling, meaning, both sides of an ambivalence)
and use the form of address the professional used ("je" or "u").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .codes import Code, Speaker
from .schema import CodedUtterance
from .scores import Level, MitiSummary, ordered, summarise, word_count
from .transform import register_of, transformed_reflection

MAX_QUOTE_WORDS = 14
# Probability of the chosen code below which a turn is not cited as an example.
CITE_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Suggestion:
    kind: str
    text: str
    turn: int | None
    weight: float


def quote(text: str) -> str:
    words = text.split()
    short = " ".join(words[:MAX_QUOTE_WORDS]) + (" …" if len(words) > MAX_QUOTE_WORDS else "")
    return f"‘{short}’"


def _pairs(turns: Sequence[CodedUtterance]) -> list[tuple[CodedUtterance, CodedUtterance]]:
    return list(zip(turns, turns[1:], strict=False))


def _substantive(c: CodedUtterance) -> bool:
    return c.speaker == Speaker.CLIENT and word_count(c.text) >= 5


def _sure(*turns: CodedUtterance) -> bool:
    return all(t.confidence >= CITE_CONFIDENCE for t in turns)


def _register(turns: Sequence[CodedUtterance]) -> str:
    return register_of(c.text for c in turns if c.speaker == Speaker.PROFESSIONAL)


def example_reflection(client: CodedUtterance, turns: Sequence[CodedUtterance]) -> str:
    """A transforming example reflection of ``client`` in the professional's register."""
    return transformed_reflection(client.text, client.language, _register(turns), client.code.value)


def question_instead_of_reflection(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    moments = [(a, b) for a, b in _pairs(turns) if _substantive(a) and b.code == Code.Q and _sure(a, b)]
    if not moments:
        return None
    # Change talk answered with a question is the biggest missed chance; otherwise the longest answer.
    client, question = max(moments, key=lambda m: (m[0].code == Code.CT, word_count(m[0].text)))
    ratio = summary.reflection_to_question
    weight = 3.0 if ratio.level == Level.BELOW else 2.0 if ratio.level == Level.FAIR else 1.0
    example = example_reflection(client, turns)
    return Suggestion(
        "vraag-naar-reflectie",
        f"Beurt {question.utterance.order}: na {quote(client.text)} stelde je een nieuwe vraag. Een reflectie laat "
        f"horen dat je luistert en nodigt uit om verder te vertellen, bijvoorbeeld ‘{example}’",
        question.utterance.order,
        weight + (0.5 if client.code == Code.CT else 0.0),
    )


def change_talk_passed_by(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    missed = {Code.GI, Code.PERSUADE, Code.CONFRONT, Code.OTHER}
    # Talk right after a confrontation is a reaction to it (often resignation), not change talk to build on.
    after_confrontation = {b.utterance.order for a, b in _pairs(turns) if a.code == Code.CONFRONT}
    moments = [
        (a, b)
        for a, b in _pairs(turns)
        if a.code == Code.CT and b.code in missed and _sure(a, b) and a.utterance.order not in after_confrontation
    ]
    if not moments:
        return None
    client, answer = moments[0]
    example = example_reflection(client, turns)
    return Suggestion(
        "verandertaal-oppakken",
        f"Beurt {client.utterance.order}: de verandertaal van de inwoner ({quote(client.text)}) bleef liggen; je "
        f"ging verder met iets anders. Sta erbij stil met een reflectie (‘{example}’) of vraag door: ‘Wat maakt "
        f"dat belangrijk voor {_register(turns)}?’",
        client.utterance.order,
        2.5 + 0.2 * len(moments),
    )


def advice_without_permission(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    moments = [c for c in turns if c.code == Code.PERSUADE and _sure(c)]
    if not moments:
        return None
    first = moments[0]
    return Suggestion(
        "toestemming-vragen",
        f"Beurt {first.utterance.order} ({quote(first.text)}) is advies zonder toestemming ({len(moments)}× in dit "
        "gesprek). Vraag eerst ‘Mag ik je een tip geven?’ en sluit af met ‘Kijk zelf wat bij je past’; dan blijft "
        "de keuze bij de inwoner en neemt de kans toe dat het advies landt.",
        first.utterance.order,
        2.0 + 0.5 * len(moments),
    )


def confrontation(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    """The first confrontation the model is sure of, with what the person said right after it."""
    for position, current in enumerate(turns):
        if current.code != Code.CONFRONT or not _sure(current):
            continue
        reaction = next((c for c in turns[position + 1 : position + 3] if c.speaker == Speaker.CLIENT), None)
        said = reaction or next((c for c in reversed(turns[:position]) if _substantive(c)), None)
        followed = f" De inwoner reageerde met {quote(reaction.text)}." if reaction is not None else ""
        if said:
            advice = (
                "Weerstand zakt eerder als je eerst laat horen wat er bij de inwoner speelt, bijvoorbeeld "
                f"‘{example_reflection(said, turns)}’, en daarna vraagt hoe hij of zij het zelf ziet."
            )
        else:
            own_view = "Hoe kijkt u daar zelf naar?" if _register(turns) == "u" else "Hoe kijk jij daar zelf naar?"
            advice = f"Vraag in plaats daarvan eerst hoe de inwoner het zelf ziet: ‘{own_view}’"
        return Suggestion(
            "weerstand-reflecteren",
            f"Beurt {current.utterance.order} ({quote(current.text)}) klinkt als een verwijt.{followed} {advice}",
            current.utterance.order,
            # Above every other rule: blaming harms the relationship that all other advice depends on.
            5.0,
        )
    return None


def deepen_reflections(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    if summary.percent_complex_reflections.level in (None, Level.GOOD):
        return None
    simple = [(a, b) for a, b in _pairs(turns) if b.code == Code.SR and a.speaker == Speaker.CLIENT and _sure(b)]
    if not simple:
        return None
    client, reflection = simple[0]
    share = summary.percent_complex_reflections.value or 0.0
    return Suggestion(
        "reflectie-verdiepen",
        f"{share:.0%} van je reflecties was complex (redelijk vanaf 40%, goed vanaf 50%). Bij beurt "
        f"{reflection.utterance.order} ({quote(reflection.text)}) kun je een stap verder gaan: benoem het gevoel of "
        "wat eronder ligt, bijvoorbeeld ‘Dat raakt je, want het gaat om iets wat je echt belangrijk vindt.’",
        reflection.utterance.order,
        2.0 if summary.percent_complex_reflections.level == Level.BELOW else 1.2,
    )


def listen_more(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    share = summary.professional_word_share
    if share is None or share <= 0.5:
        return None
    longest = max((c for c in turns if c.speaker == Speaker.PROFESSIONAL), key=lambda c: word_count(c.text))
    return Suggestion(
        "meer-luisteren",
        f"Jij sprak {share:.0%} van de woorden. In MI praat de inwoner meer dan de professional. Je langste beurt "
        f"was {longest.utterance.order}; probeer zo’n uitleg in te korten en te eindigen met een open vraag als "
        "‘Wat vind jij daarvan?’",
        longest.utterance.order,
        1.5 + 4.0 * (share - 0.5),
    )


def add_affirmation(turns: Sequence[CodedUtterance], summary: MitiSummary) -> Suggestion | None:
    if summary.counts[Code.AF] > 0:
        return None
    steps = [c for c in turns if c.code == Code.CT and _sure(c)]
    if not steps:
        return None
    moment = max(steps, key=lambda c: word_count(c.text))
    return Suggestion(
        "bevestigen",
        f"Er viel geen bevestiging. Bij beurt {moment.utterance.order} ({quote(moment.text)}) liet de inwoner een "
        "sterke kant of een stap zien; benoem die oprecht, bijvoorbeeld "
        + (
            "‘Knap dat u dat zelf al heeft bedacht.’"
            if _register(turns) == "u"
            else "‘Knap dat je dat zelf al hebt bedacht.’"
        ),
        moment.utterance.order,
        1.4,
    )


def strengths(turns: Sequence[CodedUtterance], summary: MitiSummary) -> list[Suggestion]:
    """What went well, phrased as something to keep doing; used to fill up to three suggestions."""
    found = []
    ratio = summary.reflection_to_question
    if ratio.level in (Level.GOOD, Level.FAIR) and ratio.value is not None:
        value = "alleen reflecties" if ratio.value == float("inf") else f"{ratio.value:.1f} reflecties per vraag"
        found.append(
            Suggestion(
                "behouden-reflecteren",
                f"Houd vast: je gaf {value} ({ratio.level.value}). Blijf na een antwoord eerst reflecteren "
                "voordat je een nieuwe vraag stelt.",
                None,
                0.5,
            )
        )
    if summary.mi_adherent > 0:
        found.append(
            Suggestion(
                "behouden-mi-consistent",
                f"Houd vast: je bevestigde, zocht samenwerking of benadrukte de eigen keuze ({summary.mi_adherent}×). "
                "Dat versterkt de regie van de inwoner.",
                None,
                0.4,
            )
        )
    found.append(
        Suggestion(
            "volgende-stap",
            "Vat aan het eind samen wat de inwoner zelf wil en welke stap hij of zij noemde, en vraag of dat klopt. "
            "Zo sluit het gesprek af in de woorden van de inwoner.",
            None,
            0.3,
        )
    )
    return found


RULES = (
    question_instead_of_reflection,
    change_talk_passed_by,
    advice_without_permission,
    confrontation,
    deepen_reflections,
    listen_more,
    add_affirmation,
)


def suggestions(coded: Sequence[CodedUtterance], count: int = 3, summary: MitiSummary | None = None) -> list[str]:
    """Up to ``count`` feedback sentences for one conversation, the most important first."""
    turns = ordered(coded)
    if not turns:
        return []
    summary = summary or summarise(turns)
    proposed = [s for rule in RULES if (s := rule(turns, summary)) is not None]
    proposed.sort(key=lambda s: -s.weight)
    chosen = proposed[:count]
    for extra in strengths(turns, summary):
        if len(chosen) >= count:
            break
        chosen.append(extra)
    return [s.text for s in chosen]
