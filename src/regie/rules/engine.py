"""``bereken``: one case in, one explained result out. The order of the steps is the order of the explanation."""

from __future__ import annotations

import calendar
from datetime import date

from . import stappen
from .datums import leeftijd
from .geld import NUL, deel, euro, procent, rond
from .inkomen import Werkende, toets_inkomen
from .invoer import InvoerFout
from .model import (
    INKOMEN_SOORTEN,
    INKOMEN_VAN,
    MEDEBEWONER_SOORTEN,
    UITSLUITINGEN,
    VERMOGEN_SOORTEN,
    Casus,
    Persoon,
    Reden,
    Resultaat,
    Stap,
)
from .norm import (
    AOW,
    JONG,
    MINDERJARIG,
    VOLWASSEN,
    ZONDER_RECHT,
    Huishouden,
    bepaal_norm,
    inrichtingsnorm,
    jongeren_extra,
)
from .normen import NormenBoek, NormenFout, NormTabel, standaard_normen
from .vermogen import toets_vermogen

ENGINE_VERSION = "1.1.0"

_VAN = INKOMEN_VAN
_VAN_ZONDER = ("aanvrager",)
# Art. 19a: never a kostendelende medebewoner, whatever their age.
_GEEN_KOSTENDELER = {"commerciele_huurder": "een commerciële huurder", "student": "een student"}


def bereken(
    casus: Casus, normen: NormenBoek | None = None, *, toelichting: bool = True, voorlopig: bool = False
) -> Resultaat:
    """Calculate the right to and the amount of general assistance for ``casus`` on its peildatum.

    ``normen`` defaults to the tables shipped in ``data/normen.toml``. ``toelichting=False`` skips writing the
    explanation (same amounts, empty ``toelichting``) for bulk recalculation. Raises :class:`InvoerFout` for a case
    the engine cannot judge (a peildatum before the first table, or past the known tables without ``voorlopig``, a
    birth date after the peildatum). Every other outcome, "no right" included, is a :class:`Resultaat`.

    ``voorlopig=True`` asks explicitly for a provisional calculation past the known tables: it uses the last table and
    the result says ``voorlopig`` in its field and in its first explanation step.
    """
    _controleer(casus)
    peil = casus.peildatum
    boek = normen if normen is not None else standaard_normen()
    try:
        tabel = boek.tabel_voor(peil, voorlopig=voorlopig)
    except NormenFout as fout:
        raise InvoerFout([("peildatum", str(fout).removeprefix("peildatum: "))]) from None
    is_voorlopig = peil >= boek.bekend_tot

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
    # Art. 24: a partner without a right of their own (under 18, or excluded by art. 13).
    zonder_recht_p = groep_p if groep_p in (None, MINDERJARIG) else _uitgesloten(partner, groep_p, tabel)
    h = Huishouden(
        leefvorm="gehuwden" if partner else ("alleenstaande_ouder" if ten_laste else "alleenstaande"),
        groep_aanvrager=_groep(jaren_a, casus.aanvrager.geboortedatum, boek, peil),
        groep_partner=ZONDER_RECHT if zonder_recht_p is not None and groep_p != MINDERJARIG else groep_p,
        kinderen_ten_laste=len(ten_laste),
        kostendelende_medebewoners=len(wel),
    )
    stappenlijst: list[Stap] = []
    if toelichting:
        if is_voorlopig:
            stappenlijst.append(stappen.voorlopig(peil, tabel, boek.bekend_tot))
        aow = boek.aow_leeftijd(peil.year)
        stappenlijst.append(
            stappen.leefsituatie(casus, tabel, h, jaren_a, jaren_p, len(casus.kinderen), aow.jaren, aow.maanden)
        )
    if jaren_a < 18:
        tekst = "U bent jonger dan 18 jaar. Bijstand voor levensonderhoud krijgt u pas vanaf 18 jaar."
        reden = Reden("jonger_dan_18", "art. 13 lid 1 onderdeel f", tekst)
        return _geen_recht(casus, tabel, stappenlijst, reden, toelichting, is_voorlopig)
    uitsluiting = _uitgesloten(casus.aanvrager, h.groep_aanvrager, tabel)
    if uitsluiting is not None:
        reden = Reden(
            f"uitgesloten_{uitsluiting}", UITSLUITINGEN[uitsluiting], _uitsluiting_tekst(uitsluiting, casus, tabel, h)
        )
        return _geen_recht(casus, tabel, stappenlijst, reden, toelichting, is_voorlopig)

    if casus.in_inrichting:
        if h.groep_aanvrager == JONG and h.groep_partner in (None, JONG):
            tekst = (
                "U woont in een instelling en bent jonger dan 21 jaar. Daarvoor bestaat geen algemene bijstand. "
                "Vraag de gemeente of bijzondere bijstand mogelijk is."
            )
            reden = Reden("inrichting_jonger_dan_21", "art. 13 lid 2 onderdeel a", tekst)
            return _geen_recht(casus, tabel, stappenlijst, reden, toelichting, is_voorlopig)
        norm = inrichtingsnorm(tabel, partner is not None)
    else:
        if toelichting and casus.medebewoners:
            stappenlijst.append(stappen.kostendelers(wel, niet, tabel.kostendeler_minimumleeftijd, h))
        norm = bepaal_norm(tabel, h)
    if toelichting:
        stappenlijst.append(stappen.norm(norm, len(wel), tabel))
    normbedrag = norm.bedrag
    if casus.ouders_kunnen_niet_bijdragen and not casus.in_inrichting and JONG in (h.groep_aanvrager, h.groep_partner):
        extra = jongeren_extra(tabel, h, norm)
        if extra is not None:
            normbedrag = extra.totaal
        if toelichting:
            stappenlijst.append(stappen.jongerennorm(tabel, h, norm, extra))

    vermogen = toets_vermogen(casus, tabel, h.leefvorm, toelichting)
    if vermogen.stap is not None:
        stappenlijst.append(vermogen.stap)
    medisch = casus.medisch_urenbeperkt or casus.aanvrager.medisch_urenbeperkt
    werkenden = [Werkende("aanvrager", jaren_a, h.groep_aanvrager == AOW, medisch)]
    if partner is not None and jaren_p is not None:
        werkenden.append(Werkende("partner", jaren_p, groep_p == AOW, partner.medisch_urenbeperkt))
    ouder_met_jong_kind = h.leefvorm == "alleenstaande_ouder" and min(ten_laste) < tabel.r_kind_jonger_dan
    inkomen = toets_inkomen(casus, tabel, werkenden, ouder_met_jong_kind, toelichting)
    stappenlijst.extend(inkomen.stappen)

    redenen = []
    if vermogen.boven_grens:
        tekst = (
            f"Uw vermogen dat meetelt ({euro(vermogen.telt)}) is meer dan de grens ({euro(vermogen.grens)}). "
            "Daarom heeft u nu geen recht op bijstand."
        )
        redenen.append(Reden("vermogen_boven_grens", "art. 34", tekst))
    if inkomen.telt >= normbedrag:
        tekst = (
            f"Het inkomen dat meetelt ({euro(inkomen.telt)}) is even hoog als of hoger dan uw norm "
            f"({euro(normbedrag)}). Daarom heeft u nu geen recht op bijstand."
        )
        redenen.append(Reden("inkomen_niet_lager_dan_norm", "art. 19", tekst))
    uitkering = NUL if redenen else normbedrag - inkomen.telt
    if toelichting:
        stappenlijst.append(stappen.uitkering(normbedrag, inkomen.telt, uitkering, redenen))
    verlaging = NUL
    maatregel = casus.maatregel
    if (
        maatregel is not None
        and uitkering
        and maatregel.van <= peil
        and (maatregel.tot is None or peil <= maatregel.tot)
    ):
        # Art. 18 lid 2: the percentage of the norm, never more than the benefit (see docs/berekening.md).
        verlaging = min(uitkering, procent(normbedrag, maatregel.procent))
        if toelichting:
            stappenlijst.append(stappen.maatregel(maatregel, normbedrag, uitkering, verlaging))
        uitkering -= verlaging
    vakantietoeslag = procent(uitkering, tabel.vakantietoeslag_procent)
    if toelichting and uitkering:
        stap = stappen.vakantietoeslag(
            uitkering, vakantietoeslag, tabel.vakantietoeslag_procent, herhaalt=not inkomen.telt and not verlaging
        )
        stappenlijst.append(stap)
    deze_maand = None
    if uitkering and (casus.recht_vanaf is not None or casus.recht_tot is not None):
        dagen, in_maand = _dagen_met_recht(peil, casus.recht_vanaf, casus.recht_tot)
        if dagen < in_maand:
            deze_maand = rond(deel(uitkering * dagen, in_maand))
            if toelichting:
                stappenlijst.append(
                    stappen.deel_van_de_maand(
                        peil, casus.recht_vanaf, casus.recht_tot, uitkering, dagen, in_maand, deze_maand
                    )
                )
    return Resultaat(
        peildatum=peil,
        normtabel=tabel.ingangsdatum,
        recht=not redenen,
        redenen=tuple(redenen),
        normcategorie=norm.categorie,
        artikel=norm.artikel,
        kostendelers=norm.kostendelers,
        norm=normbedrag,
        vermogen_telt=vermogen.telt,
        vermogensgrens=vermogen.grens,
        bijstand_als_lening=vermogen.lening and not redenen,
        inkomen_telt=inkomen.telt,
        uitkering=uitkering,
        vakantietoeslag_deel=vakantietoeslag,
        toelichting=tuple(stappenlijst),
        engine_version=ENGINE_VERSION,
        voorlopig=is_voorlopig,
        verlaging=verlaging,
        uitkering_deze_maand=deze_maand,
    )


def _uitgesloten(persoon: Persoon, groep: str, tabel: NormTabel) -> str | None:
    """The art. 13 ground that excludes this person, or None. Weeks abroad: more than the table allows (lid 1 e)."""
    if persoon.uitsluiting is not None:
        return persoon.uitsluiting
    grens = tabel.buitenland_weken_aow if groep == AOW else tabel.buitenland_weken
    return "buitenland" if persoon.weken_buitenland > grens else None


def _uitsluiting_tekst(code: str, casus: Casus, tabel: NormTabel, h: Huishouden) -> str:
    if code == "detentie":
        return "U zit vast in een gevangenis of andere plek van justitie. Dan heeft u geen recht op bijstand."
    if code == "voortvluchtig":
        return "U ontloopt een straf of maatregel van justitie. Dan heeft u geen recht op bijstand."
    if code == "student":
        return (
            "U kunt studiefinanciering krijgen voor uw opleiding. Dan heeft u geen recht op bijstand. "
            "Vraag de gemeente of andere hulp mogelijk is."
        )
    grens = tabel.buitenland_weken_aow if h.groep_aanvrager == AOW else tabel.buitenland_weken
    return (
        f"U was dit jaar {casus.aanvrager.weken_buitenland} weken in het buitenland. Dat mag hoogstens {grens} weken "
        "per jaar. Daarom heeft u nu geen recht op bijstand."
    )


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


def _in_orde(casus: Casus) -> bool:
    """True when :func:`_controleer` has nothing to report. Plain loops: all() over a generator expression costs more
    than the one or two items a list usually holds."""
    peil = casus.peildatum
    partner = casus.partner
    if casus.aanvrager.geboortedatum > peil:
        return False
    if partner is not None and partner.geboortedatum > peil:
        return False
    for kind in casus.kinderen:
        if kind.geboortedatum > peil:
            return False
    for medebewoner in casus.medebewoners:
        if medebewoner.geboortedatum > peil or medebewoner.soort not in MEDEBEWONER_SOORTEN:
            return False
    for bestanddeel in casus.vermogen:
        if bestanddeel.soort not in VERMOGEN_SOORTEN:
            return False
    van = _VAN if partner else _VAN_ZONDER
    for inkomen in casus.inkomsten:  # noqa: SIM110 - a plain loop, see the docstring
        if inkomen.soort not in INKOMEN_SOORTEN or inkomen.van not in van:
            return False
    return True


def _controleer(casus: Casus) -> None:
    """Checks for cases built directly in Python; ``case_from_dict`` reports the same problems in the same words."""
    if _in_orde(casus):
        return  # the usual case, checked without building anything
    peil = casus.peildatum
    partner = casus.partner
    fouten: list[tuple[str, str]] = []
    personen = [("aanvrager", casus.aanvrager), ("partner", partner)]
    personen += [(f"kinderen[{i}]", k) for i, k in enumerate(casus.kinderen)]
    personen += [(f"medebewoners[{i}]", m) for i, m in enumerate(casus.medebewoners)]
    for veld, persoon in personen:
        if persoon is not None and persoon.geboortedatum > peil:
            fouten.append((f"{veld}.geboortedatum", f"ligt na de peildatum ({peil})"))
    lijsten = (
        ("medebewoners", casus.medebewoners, MEDEBEWONER_SOORTEN),
        ("vermogen", casus.vermogen, VERMOGEN_SOORTEN),
        ("inkomsten", casus.inkomsten, INKOMEN_SOORTEN),
    )
    for naam, items, soorten in lijsten:
        for i, item in enumerate(items):
            if item.soort not in soorten:
                fouten.append(
                    (f"{naam}[{i}].soort", f"onbekende waarde {item.soort!r} (kies uit: {', '.join(soorten)})")
                )
    for i, inkomen in enumerate(casus.inkomsten):
        if inkomen.van not in _VAN:
            fouten.append((f"inkomsten[{i}].van", f"onbekende waarde {inkomen.van!r} (kies uit: {', '.join(_VAN)})"))
        elif inkomen.van == "partner" and partner is None:
            fouten.append((f"inkomsten[{i}].van", "inkomen van de partner, maar er is geen partner opgegeven"))
    raise InvoerFout(fouten)


def _geen_recht(
    casus: Casus, tabel: NormTabel, stappenlijst: list[Stap], reden: Reden, toelichting: bool, voorlopig: bool
) -> Resultaat:
    if toelichting:
        stappenlijst.append(stappen.geen_recht(reden))
    return Resultaat(
        peildatum=casus.peildatum,
        normtabel=tabel.ingangsdatum,
        recht=False,
        redenen=(reden,),
        normcategorie="geen",
        artikel=reden.artikel,
        kostendelers=1,
        norm=NUL,
        vermogen_telt=NUL,
        vermogensgrens=NUL,
        bijstand_als_lening=False,
        inkomen_telt=NUL,
        uitkering=NUL,
        vakantietoeslag_deel=NUL,
        toelichting=tuple(stappenlijst),
        engine_version=ENGINE_VERSION,
        voorlopig=voorlopig,
        verlaging=NUL,
        uitkering_deze_maand=None,
    )
