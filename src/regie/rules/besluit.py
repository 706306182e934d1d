"""Decide every rule for one case, without a word of explanation: the record :mod:`engine` puts into words after.

Each field of :class:`Besluit` is a decision or an amount; the order of the fields is the order of the calculation.
The explanation (``engine.leg_uit``) only reads this record, so a caller that needs no explanation pays nothing for it.
Income and assets decide in their own modules; their steps are written there from their own decisions.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .datums import leeftijd
from .geld import NUL, deel, euro, procent, rond
from .inkomen import InkomenUitkomst, Werkende, toets_inkomen
from .model import UITSLUITING_JONGER_DAN, UITSLUITINGEN, Casus, Persoon, Reden
from .norm import (
    AOW,
    JONG,
    MINDERJARIG,
    VOLWASSEN,
    ZONDER_RECHT,
    Huishouden,
    JongerenExtra,
    NormUitkomst,
    bepaal_norm,
    een_echtgenoot_in_inrichting,
    inrichtingsnorm,
    jongeren_extra,
)
from .normen import NormenBoek, NormTabel
from .vermogen import VermogenUitkomst, toets_vermogen

# Art. 19a: never a kostendelende medebewoner, whatever their age.
_GEEN_KOSTENDELER = {"commerciele_huurder": "een commerciële huurder", "student": "een student"}


@dataclass(slots=True)  # internal; not frozen: a frozen __init__ costs more per case
class Besluit:
    casus: Casus
    tabel: NormTabel
    boek: NormenBoek
    voorlopig: bool
    jaren_a: int
    jaren_p: int | None
    h: Huishouden
    wel: list[str]
    niet: list[tuple[str, str]]
    inrichting: str  # who stays in an institution: "" (nobody), "alle", "aanvrager" or "partner" (art. 23)
    geen_recht: Reden | None = None  # an exclusion that ends the calculation before the norm
    norm: NormUitkomst | None = None
    extra_gevraagd: bool = False  # art. 20 lid 3 was asked for and is explained, applied or not
    extra: JongerenExtra | None = None
    normbedrag: Decimal = NUL
    vermogen: VermogenUitkomst | None = None
    inkomen: InkomenUitkomst | None = None
    redenen: list[Reden] = field(default_factory=list)
    voor_maatregel: Decimal = NUL  # the benefit before art. 18 lid 2
    verlaging: Decimal = NUL
    uitkering: Decimal = NUL
    vakantietoeslag: Decimal = NUL
    dagen: int = 0
    in_maand: int = 0
    deze_maand: Decimal | None = None


def beslis(casus: Casus, boek: NormenBoek, tabel: NormTabel, voorlopig: bool, toelichting: bool) -> Besluit:
    """Every decision for ``casus``; ``toelichting`` only tells income and assets whether to word their steps."""
    peil = casus.peildatum
    jaren_a = leeftijd(casus.aanvrager.geboortedatum, peil)
    partner = casus.partner
    jaren_p = leeftijd(partner.geboortedatum, peil) if partner is not None else None
    ten_laste = []
    for kind in casus.kinderen:
        jaren = leeftijd(kind.geboortedatum, peil)
        if jaren < 18:
            ten_laste.append(jaren)
    wel, niet = _kostendelers(casus, tabel) if casus.medebewoners else ([], [])
    groep_p = None
    if partner is not None and jaren_p is not None:
        groep_p = MINDERJARIG if jaren_p < 18 else _groep(jaren_p, partner.geboortedatum, boek, peil)
    inrichting = _wie_in_inrichting(casus)
    # Art. 24: a partner without a right of their own (under 18, or excluded by art. 13; a partner of 18 to 20 alone
    # in an institution by art. 13 lid 2 a).
    uitgesloten = partner is not None and groep_p not in (None, MINDERJARIG)
    uitgesloten = uitgesloten and _uitgesloten(partner, jaren_p, groep_p, tabel) is not None
    groep_partner = ZONDER_RECHT if uitgesloten or (inrichting == "partner" and groep_p == JONG) else groep_p
    h = Huishouden(
        leefvorm="gehuwden" if partner else ("alleenstaande_ouder" if ten_laste else "alleenstaande"),
        groep_aanvrager=_groep(jaren_a, casus.aanvrager.geboortedatum, boek, peil),
        groep_partner=groep_partner,
        kinderen_ten_laste=len(ten_laste),
        kostendelende_medebewoners=len(wel),
    )
    b = Besluit(casus, tabel, boek, voorlopig, jaren_a, jaren_p, h, wel, niet, inrichting)
    b.geen_recht = _uitsluiting(b)
    if b.geen_recht is not None:
        return b

    if inrichting == "alle":
        b.norm = inrichtingsnorm(tabel, partner is not None)
    elif inrichting and h.groep_partner not in (MINDERJARIG, ZONDER_RECHT):
        # Art. 23 lid 3 (a partner without a right of their own leaves art. 24 in charge; see docs/berekening.md).
        b.norm = een_echtgenoot_in_inrichting(
            tabel, h, h.groep_partner if inrichting == "aanvrager" else h.groep_aanvrager
        )
    else:
        b.norm = bepaal_norm(tabel, h)
    b.normbedrag = b.norm.bedrag
    b.extra_gevraagd = (
        casus.ouders_kunnen_niet_bijdragen and not inrichting and JONG in (h.groep_aanvrager, h.groep_partner)
    )
    if b.extra_gevraagd:
        b.extra = jongeren_extra(tabel, h, b.norm)
        if b.extra is not None:
            b.normbedrag = b.extra.totaal

    b.vermogen = toets_vermogen(casus, tabel, h.leefvorm, toelichting)
    medisch = casus.medisch_urenbeperkt or casus.aanvrager.medisch_urenbeperkt
    werkenden = [Werkende("aanvrager", jaren_a, h.groep_aanvrager == AOW, medisch)]
    if partner is not None and jaren_p is not None:
        werkenden.append(Werkende("partner", jaren_p, groep_p == AOW, partner.medisch_urenbeperkt))
    ouder_met_jong_kind = h.leefvorm == "alleenstaande_ouder" and min(ten_laste) < tabel.r_kind_jonger_dan
    b.inkomen = toets_inkomen(casus, tabel, werkenden, ouder_met_jong_kind, toelichting)

    b.redenen = _redenen(b.vermogen, b.inkomen, b.normbedrag)
    b.voor_maatregel = NUL if b.redenen else b.normbedrag - b.inkomen.telt
    b.uitkering = b.voor_maatregel
    maatregel = casus.maatregel
    if (
        maatregel is not None
        and b.uitkering
        and maatregel.van <= peil
        and (maatregel.tot is None or peil <= maatregel.tot)
    ):
        # Art. 18 lid 2: the percentage of the norm, never more than the benefit (see docs/berekening.md).
        b.verlaging = min(b.uitkering, procent(b.normbedrag, maatregel.procent))
        b.uitkering -= b.verlaging
    b.vakantietoeslag = procent(b.uitkering, tabel.vakantietoeslag_procent)
    if b.uitkering and (casus.recht_vanaf is not None or casus.recht_tot is not None):
        b.dagen, b.in_maand = _dagen_met_recht(peil, casus.recht_vanaf, casus.recht_tot)
        if b.dagen < b.in_maand:
            b.deze_maand = rond(deel(b.uitkering * b.dagen, b.in_maand))
    return b


def _uitsluiting(b: Besluit) -> Reden | None:
    """Art. 13: the applicant under 18 (lid 1 f), excluded (lid 1 a–e, h; lid 2 c, d), or 18–20 in an institution."""
    casus, h = b.casus, b.h
    if b.jaren_a < 18:
        tekst = "U bent jonger dan 18 jaar. Bijstand voor levensonderhoud krijgt u pas vanaf 18 jaar."
        return Reden("jonger_dan_18", "art. 13 lid 1 onderdeel f", tekst)
    code = _uitgesloten(casus.aanvrager, b.jaren_a, h.groep_aanvrager, b.tabel)
    if code is not None:
        return Reden(f"uitgesloten_{code}", UITSLUITINGEN[code], _uitsluiting_tekst(code, casus, b.tabel, h))
    alleen_binnen = b.inrichting == "aanvrager" or (b.inrichting == "alle" and h.groep_partner in (None, JONG))
    if alleen_binnen and h.groep_aanvrager == JONG:
        tekst = (
            "U woont in een instelling en bent jonger dan 21 jaar. Daarvoor bestaat geen algemene bijstand. "
            "Vraag de gemeente of bijzondere bijstand mogelijk is."
        )
        return Reden("inrichting_jonger_dan_21", "art. 13 lid 2 onderdeel a", tekst)
    return None


def _wie_in_inrichting(casus: Casus) -> str:
    """Art. 23: everyone in the institution ("alle"), only one spouse ("aanvrager", "partner"), or nobody ("")."""
    partner = casus.partner
    if casus.in_inrichting:
        return "alle"
    if partner is None:
        return "alle" if casus.aanvrager.in_inrichting else ""
    if casus.aanvrager.in_inrichting:
        return "alle" if partner.in_inrichting else "aanvrager"
    return "partner" if partner.in_inrichting else ""


def _redenen(vermogen: VermogenUitkomst, inkomen: InkomenUitkomst, normbedrag: Decimal) -> list[Reden]:
    redenen = []
    if vermogen.boven_grens:
        tekst = (
            f"Uw vermogen dat meetelt ({euro(vermogen.telt)}) is meer dan de grens ({euro(vermogen.grens)}). "
            "Daarom heeft u nu geen recht op bijstand."
        )
        parameters = {"telt": str(vermogen.telt), "grens": str(vermogen.grens)}
        redenen.append(Reden("vermogen_boven_grens", "art. 34", tekst, parameters))
    if inkomen.telt >= normbedrag:
        tekst = (
            f"Het inkomen dat meetelt ({euro(inkomen.telt)}) is even hoog als of hoger dan uw norm "
            f"({euro(normbedrag)}). Daarom heeft u nu geen recht op bijstand."
        )
        parameters = {"telt": str(inkomen.telt), "norm": str(normbedrag)}
        redenen.append(Reden("inkomen_niet_lager_dan_norm", "art. 19", tekst, parameters))
    return redenen


def _uitgesloten(persoon: Persoon, jaren: int, groep: str, tabel: NormTabel) -> str | None:
    """The art. 13 ground that excludes this person, or None. Weeks abroad: more than the table allows (lid 1 e).

    Lid 2 c and d name only a person "die jonger is dan 27 jaar": from 27 the ground does not exclude.
    """
    grond = persoon.uitsluiting
    if grond is not None and (grond not in UITSLUITING_JONGER_DAN or jaren < UITSLUITING_JONGER_DAN[grond]):
        return grond
    grens = tabel.buitenland_weken_aow if groep == AOW else tabel.buitenland_weken
    return "buitenland" if persoon.weken_buitenland > grens else None


def _uitsluiting_tekst(code: str, casus: Casus, tabel: NormTabel, h: Huishouden) -> str:
    if code == "detentie":
        return "U zit vast in een gevangenis of andere plek van justitie. Dan heeft u geen recht op bijstand."
    if code == "voortvluchtig":
        return "U ontloopt een straf of maatregel van justitie. Dan heeft u geen recht op bijstand."
    if code == "student":
        return (
            "U bent jonger dan 27 jaar en kunt studiefinanciering krijgen voor uw opleiding. "
            "Dan heeft u geen recht op bijstand voor levensonderhoud. Vraag de gemeente of andere hulp mogelijk is."
        )
    if code in _UITSLUITING_TEKSTEN:
        return _UITSLUITING_TEKSTEN[code]
    grens = tabel.buitenland_weken_aow if h.groep_aanvrager == AOW else tabel.buitenland_weken
    return (
        f"U was dit jaar {casus.aanvrager.weken_buitenland} weken in het buitenland. Dat mag hoogstens {grens} weken "
        "per jaar. Daarom heeft u nu geen recht op bijstand."
    )


_UITSLUITING_TEKSTEN = {
    "dienstplicht": (
        "U vervult uw militaire dienstplicht of vervangende dienstplicht. Dan heeft u geen recht op bijstand."
    ),
    "werkstaking": (
        "U werkt niet omdat er gestaakt wordt of omdat uw werkgever u niet laat werken (uitsluiting). "
        "Als u daardoor geen geld heeft, heeft u geen recht op bijstand."
    ),
    "uitreiziger": (
        "U bent uitgereisd om mee te doen met een terroristische organisatie. Dan heeft u geen recht op bijstand."
    ),
    "weigert_verplichtingen": (
        "U bent jonger dan 27 jaar. U laat duidelijk merken dat u de plichten die bij de bijstand horen niet wilt "
        "nakomen. Dan heeft u geen recht op bijstand voor levensonderhoud."
    ),
}


def _dagen_met_recht(peil: date, vanaf: date | None, tot: date | None) -> tuple[int, int]:
    """Calendar days with a right in the month of the peildatum, and the days of that month."""
    in_maand = calendar.monthrange(peil.year, peil.month)[1]
    begin = date(peil.year, peil.month, 1)
    einde = date(peil.year, peil.month, in_maand)
    if vanaf is not None and vanaf > begin:
        begin = vanaf
    if tot is not None and tot < einde:
        einde = tot
    return (einde - begin).days + 1, in_maand


def _groep(jaren: int, geboren: date, boek: NormenBoek, peildatum: date) -> str:
    if jaren < 21:
        return JONG
    if jaren < boek.aow[0].jaren:
        return VOLWASSEN  # younger than the lowest AOW age in the table: no date to build
    return AOW if peildatum >= boek.aow_datum(geboren) else VOLWASSEN


def _kostendelers(casus: Casus, tabel: NormTabel) -> tuple[list[str], list[tuple[str, str]]]:
    """Art. 19a: medebewoners of the minimum age, other than commercial tenants and students."""
    wel: list[str] = []
    niet: list[tuple[str, str]] = []
    grens = tabel.kostendeler_minimumleeftijd
    for i, m in enumerate(casus.medebewoners):
        jaren = leeftijd(m.geboortedatum, casus.peildatum)
        if m.soort in _GEEN_KOSTENDELER:
            niet.append((f"medebewoners[{i}] ({m.soort})", _GEEN_KOSTENDELER[m.soort]))
        elif jaren < grens:
            niet.append((f"medebewoners[{i}] ({jaren} jr < {grens})", f"iemand jonger dan {grens} jaar"))
        else:
            wel.append(f"medebewoners[{i}] ({m.soort}, {jaren} jr)")
    return wel, niet
