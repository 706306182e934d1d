"""Personas and state rules as plain values, read and validated from YAML (see docs/oefengesprek.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..codes import PROFESSIONAL_CODES, Code
from .yamlregels import Knoop, Lezer, OefenFout, lees_bestand

DATA = Path(__file__).parent / "data"
PERSONA_MAP = DATA / "personas"
REGELS_BESTAND = DATA / "regels.yaml"

REACTIES = ("reflectie", "bevestiging", "autonomie", "vraag", "informatie", "druk", "overig")
SOORTEN = ("CT", "ST", "NT")
BANDEN = ("laag", "midden", "hoog")
EFFECTVELDEN = ("vertrouwen", "bereidheid", "verandertaal", "behoudtaal")
PATRONEN = (
    "vraagreeks",
    "reflectie_na_verandertaal",
    "reflectie_na_behoudtaal",
    "druk_na_behoudtaal",
    "onderwerp_geraakt",
)
MIN_UITINGEN = 100


@dataclass(frozen=True)
class Effect:
    vertrouwen: float
    bereidheid: float
    verandertaal: float
    behoudtaal: float
    reden: str
    bronnen: tuple[str, ...]


@dataclass(frozen=True)
class Beurtregel:
    reactie: str
    effect: Effect


@dataclass(frozen=True)
class Regels:
    bronnen: dict[str, str]
    beurten: dict[Code, Beurtregel]
    patronen: dict[str, Effect]
    vraagreeks: int
    verandertaal: dict[str, float]
    behoudtaal: dict[str, float]
    minimum: float
    maximum: float
    banden: dict[str, float]
    moment: float

    def band(self, vertrouwen: float) -> str:
        gekozen = BANDEN[0]
        for naam in BANDEN:
            if vertrouwen >= self.banden[naam]:
                gekozen = naam
        return gekozen


@dataclass(frozen=True)
class Onderwerp:
    naam: str
    trefwoorden: tuple[str, ...]


@dataclass(frozen=True)
class Feit:
    tekst: str
    drempel: float
    soort: str


@dataclass(frozen=True)
class Uiting:
    """One answer the persona can give; ``sleutel`` is stable within the file (entry and position)."""

    sleutel: str
    tekst: str
    soort: str
    bij: tuple[str, ...]
    band: str
    onderwerp: str

    @property
    def is_sjabloon(self) -> bool:
        return "{woord}" in self.tekst


@dataclass(frozen=True)
class Persona:
    slug: str
    naam: str
    titel: str
    situatie: str
    doelen: tuple[str, ...]
    vertrouwen: float
    bereidheid: float
    gevoeligheid: float
    onderwerpen: tuple[Onderwerp, ...]
    feiten: tuple[Feit, ...]
    uitingen: tuple[Uiting, ...]
    opening: str


# --- rules


def _effect(lezer: Lezer, knoop: Knoop, wat: str, bronnen: dict[str, str]) -> Effect:
    waarden = {veld: lezer.getal(knoop, veld, wat, -1.0, 1.0) for veld in EFFECTVELDEN}
    reden = lezer.tekst(knoop, "reden", wat)
    namen = lezer.lijst(knoop, "bronnen", wat)
    for naam, regel in zip(namen, namen.regels, strict=True):
        if naam not in bronnen:
            lezer.fout(regel, f"{wat}: bron '{naam}' staat niet onder 'bronnen'")
    return Effect(**waarden, reden=reden, bronnen=tuple(str(n) for n in namen))


def lees_regels(pad: Path = REGELS_BESTAND) -> Regels:
    data = lees_bestand(pad)
    lezer = Lezer(pad.name)
    if not isinstance(data, Knoop):
        raise OefenFout(pad.name, 1, "het bestand moet sleutels met waarden bevatten")
    lezer.onbekend(data, {"bronnen", "beurten", "patronen", "praat", "banden", "moment"}, "regels")
    bronnen = {str(k): str(v) for k, v in (lezer.knoop(data.get("bronnen"), data.regel, "bronnen") or {}).items()}
    beurten: dict[Code, Beurtregel] = {}
    beurtknoop = lezer.knoop(data.get("beurten"), data.regels.get("beurten", data.regel), "beurten") or Knoop()
    for code in PROFESSIONAL_CODES:
        if code.value not in beurtknoop:
            lezer.fout(beurtknoop.regel, f"beurten: de code '{code.value}' ontbreekt")
            continue
        knoop = lezer.knoop(beurtknoop[code.value], beurtknoop.regels[code.value], f"beurten.{code.value}")
        if knoop is not None:
            reactie = lezer.keuze(knoop, "reactie", f"beurten.{code.value}", REACTIES)
            beurten[code] = Beurtregel(reactie, _effect(lezer, knoop, f"beurten.{code.value}", bronnen))
    patronen: dict[str, Effect] = {}
    vraagreeks = 3
    patroonknoop = lezer.knoop(data.get("patronen"), data.regels.get("patronen", data.regel), "patronen") or Knoop()
    for naam in PATRONEN:
        if naam not in patroonknoop:
            lezer.fout(patroonknoop.regel, f"patronen: het patroon '{naam}' ontbreekt")
            continue
        knoop = lezer.knoop(patroonknoop[naam], patroonknoop.regels[naam], f"patronen.{naam}")
        if knoop is not None:
            patronen[naam] = _effect(lezer, knoop, f"patronen.{naam}", bronnen)
            if naam == "vraagreeks":
                vraagreeks = int(lezer.getal(knoop, "aantal", "patronen.vraagreeks", 2, 10))
    praat = lezer.knoop(data.get("praat"), data.regels.get("praat", data.regel), "praat") or Knoop()
    ct = lezer.knoop(praat.get("verandertaal"), praat.regels.get("verandertaal", praat.regel), "praat.verandertaal")
    st = lezer.knoop(praat.get("behoudtaal"), praat.regels.get("behoudtaal", praat.regel), "praat.behoudtaal")
    verandertaal = {v: lezer.getal(ct, v, "praat.verandertaal", 0, 1) for v in ("basis", "bereidheid", "vertrouwen")}
    behoudtaal = {v: lezer.getal(st, v, "praat.behoudtaal", 0, 1) for v in ("basis", "onbereidheid", "wantrouwen")}
    bandknoop = lezer.knoop(data.get("banden"), data.regels.get("banden", data.regel), "banden") or Knoop()
    banden = {naam: lezer.getal(bandknoop, naam, "banden", 0, 1) for naam in BANDEN}
    regels = Regels(
        bronnen=bronnen,
        beurten=beurten,
        patronen=patronen,
        vraagreeks=vraagreeks,
        verandertaal=verandertaal,
        behoudtaal=behoudtaal,
        minimum=lezer.getal(praat, "minimum", "praat", 0, 0.5),
        maximum=lezer.getal(praat, "maximum", "praat", 0.5, 1),
        banden=banden,
        moment=lezer.getal(data, "moment", "regels", 0, 1),
    )
    if lezer.fouten:
        raise lezer.fouten[0]
    return regels


# --- personas

_PERSONAVELDEN = {
    "naam",
    "titel",
    "situatie",
    "opening",
    "start",
    "gevoeligheid",
    "doelen",
    "onderwerpen",
    "feiten",
    "uitingen",
}


def valideer_persona(pad: Path) -> tuple[Persona | None, list[OefenFout]]:
    """Read a persona file; returns the persona (None when unusable) and every problem found, each with its line."""
    try:
        data = lees_bestand(pad)
    except OefenFout as fout:
        return None, [fout]
    lezer = Lezer(pad.name)
    if not isinstance(data, Knoop):
        lezer.fout(1, "een persona-bestand moet sleutels met waarden bevatten (naam, situatie, uitingen, ...)")
        return None, lezer.fouten
    lezer.onbekend(data, _PERSONAVELDEN, "persona")
    start = lezer.knoop(data.get("start"), data.regels.get("start", data.regel), "start") if "start" in data else None
    if start is None and "start" not in data:
        lezer.fout(data.regel, "persona: het veld 'start' (vertrouwen en bereidheid bij het begin) ontbreekt")
    start = start or Knoop()
    onderwerpen = []
    for item, regel in _items(lezer, data, "onderwerpen"):
        knoop = lezer.knoop(item, regel, "onderwerp")
        if knoop is None:
            continue
        woorden = lezer.lijst(knoop, "trefwoorden", "onderwerp")
        for woord, wregel in zip(woorden, woorden.regels, strict=True):
            if not isinstance(woord, str) or not woord.strip():
                lezer.fout(wregel, "onderwerp: een trefwoord moet een niet-lege tekst zijn")
        onderwerpen.append(
            Onderwerp(lezer.tekst(knoop, "naam", "onderwerp"), tuple(str(w).lower().strip() for w in woorden))
        )
    namen = {o.naam for o in onderwerpen}
    feiten = []
    for item, regel in _items(lezer, data, "feiten"):
        knoop = lezer.knoop(item, regel, "feit")
        if knoop is not None:
            lezer.onbekend(knoop, {"tekst", "drempel", "soort"}, "feit")
            feiten.append(
                Feit(
                    lezer.tekst(knoop, "tekst", "feit"),
                    lezer.getal(knoop, "drempel", "feit", 0, 1),
                    lezer.keuze(knoop, "soort", "feit", SOORTEN, "NT"),
                )
            )
    uitingen: list[Uiting] = []
    for nummer, (item, regel) in enumerate(_items(lezer, data, "uitingen"), start=1):
        knoop = lezer.knoop(item, regel, "uiting")
        if knoop is None:
            continue
        lezer.onbekend(knoop, {"bij", "soort", "vertrouwen", "onderwerp", "teksten"}, "uiting")
        bij = lezer.lijst(knoop, "bij", "uiting")
        for reactie, bregel in zip(bij, bij.regels, strict=True):
            if reactie != "elk" and reactie not in REACTIES:
                lezer.fout(bregel, f"uiting: '{reactie}' is geen reactie (kies uit elk, {', '.join(REACTIES)})")
        soort = lezer.keuze(knoop, "soort", "uiting", SOORTEN)
        band = lezer.keuze(knoop, "vertrouwen", "uiting", ("elk", *BANDEN), "elk")
        onderwerp = lezer.tekst(knoop, "onderwerp", "uiting", "")
        if onderwerp and onderwerp not in namen:
            lezer.fout(knoop.regels["onderwerp"], f"uiting: onderwerp '{onderwerp}' staat niet onder 'onderwerpen'")
        teksten = lezer.lijst(knoop, "teksten", "uiting")
        for positie, (tekst, tregel) in enumerate(zip(teksten, teksten.regels, strict=True), start=1):
            if not isinstance(tekst, str) or not tekst.strip():
                lezer.fout(tregel, "uiting: elke tekst moet een niet-lege tekst zijn")
                continue
            rest = tekst.replace("{woord}", "")
            if "{" in rest or "}" in rest:
                lezer.fout(tregel, "uiting: alleen de plaatshouder {woord} is toegestaan")
            uitingen.append(
                Uiting(f"{nummer}.{positie}", tekst.strip(), soort, tuple(str(b) for b in bij), band, onderwerp)
            )
    if len(uitingen) < MIN_UITINGEN:
        lezer.fout(
            data.regels.get("uitingen", data.regel),
            f"persona: er zijn {len(uitingen)} uitingen; er zijn er minstens {MIN_UITINGEN} nodig",
        )
    for soort in SOORTEN:
        if not any(u.soort == soort and not u.is_sjabloon for u in uitingen):
            lezer.fout(
                data.regels.get("uitingen", data.regel),
                f"persona: er is geen uiting zonder {{woord}} van soort {soort}",
            )
    doelen = lezer.lijst(data, "doelen", "persona")
    persona = Persona(
        slug=pad.stem,
        naam=lezer.tekst(data, "naam", "persona"),
        titel=lezer.tekst(data, "titel", "persona"),
        situatie=lezer.tekst(data, "situatie", "persona"),
        opening=lezer.tekst(data, "opening", "persona"),
        doelen=tuple(str(d) for d in doelen),
        vertrouwen=lezer.getal(start, "vertrouwen", "start", 0, 1),
        bereidheid=lezer.getal(start, "bereidheid", "start", 0, 1),
        gevoeligheid=lezer.getal(data, "gevoeligheid", "persona", 0.25, 4, standaard=1.0),
        onderwerpen=tuple(onderwerpen),
        feiten=tuple(feiten),
        uitingen=tuple(uitingen),
    )
    return (None if lezer.fouten else persona), lezer.fouten


def _items(lezer: Lezer, data: Knoop, sleutel: str):
    lijst = lezer.lijst(data, sleutel, "persona")
    return zip(lijst, lijst.regels, strict=True)


def lees_persona(pad: Path) -> Persona:
    persona, fouten = valideer_persona(pad)
    if fouten:
        raise fouten[0]
    return persona


def persona_bestanden(map_: Path = PERSONA_MAP) -> list[Path]:
    return sorted(map_.glob("*.yaml"))


@cache
def personas() -> dict[str, Persona]:
    """The shipped personas by slug, read once per process."""
    return {p.slug: p for p in (lees_persona(pad) for pad in persona_bestanden())}


@cache
def regels() -> Regels:
    return lees_regels()
