"""The text of ``regie mi rapport``: summary scores and feedback for each conversation, in Dutch."""

from __future__ import annotations

from collections.abc import Sequence

from .codes import DUTCH_LABELS, PROFESSIONAL_CODES, Code
from .feedback import suggestions
from .globals import estimate_globals
from .schema import CodedUtterance
from .scores import Score, summarise


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _score_line(score: Score, as_percent: bool) -> str:
    if score.value is None:
        shown = "–"
    elif score.value == float("inf"):
        shown = "∞ (geen vragen)"
    else:
        shown = _percent(score.value) if as_percent else f"{score.value:.2f}"
    fair = _percent(score.fair) if as_percent else f"{score.fair:.1f}"
    good = _percent(score.good) if as_percent else f"{score.good:.1f}"
    level = score.level.value if score.level else "niet te bepalen"
    return f"  {score.name:<24} {shown:<16} {level} (redelijk ≥ {fair}, goed ≥ {good})"


_GLOBAL_LABELS = {
    "cultivating_change_talk": "verandertaal ontlokken",
    "softening_sustain_talk": "behoudtaal verzachten",
    "partnership": "partnerschap",
    "empathy": "empathie",
}


def _global_lines(coded: Sequence[CodedUtterance]) -> list[str]:
    estimates = estimate_globals(coded)
    lines = ["MITI-globale scores (indicatie uit de codes, 1–5; een beoordelaar kijkt naar het hele gesprek):"]
    for estimate in estimates.all():
        lines.append(f"  {_GLOBAL_LABELS[estimate.name]:<24} {estimate.value:<16} {estimate.basis}")
    lines.append(
        f"  {'technisch / relationeel':<24} {estimates.technical:.1f} / {estimates.relational:.1f} "
        "(redelijk ≥ 3,0 / 3,5, goed ≥ 4,0 / 4,0)"
    )
    return lines


def conversation_report(coded: Sequence[CodedUtterance]) -> list[str]:
    summary = summarise(coded)
    first = coded[0]
    language = {"nl": "Nederlands", "en": "Engels"}.get(first.language, first.language)
    counts = summary.counts
    lines = [
        f"Gesprek {first.utterance.conversation} ({len(coded)} beurten, taal: {language})",
        "",
        "Gedrag van de professional:",
        "  " + ", ".join(f"{code.value} {counts[code]}" for code in PROFESSIONAL_CODES),
        "",
        "MITI-samenvattingsscores:",
        _score_line(summary.reflection_to_question, as_percent=False),
        _score_line(summary.percent_complex_reflections, as_percent=True),
        f"  {'MI-consistent':<24} {summary.mi_adherent:<16} "
        f"({DUTCH_LABELS[Code.SEEK]} + {DUTCH_LABELS[Code.AF]} + {DUTCH_LABELS[Code.EMPH]})",
        f"  {'MI-inconsistent':<24} {summary.mi_non_adherent:<16} "
        f"({DUTCH_LABELS[Code.CONFRONT]} + {DUTCH_LABELS[Code.PERSUADE]})",
        "",
        "Gespreksverhouding:",
        f"  {'spreektijd professional':<24} {_percent(summary.professional_word_share)} van de woorden",
        f"  {'verandertaal':<24} {_percent(summary.change_talk_share)} van verander- plus behoudtaal "
        f"(CT {counts[Code.CT]}, ST {counts[Code.ST]}, neutraal {counts[Code.NT]})",
        f"  {'verloop per derde':<24} " + " → ".join(_percent(v) for v in summary.change_talk_by_part),
        "",
        *_global_lines(coded),
        "",
        "Feedback:",
    ]
    for number, text in enumerate(suggestions(coded, summary=summary), start=1):
        lines.append(f"  {number}. {text}")
    return lines


def report(coded: Sequence[CodedUtterance]) -> str:
    by_conversation: dict[str, list[CodedUtterance]] = {}
    for c in coded:
        by_conversation.setdefault(c.utterance.conversation, []).append(c)
    blocks = ["\n".join(conversation_report(group)) for group in by_conversation.values()]
    return "\n\n".join(blocks) + "\n"
