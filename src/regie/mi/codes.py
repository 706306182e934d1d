"""The code sets of the engine and how they relate to the coarse AnnoMI labels.

The fine professional codes follow MITI 4.2.1 behaviour counts; OTHER holds utterances without a MITI behaviour
(greetings, fillers, structuring). AnnoMI only labels four coarse therapist behaviours, so every fine code belongs to
exactly one coarse group; the model learns the coarse groups from AnnoMI and the split inside a group from the Dutch
set and from AnnoMI sub-labels where they exist.
"""

from __future__ import annotations

from enum import StrEnum


class Speaker(StrEnum):
    PROFESSIONAL = "professional"
    CLIENT = "client"


class Code(StrEnum):
    GI = "GI"
    PERSUADE = "PERSUADE"
    PWP = "PWP"
    Q = "Q"
    SR = "SR"
    CR = "CR"
    AF = "AF"
    SEEK = "SEEK"
    EMPH = "EMPH"
    CONFRONT = "CONFRONT"
    OTHER = "OTHER"
    CT = "CT"
    ST = "ST"
    NT = "NT"


class Coarse(StrEnum):
    QUESTION = "question"
    REFLECTION = "reflection"
    INPUT = "therapist_input"
    OTHER = "other"
    CHANGE = "change"
    NEUTRAL = "neutral"
    SUSTAIN = "sustain"


# Order matters: it is the column order of the model's probability matrix.
PROFESSIONAL_CODES: tuple[Code, ...] = (
    Code.Q,
    Code.SR,
    Code.CR,
    Code.GI,
    Code.PERSUADE,
    Code.PWP,
    Code.AF,
    Code.SEEK,
    Code.EMPH,
    Code.CONFRONT,
    Code.OTHER,
)
CLIENT_CODES: tuple[Code, ...] = (Code.CT, Code.ST, Code.NT)

CODES_BY_SPEAKER: dict[Speaker, tuple[Code, ...]] = {
    Speaker.PROFESSIONAL: PROFESSIONAL_CODES,
    Speaker.CLIENT: CLIENT_CODES,
}

# A question stays Q even when it invites collaboration, so that R:Q stays comparable with MITI practice and with
# AnnoMI, where such questions are labelled "question"; SEEK is kept for statements that share power.
COARSE_OF: dict[Code, Coarse] = {
    Code.Q: Coarse.QUESTION,
    Code.SR: Coarse.REFLECTION,
    Code.CR: Coarse.REFLECTION,
    Code.GI: Coarse.INPUT,
    Code.PERSUADE: Coarse.INPUT,
    Code.PWP: Coarse.INPUT,
    Code.AF: Coarse.OTHER,
    Code.SEEK: Coarse.OTHER,
    Code.EMPH: Coarse.OTHER,
    Code.CONFRONT: Coarse.OTHER,
    Code.OTHER: Coarse.OTHER,
    Code.CT: Coarse.CHANGE,
    Code.ST: Coarse.SUSTAIN,
    Code.NT: Coarse.NEUTRAL,
}

COARSE_BY_SPEAKER: dict[Speaker, tuple[Coarse, ...]] = {
    Speaker.PROFESSIONAL: (Coarse.QUESTION, Coarse.REFLECTION, Coarse.INPUT, Coarse.OTHER),
    Speaker.CLIENT: (Coarse.CHANGE, Coarse.NEUTRAL, Coarse.SUSTAIN),
}

DUTCH_LABELS: dict[Code, str] = {
    Code.GI: "informatie geven",
    Code.PERSUADE: "overtuigen",
    Code.PWP: "overtuigen met toestemming",
    Code.Q: "vraag",
    Code.SR: "eenvoudige reflectie",
    Code.CR: "complexe reflectie",
    Code.AF: "bevestigen",
    Code.SEEK: "samenwerking zoeken",
    Code.EMPH: "autonomie benadrukken",
    Code.CONFRONT: "confronteren",
    Code.OTHER: "overig",
    Code.CT: "verandertaal",
    Code.ST: "behoudtaal",
    Code.NT: "neutraal",
}


def codes_in(coarse: Coarse) -> tuple[Code, ...]:
    return tuple(code for code, group in COARSE_OF.items() if group == coarse)
