"""After a practice conversation: MITI summary, moments where trust rose or fell, and change talk counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..codes import Code
from ..schema import CodedUtterance, Utterance
from ..scores import MitiSummary, summarise
from .model import Persona, Regels
from .simulatie import Beurt


@dataclass(frozen=True)
class Moment:
    nummer: int
    professional: str
    code: str
    delta: float
    redenen: tuple[str, ...]

    @property
    def steeg(self) -> bool:
        return self.delta > 0


@dataclass(frozen=True)
class Oefensamenvatting:
    miti: MitiSummary
    beurten: int
    verandertaal: int
    behoudtaal: int
    start_vertrouwen: float
    eind_vertrouwen: float
    start_bereidheid: float
    eind_bereidheid: float
    momenten: tuple[Moment, ...]
    feiten: int


def gecodeerd(persona: Persona, beurten: Sequence[Beurt]) -> list[CodedUtterance]:
    """The conversation as coded utterances: the professional's turns with their codes, the answers with their kind."""
    uit: list[CodedUtterance] = [_cu(0, "client", persona.opening, Code.NT)]
    for b in beurten:
        uit.append(_cu(2 * b.nummer - 1, "professional", b.professional, Code(b.code), b.zekerheid))
        uit.append(_cu(2 * b.nummer, "client", b.antwoord, Code(b.soort)))
    return uit


def _cu(order: int, spreker: str, tekst: str, code: Code, zekerheid: float = 1.0) -> CodedUtterance:
    return CodedUtterance(Utterance("oefen", order, spreker, tekst), code, zekerheid, ((code, zekerheid),), "nl")


def vat_samen(persona: Persona, regels: Regels, beurten: Sequence[Beurt]) -> Oefensamenvatting:
    momenten = tuple(
        Moment(b.nummer, b.professional, b.code, b.delta_vertrouwen, tuple(b.redenen))
        for b in beurten
        if abs(b.delta_vertrouwen) >= regels.moment - 1e-9
    )
    laatste = beurten[-1] if beurten else None
    return Oefensamenvatting(
        miti=summarise(gecodeerd(persona, beurten)),
        beurten=len(beurten),
        verandertaal=sum(b.soort == "CT" for b in beurten),
        behoudtaal=sum(b.soort == "ST" for b in beurten),
        start_vertrouwen=persona.vertrouwen,
        eind_vertrouwen=laatste.vertrouwen if laatste else persona.vertrouwen,
        start_bereidheid=persona.bereidheid,
        eind_bereidheid=laatste.bereidheid if laatste else persona.bereidheid,
        momenten=momenten,
        feiten=sum(b.feit for b in beurten),
    )
