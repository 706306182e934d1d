"""A practice conversation: code the professional's turn, update the hidden state, choose the persona's answer.

Deterministic for a given seed, so a session can be rebuilt from its stored turns and two people practising the same
case with the same seed meet the same person. Answers come from the persona's utterance bank; ``Antwoorder`` is the
seam where an offline text generator could take over the wording.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from ..codes import Code
from ..engine import code_utterances
from ..schema import Utterance
from .model import Effect, Persona, Regels, Uiting

Codeerder = Callable[[Sequence[tuple[str, str]], str], tuple[Code, float]]
LUISTEREND = ("reflectie", "bevestiging", "autonomie")

_WOORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
_STOPWOORDEN = frozenset(
    [
        "aan",
        "achter",
        "alle",
        "alles",
        "andere",
        "anders",
        "bent",
        "best",
        "beter",
        "daar",
        "daarom",
        "dacht",
        "dan",
        "dat",
        "deze",
        "die",
        "dingen",
        "doen",
        "door",
        "echt",
        "eens",
        "eigen",
        "eigenlijk",
        "even",
        "gaan",
        "gaat",
        "geen",
        "gewoon",
        "goed",
        "graag",
        "hebben",
        "heeft",
        "hier",
        "hoor",
        "iemand",
        "iets",
        "jezelf",
        "jouw",
        "jullie",
        "kunnen",
        "kunt",
        "laten",
        "maar",
        "meer",
        "mensen",
        "misschien",
        "moet",
        "moeten",
        "nodig",
        "niet",
        "niets",
        "noemt",
        "nooit",
        "onze",
        "over",
        "precies",
        "samen",
        "staat",
        "steeds",
        "terwijl",
        "toch",
        "tussen",
        "vaak",
        "veel",
        "vind",
        "vindt",
        "voor",
        "vooral",
        "waar",
        "wanneer",
        "want",
        "waren",
        "wat",
        "welke",
        "werd",
        "wilt",
        "worden",
        "zelf",
        "zeker",
        "zich",
        "zien",
        "zijn",
        "zitten",
        "zoals",
        "zorgen",
        "zou",
        "zouden",
    ]
)


def code_met_model(context: Sequence[tuple[str, str]], tekst: str) -> tuple[Code, float]:
    """Code ``tekst`` with the shipped model, with the last turns as context (``(speaker, text)`` pairs)."""
    beurten = [Utterance("oefen", i, spreker, t) for i, (spreker, t) in enumerate(context[-2:], start=1)]
    beurten.append(Utterance("oefen", len(beurten) + 1, "professional", tekst))
    gecodeerd = code_utterances(beurten)[-1]
    return gecodeerd.code, gecodeerd.confidence


@dataclass
class Beurt:
    """One exchange: the professional's turn with its coding and the effect, and the persona's answer."""

    nummer: int
    professional: str
    code: str
    zekerheid: float
    reactie: str
    delta_vertrouwen: float
    delta_bereidheid: float
    redenen: list[str]
    vertrouwen: float
    bereidheid: float
    antwoord: str
    soort: str
    uiting: str
    onderwerp: str = ""
    feit: bool = False

    def als_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def uit_dict(cls, data: dict) -> Beurt:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass
class Toestand:
    vertrouwen: float
    bereidheid: float
    gebruikt: set[str] = field(default_factory=set)
    feiten: set[int] = field(default_factory=set)
    vragen_op_rij: int = 0
    laatste_soort: str = "NT"
    onderwerp: str = ""


def _klem(x: float) -> float:
    return min(1.0, max(0.0, x))


class Oefengesprek:
    def __init__(
        self,
        persona: Persona,
        regels: Regels,
        seed: int,
        beurten: Sequence[Beurt] = (),
        codeer: Codeerder = code_met_model,
    ) -> None:
        self.persona, self.regels, self.seed, self.codeer = persona, regels, seed, codeer
        self.beurten: list[Beurt] = []
        self.toestand = Toestand(persona.vertrouwen, persona.bereidheid)
        for beurt in beurten:
            self._neem_op(beurt)

    # --- rebuilding from stored turns

    def _neem_op(self, beurt: Beurt) -> None:
        t = self.toestand
        t.vertrouwen, t.bereidheid = beurt.vertrouwen, beurt.bereidheid
        t.gebruikt.add(beurt.uiting)
        if beurt.feit:
            t.feiten.add(int(beurt.uiting.removeprefix("feit.")))
        t.vragen_op_rij = t.vragen_op_rij + 1 if beurt.code == Code.Q else 0
        t.laatste_soort, t.onderwerp = beurt.soort, beurt.onderwerp
        self.beurten.append(beurt)

    def context(self) -> list[tuple[str, str]]:
        paren: list[tuple[str, str]] = [("client", self.persona.opening)]
        for beurt in self.beurten:
            paren += [("professional", beurt.professional), ("client", beurt.antwoord)]
        return paren

    # --- one turn

    def beurt(self, tekst: str) -> Beurt:
        tekst = " ".join(tekst.split())
        code, zekerheid = self.codeer(self.context(), tekst)
        code = Code(code)
        regel = self.regels.beurten[code]
        effecten: list[Effect] = [regel.effect]
        t = self.toestand
        vragen = t.vragen_op_rij + 1 if code == Code.Q else 0
        patronen = self.regels.patronen
        if code == Code.Q and vragen >= self.regels.vraagreeks:
            effecten.append(patronen["vraagreeks"])
        if regel.reactie == "reflectie" and t.laatste_soort == "CT":
            effecten.append(patronen["reflectie_na_verandertaal"])
        if regel.reactie == "reflectie" and t.laatste_soort == "ST":
            effecten.append(patronen["reflectie_na_behoudtaal"])
        if regel.reactie == "druk" and t.laatste_soort == "ST":
            effecten.append(patronen["druk_na_behoudtaal"])
        onderwerp = self._onderwerp(tekst)
        if onderwerp and regel.reactie in LUISTEREND:
            effecten.append(patronen["onderwerp_geraakt"])
        schaal = self.persona.gevoeligheid

        def som(veld: str) -> float:
            waarden = (getattr(e, veld) for e in effecten)
            return sum(w * schaal if w < 0 else w for w in waarden)

        oud_v, oud_b = t.vertrouwen, t.bereidheid
        vertrouwen, bereidheid = _klem(oud_v + som("vertrouwen")), _klem(oud_b + som("bereidheid"))
        rng = random.Random(f"{self.seed}:{len(self.beurten) + 1}")
        soort = self._soort(rng, vertrouwen, bereidheid, som("verandertaal"), som("behoudtaal"))
        onderwerp = onderwerp or t.onderwerp
        feit_index = self._feit(vertrouwen, regel.reactie, soort)
        if feit_index is not None:
            feit = self.persona.feiten[feit_index]
            antwoord, soort, sleutel = feit.tekst, feit.soort, f"feit.{feit_index}"
        else:
            uiting = self._kies(rng, soort, regel.reactie, self.regels.band(vertrouwen), onderwerp)
            antwoord, sleutel = self._vul_in(uiting, tekst), uiting.sleutel
            onderwerp = uiting.onderwerp or onderwerp
        beurt = Beurt(
            nummer=len(self.beurten) + 1,
            professional=tekst,
            code=code.value,
            zekerheid=round(zekerheid, 3),
            reactie=regel.reactie,
            delta_vertrouwen=round(vertrouwen - oud_v, 4),
            delta_bereidheid=round(bereidheid - oud_b, 4),
            redenen=[e.reden for e in effecten if _telt(e)],
            vertrouwen=round(vertrouwen, 4),
            bereidheid=round(bereidheid, 4),
            antwoord=antwoord,
            soort=soort,
            uiting=sleutel,
            onderwerp=onderwerp,
            feit=feit_index is not None,
        )
        self._neem_op(beurt)
        return beurt

    def _onderwerp(self, tekst: str) -> str:
        woorden = set(_WOORD.findall(tekst.lower()))
        laag = tekst.lower()
        for onderwerp in self.persona.onderwerpen:
            if any((w in woorden) if " " not in w else (w in laag) for w in onderwerp.trefwoorden):
                return onderwerp.naam
            if any(w.endswith("*") and any(x.startswith(w[:-1]) for x in woorden) for w in onderwerp.trefwoorden):
                return onderwerp.naam
        return ""

    def _soort(self, rng: random.Random, vertrouwen: float, bereidheid: float, ct: float, st: float) -> str:
        r = self.regels
        p_ct = r.verandertaal["basis"] + r.verandertaal["bereidheid"] * bereidheid
        p_ct += r.verandertaal["vertrouwen"] * vertrouwen + ct
        p_st = r.behoudtaal["basis"] + r.behoudtaal["onbereidheid"] * (1 - bereidheid)
        p_st += r.behoudtaal["wantrouwen"] * (1 - vertrouwen) + st
        p_ct, p_st = (min(r.maximum, max(r.minimum, p)) for p in (p_ct, p_st))
        if p_ct + p_st > 1 - r.minimum:
            schaal = (1 - r.minimum) / (p_ct + p_st)
            p_ct, p_st = p_ct * schaal, p_st * schaal
        worp = rng.random()
        return "CT" if worp < p_ct else "ST" if worp < p_ct + p_st else "NT"

    def _feit(self, vertrouwen: float, reactie: str, soort: str) -> int | None:
        if reactie not in (*LUISTEREND, "vraag") or soort == "ST":
            return None
        for index, feit in enumerate(self.persona.feiten):
            if index not in self.toestand.feiten and vertrouwen >= feit.drempel:
                return index
        return None

    def _kies(self, rng: random.Random, soort: str, reactie: str, band: str, onderwerp: str) -> Uiting:
        gebruikt = self.toestand.gebruikt
        alle = [u for u in self.persona.uitingen if u.soort == soort]
        past_bij = [u for u in alle if reactie in u.bij or "elk" in u.bij]
        past_band = [u for u in past_bij if u.band in (band, "elk")]
        # From most to least specific; unused answers first at every level.
        algemeen = [u for u in past_band if not u.onderwerp]
        lagen = [[u for u in past_band if onderwerp and u.onderwerp == onderwerp], algemeen, past_band, past_bij, alle]
        for laag in lagen:
            vers = [u for u in laag if u.sleutel not in gebruikt]
            if vers:
                return rng.choice(vers)
        return rng.choice(alle)

    def _vul_in(self, uiting: Uiting, tekst: str) -> str:
        if not uiting.is_sjabloon:
            return uiting.tekst
        woord = sleutelwoord(tekst) or "dat"
        ingevuld = uiting.tekst.replace("{woord}", woord)
        return ingevuld[:1].upper() + ingevuld[1:]


def _telt(effect: Effect) -> bool:
    return any(abs(x) > 1e-9 for x in (effect.vertrouwen, effect.bereidheid, effect.verandertaal, effect.behoudtaal))


def sleutelwoord(tekst: str) -> str:
    """The professional's most telling word: the longest word that is not a common function word."""
    woorden = [w for w in _WOORD.findall(tekst.lower()) if len(w) >= 4 and w not in _STOPWOORDEN]
    return max(woorden, key=len, default="")
