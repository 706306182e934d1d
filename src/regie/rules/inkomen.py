"""Income: what counts (art. 31, 32) after the vrijlatingen for work (art. 31 lid 2 n, r, y) and gifts (lid 2 m).

Each rule is first decided (amounts, periods, reasons as codes) and only then put into words, so a caller that needs
no explanation pays nothing for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .datums import datum_nl, plus_maanden
from .geld import NUL, deel, euro, procent, rond
from .model import Casus, Inkomen, Stap
from .normen import NormTabel

_SOORT_NAAM = {"arbeid": "loon", "uitkering": "uitkering", "alimentatie": "alimentatie", "overig": "overig inkomen"}


@dataclass(slots=True)  # internal; not frozen: a frozen __init__ costs about four times as much, per case
class Werkende:
    """The facts about one person that the vrijlatingen for work depend on."""

    rol: str  # "aanvrager" or "partner"
    leeftijd: int
    aow: bool
    medisch_urenbeperkt: bool


@dataclass(slots=True)  # internal, see Werkende
class InkomenUitkomst:
    totaal: Decimal
    vrijgelaten: Decimal
    giften_telt: Decimal
    telt: Decimal
    stappen: list[Stap]


@dataclass(slots=True)  # internal, see Werkende
class Kans:
    letter: str  # "n", "r" or "y"
    ruw: Decimal  # the percentage of the work income, before the maximum
    bedrag: Decimal


@dataclass(slots=True)  # internal, see Werkende
class Vrijlating:
    """The decision on n, r and y for one person's work income."""

    wie: Werkende
    arbeid: Decimal
    start: date | None = None
    einde_n: date | None = None  # first day after n
    einde_r: date | None = None  # first day after r
    kansen: list[Kans] = field(default_factory=list)
    niet: list[str] = field(default_factory=list)  # codes of rules that do not apply, see _NIET
    beste: Kans | None = None

    @property
    def bedrag(self) -> Decimal:
        return self.beste.bedrag if self.beste else NUL


def maandbedrag(i: Inkomen) -> Decimal:
    """The income per month: four-weekly amounts × 13 / 12, plus the holiday pay that builds up on it.

    Both rounded half-up to cents. Holiday pay counts as it builds up (art. 32: all income, holiday pay included), so
    the month it is paid out does not count it a second time (see docs/berekening.md).
    """
    bedrag = i.netto_per_maand
    if i.per == "vier_weken":
        bedrag = rond(deel(bedrag * 13, 12))
    if i.vakantiegeld_procent:
        bedrag += procent(bedrag, i.vakantiegeld_procent)
    return bedrag


def _kans(tabel: NormTabel, letter: str, arbeid: Decimal) -> Kans:
    """A percentage of the work income, at most the monthly maximum; both rounded to cents."""
    ruw = procent(arbeid, tabel.vrijlatingen[f"{letter}_procent"])
    return Kans(letter, ruw, min(ruw, tabel.vrijlatingen[f"{letter}_max"]))


def beslis_vrijlating(
    tabel: NormTabel, peildatum: date, wie: Werkende, items: list[Inkomen], ouder_met_jong_kind: bool
) -> Vrijlating:
    """The highest applicable of n, r and y; they are not stacked on the same euro (see docs)."""
    v = Vrijlating(wie, sum((maandbedrag(i) for i in items), NUL))
    starts = [i.vrijlating_sinds for i in items if i.vrijlating_sinds is not None]
    te_jong = wie.leeftijd < tabel.minimumleeftijd_n_r
    if starts:
        # The period belongs to the person: a second job does not restart it, so the earliest start counts.
        v.start = min(starts)
        v.einde_n = plus_maanden(v.start, tabel.n_maanden)
        v.einde_r = plus_maanden(v.einde_n, tabel.r_maanden)
    if wie.aow and not te_jong:
        # Art. 31 lid 2 n: at AOW age without the time limit and without the condition that the work helps towards
        # work; a start date does not matter.
        v.kansen.append(_kans(tabel, "n", v.arbeid))
    elif not starts:
        v.niet.append("geen_start")
    else:
        assert v.start is not None and v.einde_n is not None and v.einde_r is not None
        if peildatum < v.start:
            v.niet.append("nog_niet")
        elif peildatum < v.einde_n:
            if te_jong:
                v.niet.append("n_te_jong")
            else:
                v.kansen.append(_kans(tabel, "n", v.arbeid))
        elif peildatum < v.einde_r:
            if te_jong:
                v.niet.append("r_te_jong")
            elif not ouder_met_jong_kind:
                v.niet.append("r_geen_ouder")
            else:
                v.kansen.append(_kans(tabel, "r", v.arbeid))
        else:
            v.niet.append("voorbij")
    if wie.medisch_urenbeperkt:
        if v.kansen and v.kansen[0].letter == "n":
            # Art. 31 lid 2 y: "tenzij onderdeel n van toepassing is".
            v.niet.append("y_want_n")
        else:
            v.kansen.append(_kans(tabel, "y", v.arbeid))
    if v.kansen:
        # r and y may both apply; they are not stacked on the same euro: the higher one counts (see docs).
        v.beste = max(v.kansen, key=lambda k: k.bedrag)
    return v


def _niet_uitleg(tabel: NormTabel, v: Vrijlating, code: str) -> tuple[str, str]:
    """(plain, technical) wording of a rule that does not apply."""
    u = v.wie.rol == "aanvrager"
    grens = tabel.minimumleeftijd_n_r
    if code == "geen_start":
        return "Er is geen startdatum voor de vrijlating.", "n/r: geen vrijlating_sinds, duur niet te toetsen"
    if code == "y_want_n":
        return (
            "De vrijlating voor medische redenen geldt niet naast deze vrijlating.",
            "y: niet, want onderdeel n is van toepassing (art. 31 lid 2 y)",
        )
    assert v.start is not None and v.einde_n is not None and v.einde_r is not None
    laatste_n = v.einde_n - timedelta(days=1)
    laatste_r = v.einde_r - timedelta(days=1)
    if code == "nog_niet":
        return f"De vrijlating begint pas op {datum_nl(v.start)}.", f"n/r: start pas op {v.start!s}"
    if code in ("n_te_jong", "r_te_jong"):
        wie = "u bent" if u else "uw partner is"
        return (
            f"Omdat {wie} jonger dan {grens} jaar, geldt de vrijlating n of r niet.",
            f"{code[0]}: {v.wie.leeftijd} jr < {grens} (art. 31 lid 5)",
        )
    if code == "r_geen_ouder":
        return (
            f"De vrijlating van de eerste {tabel.n_maanden} maanden is voorbij.",
            f"n voorbij (t/m {laatste_n!s}); r: geen alleenstaande ouder met kind < {tabel.r_kind_jonger_dan}",
        )
    return (
        f"De vrijlating duurt hoogstens {tabel.n_maanden + tabel.r_maanden} maanden. Die tijd is voorbij.",
        f"n/r: periode voorbij (n t/m {laatste_n!s}, r t/m {laatste_r!s})",
    )


def uitleg_vrijlating(tabel: NormTabel, v: Vrijlating) -> Stap:
    rol = v.wie.rol
    loon = "uw loon" if rol == "aanvrager" else "het loon van uw partner"
    code, titel = f"vrijlating_{rol}", "Vrijlating inkomsten uit werk"
    niet = [_niet_uitleg(tabel, v, c) for c in v.niet]
    bedragen = {"arbeid": v.arbeid, "vrijlating": v.bedrag}
    if v.beste is None:
        uitleg = " ".join(t[0] for t in niet) + f" Daarom telt {loon} helemaal mee."
        technisch = f"Art. 31 lid 2 n/r/y ({rol}): geen vrijlating; {'; '.join(t[1] for t in niet)}."
        parameters = {"rol": rol, "letter": None, "niet": list(v.niet)}
        return Stap(code, titel, "art. 31 lid 2 n, r en y, lid 5", bedragen, uitleg, technisch, parameters)
    k = v.beste
    tot = None
    percentage = tabel.vrijlatingen[f"{k.letter}_procent"]
    maximum = tabel.vrijlatingen[f"{k.letter}_max"]
    uitleg = f"Van {loon} telt {percentage!s}% niet mee, tot {euro(maximum)} per maand. Dat is {euro(k.bedrag)}."
    technisch = (
        f"Art. 31 lid 2 {k.letter} ({rol}): {percentage!s}% × {v.arbeid!s} = {k.ruw!s}, max {maximum!s} → {k.bedrag!s}"
    )
    if k.letter == "n" and v.wie.aow:
        wie = "u" if rol == "aanvrager" else "uw partner"
        uitleg += f" Omdat {wie} de AOW-leeftijd heeft, geldt dit zonder einddatum."
        technisch += "; AOW-leeftijd: zonder termijn"
    elif k.letter == "n" and v.start and v.einde_n:
        laatste = tot = v.einde_n - timedelta(days=1)
        uitleg += f" Dit geldt {tabel.n_maanden} maanden, tot en met {datum_nl(laatste)}."
        technisch += f"; periode {v.start!s} t/m {laatste!s}"
    elif k.letter == "r" and v.einde_n and v.einde_r:
        laatste = tot = v.einde_r - timedelta(days=1)
        uitleg += (
            f" Dit geldt omdat u alleenstaande ouder bent met een kind jonger dan {tabel.r_kind_jonger_dan} jaar,"
            f" tot en met {datum_nl(laatste)}."
        )
        technisch += f"; periode {v.einde_n!s} t/m {laatste!s} (direct na n)"
    elif k.letter == "y":
        wie = "u" if rol == "aanvrager" else "uw partner"
        uitleg += f" Dit geldt omdat {wie} om medische redenen minder uren kan werken."
    technisch += "."
    andere = [f"{a.letter} {a.bedrag!s}" for a in v.kansen if a is not k]
    if andere:
        technisch += f" Niet gestapeld: hoogste gekozen boven {', '.join(andere)}."
    if niet:
        technisch += f" Niet van toepassing: {'; '.join(t[1] for t in niet)}."
    parameters = {
        "rol": rol, "letter": k.letter, "percentage": str(percentage),
        "maximum": str(maximum), "aow": v.wie.aow, "tot": tot and tot.isoformat(),
        "kind_jonger_dan": tabel.r_kind_jonger_dan, "niet": list(v.niet),
    }  # fmt: skip
    return Stap(code, titel, f"art. 31 lid 2 {k.letter}", bedragen, uitleg, technisch, parameters)


def giften_per_maand(tabel: NormTabel, per_jaar: Decimal) -> Decimal:
    return rond(deel(max(NUL, per_jaar - tabel.giften_vrij_per_jaar), 12))


def _uitleg_giften(tabel: NormTabel, per_jaar: Decimal, per_maand: Decimal) -> Stap:
    vrij = tabel.giften_vrij_per_jaar
    uitleg = f"U krijgt {euro(per_jaar)} per jaar aan giften. Tot {euro(vrij)} per jaar telt niet mee."
    uitleg += f" Het deel daarboven telt mee: {euro(per_maand)} per maand." if per_jaar > vrij else " U zit daaronder."
    technisch = f"Art. 31 lid 2 m: max(0, {per_jaar!s} − {vrij!s}) / 12 = {per_maand!s} per maand."
    if not tabel.giften_wettelijk:
        uitleg += " Vóór 2026 beslist uw gemeente zelf over giften. Zij kan gunstiger beslissen."
        technisch += " Vóór 2026 gemeentelijke beoordeling; Regie rekent voorzichtig met dezelfde vrije grens."
    bedragen = {"giften_per_jaar": per_jaar, "giften_telt": per_maand}
    parameters = {"vrij": str(vrij), "wettelijk": tabel.giften_wettelijk}
    return Stap("giften", "Giften", "art. 31 lid 2 m", bedragen, uitleg, technisch, parameters)


# The closing step of a case without income or gifts (nearly half of all cases) never varies: written once.
_GEEN_INKOMEN_UITLEG = "U heeft geen inkomen opgegeven. Er gaat dus niets van uw norm af."
_GEEN_INKOMEN_TECHNISCH = f"inkomen_telt = {NUL!s} (netto) − {NUL!s} (vrijlatingen) + {NUL!s} (giften) = {NUL!s}."


def _post(i: Inkomen) -> str:
    tekst = f"{i.soort} {i.netto_per_maand!s}"
    if i.per == "vier_weken":
        tekst += f" per 4 weken × 13 / 12 = {rond(deel(i.netto_per_maand * 13, 12))!s}"
    if i.vakantiegeld_procent:
        tekst += f" + {i.vakantiegeld_procent!s}% vakantiegeld = {maandbedrag(i)!s}"
    return f"{tekst} ({i.van})"


def _uitleg_inkomsten(inkomsten: tuple[Inkomen, ...], totaal: Decimal, met_partner: bool) -> Stap:
    per_soort: dict[str, Decimal] = {}
    for i in inkomsten:
        per_soort[i.soort] = per_soort.get(i.soort, NUL) + maandbedrag(i)
    # join() over a list: a generator expression costs more than the few items it yields
    delen = ", ".join([f"{_SOORT_NAAM[s]} {euro(b)}" for s, b in per_soort.items()])
    posten = ", ".join([_post(i) for i in inkomsten])
    wiens = "Het inkomen van u en uw partner" if met_partner else "Uw inkomen"
    uitleg = f"{wiens} per maand, na belasting en premies, is {euro(totaal)} ({delen})."
    if any(i.per == "vier_weken" for i in inkomsten):
        uitleg += " Wat u per 4 weken krijgt, rekenen wij om naar een maand: keer 13, gedeeld door 12."
    if any(i.vakantiegeld_procent for i in inkomsten):
        uitleg += " Het vakantiegeld dat u bij uw inkomen opbouwt, telt elke maand mee."
    technisch = f"Art. 31 lid 3, art. 32: netto per maand {posten}; totaal {totaal!s}."
    parameters = {
        "met_partner": met_partner, "per_soort": {s: str(b) for s, b in per_soort.items()},
        "vier_weken": any(i.per == "vier_weken" for i in inkomsten),
        "vakantiegeld": any(i.vakantiegeld_procent for i in inkomsten),
    }  # fmt: skip
    return Stap("inkomsten", "Inkomsten", "art. 31 en 32", {"inkomsten": totaal}, uitleg, technisch, parameters)


def _uitleg_inkomen_telt(totaal: Decimal, vrijgelaten: Decimal, giften_telt: Decimal, telt: Decimal) -> Stap:
    uitleg = f"Het inkomen dat meetelt voor uw bijstand is {euro(telt)} per maand."
    technisch = (
        f"inkomen_telt = {totaal!s} (netto) − {vrijgelaten!s} (vrijlatingen) + {giften_telt!s} (giften) = {telt!s}."
    )
    return _stap_inkomen_telt(totaal, vrijgelaten, giften_telt, telt, uitleg, technisch)


def _stap_inkomen_telt(
    totaal: Decimal, vrijgelaten: Decimal, giften_telt: Decimal, telt: Decimal, uitleg: str, technisch: str
) -> Stap:
    bedragen = {"inkomsten": totaal, "vrijlatingen": vrijgelaten, "giften_telt": giften_telt, "inkomen_telt": telt}
    return Stap("inkomen_telt", "Inkomen dat meetelt", "art. 19, 31 en 32", bedragen, uitleg, technisch, {})


def toets_inkomen(
    casus: Casus, tabel: NormTabel, werkenden: list[Werkende], ouder_met_jong_kind: bool, toelichting: bool = True
) -> InkomenUitkomst:
    """Countable income per month: net income minus vrijlatingen, plus the countable part of gifts."""
    inkomsten = casus.inkomsten
    if not inkomsten and not casus.giften_per_jaar:
        # Nothing counts: no vrijlating or gift rule can apply, and the closing step is always the same.
        if not toelichting:
            return InkomenUitkomst(NUL, NUL, NUL, NUL, [])
        stap = _stap_inkomen_telt(NUL, NUL, NUL, NUL, _GEEN_INKOMEN_UITLEG, _GEEN_INKOMEN_TECHNISCH)
        return InkomenUitkomst(NUL, NUL, NUL, NUL, [stap])
    totaal = NUL
    for i in inkomsten:
        totaal += maandbedrag(i)
    stappen: list[Stap] = []
    if toelichting and inkomsten:
        stappen.append(_uitleg_inkomsten(inkomsten, totaal, len(werkenden) > 1))
    vrijgelaten = NUL
    for wie in werkenden:
        items = [i for i in inkomsten if i.soort == "arbeid" and i.van == wie.rol and i.netto_per_maand]
        if items:
            vrijlating = beslis_vrijlating(tabel, casus.peildatum, wie, items, ouder_met_jong_kind)
            vrijgelaten += vrijlating.bedrag
            if toelichting:
                stappen.append(uitleg_vrijlating(tabel, vrijlating))
    giften_telt = NUL
    if casus.giften_per_jaar:
        giften_telt = giften_per_maand(tabel, casus.giften_per_jaar)
        if toelichting:
            stappen.append(_uitleg_giften(tabel, casus.giften_per_jaar, giften_telt))
    telt = totaal - vrijgelaten + giften_telt
    if toelichting:
        # There is income or a gift here, so an inkomsten or giften step always comes before this one.
        stappen.append(_uitleg_inkomen_telt(totaal, vrijgelaten, giften_telt, telt))
    return InkomenUitkomst(totaal, vrijgelaten, giften_telt, telt, stappen)
