"""Explanation steps for the household, the norm and the benefit: one plain sentence and one technical sentence each.

The plain sentences address the inwoner as "u" and stay at B1 level: short sentences, everyday words, amounts in
Dutch notation. The technical sentences name the article, the table date and the arithmetic for staff.

Decimals and dates go into f-strings as ``{x!s}``: the same text as ``{x}``, without the detour through their generic
``__format__`` (about four times slower for a Decimal). The same convention holds in ``inkomen``, ``vermogen`` and
``norm``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from .datums import datum_nl
from .geld import NUL, deel, euro, euro_tekst, procent
from .model import Casus, Maatregel, Reden, Stap
from .norm import AOW, JONG, MINDERJARIG, VOLWASSEN, ZONDER_RECHT, Huishouden, JongerenExtra, NormUitkomst
from .normen import NormTabel

_OMSCHRIJVING = {
    "alleenstaande_18_20": "een alleenstaande van 18, 19 of 20 jaar",
    "alleenstaande_ouder_18_20": "een alleenstaande ouder van 18, 19 of 20 jaar",
    "alleenstaande_21_tot_aow": "een alleenstaande van 21 jaar tot de AOW-leeftijd",
    "alleenstaande_ouder_21_tot_aow": "een alleenstaande ouder van 21 jaar tot de AOW-leeftijd",
    "alleenstaande_aow": "een alleenstaande met de AOW-leeftijd",
    "alleenstaande_ouder_aow": "een alleenstaande ouder met de AOW-leeftijd",
    "gehuwden_18_20": "partners die allebei 18, 19 of 20 jaar zijn",
    "gehuwden_18_20_en_21_plus": "partners van wie één 18, 19 of 20 jaar is en één 21 jaar of ouder",
    "gehuwden_18_20_en_aow": "partners van wie één 18, 19 of 20 jaar is en één de AOW-leeftijd heeft",
    "gehuwden_21_tot_aow": "partners die allebei tussen 21 jaar en de AOW-leeftijd zijn",
    "gehuwden_een_aow": "partners van wie één de AOW-leeftijd heeft",
    "gehuwden_beiden_aow": "partners die allebei de AOW-leeftijd hebben",
    "inrichting_alleenstaande": "een alleenstaande die in een instelling woont",
    "inrichting_gehuwden": "partners die in een instelling wonen",
    "gehuwden_partner_zonder_recht": "iemand met een partner die zelf geen recht op bijstand heeft",
    "gehuwden_een_in_inrichting": "partners van wie één in een instelling woont",
}
_INRICHTING_TECHNISCH = {
    "": "",
    "alle": "; in inrichting",
    "aanvrager": "; aanvrager in inrichting, partner niet (art. 23 lid 3)",
    "partner": "; partner in inrichting, aanvrager niet (art. 23 lid 3)",
}
_GROEP_TEKST = {
    JONG: "18-20",
    VOLWASSEN: "21 tot AOW",
    AOW: "AOW-leeftijd",
    MINDERJARIG: "jonger dan 18",
    ZONDER_RECHT: "zonder eigen recht (art. 13)",
}

# Most households share their sentences with many others: the same ages on the same peildatum, the same norm, the
# same benefit when there is no income. The ``_..._teksten`` functions below are pure functions of the plain values
# they print and are cached. Amounts go in as their ``str()``: the exact text to print, cheap to hash (a fresh
# Decimal's hash is not), and never equal for 1.0 and 1.00 as the Decimals would be. Every Stap still gets its own
# ``bedragen`` dict; only the immutable strings are shared.
_TEKSTEN = 8192


def voorlopig(peildatum: date, tabel: NormTabel, bekend_tot: date) -> Stap:
    """The first step of a provisional calculation: the norms for the peildatum are not known yet."""
    uitleg = (
        f"Let op: dit is een voorlopige berekening. De bedragen voor {datum_nl(peildatum)} zijn nog niet bekend. "
        f"Wij rekenen met de bedragen van {datum_nl(tabel.ingangsdatum)}. Het echte bedrag kan anders zijn."
    )
    technisch = (
        f"VOORLOPIG: peildatum {peildatum!s} ligt na de bekende normen (bekend tot {bekend_tot!s}); "
        f"gerekend met normtabel {tabel.ingangsdatum!s} op uitdrukkelijk verzoek."
    )
    parameters = {
        "peildatum": peildatum.isoformat(),
        "normtabel": tabel.ingangsdatum.isoformat(),
        "bekend_tot": bekend_tot.isoformat(),
    }
    return Stap("voorlopig", "Voorlopige berekening", "art. 19 en 20 tot en met 23", {}, uitleg, technisch, parameters)


def leefsituatie(
    casus: Casus, tabel: NormTabel, h: Huishouden, jaren_a: int, jaren_p: int | None, kinderen: int,
    aow_jaren: int, aow_maanden: int, inrichting: str = "",
) -> Stap:  # fmt: skip
    """``inrichting``: who stays in an institution, "" (nobody), "alle", "aanvrager" or "partner"."""
    uitleg, technisch = _leefsituatie_teksten(
        h.leefvorm, h.groep_aanvrager, h.groep_partner, h.kinderen_ten_laste, jaren_a, jaren_p, kinderen,
        inrichting, casus.peildatum, aow_jaren, aow_maanden, tabel.ingangsdatum,
    )  # fmt: skip
    parameters = {
        "leefvorm": h.leefvorm, "groep_aanvrager": h.groep_aanvrager, "groep_partner": h.groep_partner,
        "kinderen_ten_laste": h.kinderen_ten_laste, "jaren_aanvrager": jaren_a, "jaren_partner": jaren_p,
        "kinderen": kinderen, "inrichting": inrichting, "peildatum": casus.peildatum.isoformat(),
        "aow_jaren": aow_jaren, "aow_maanden": aow_maanden, "normtabel": tabel.ingangsdatum.isoformat(),
    }  # fmt: skip
    return Stap("leefsituatie", "Uw situatie", "art. 3 en 4", {}, uitleg, technisch, parameters)


@lru_cache(maxsize=_TEKSTEN)
def _leefsituatie_teksten(
    leefvorm: str, groep_aanvrager: str, groep_partner: str | None, ten_laste: int, jaren_a: int, jaren_p: int | None,
    kinderen: int, inrichting: str, peildatum: date, aow_jaren: int, aow_maanden: int, tabel_datum: date,
) -> tuple[str, str]:  # fmt: skip
    if leefvorm == "gehuwden":
        uitleg = f"U woont samen met uw partner. U bent {jaren_a} jaar en uw partner is {jaren_p} jaar."
        if ten_laste:
            n = ten_laste
            uitleg += f" U zorgt samen voor {n} {'kind' if n == 1 else 'kinderen'} jonger dan 18 jaar."
    elif leefvorm == "alleenstaande_ouder":
        n = ten_laste
        uitleg = (
            f"U woont zonder partner en zorgt voor {n} {'kind' if n == 1 else 'kinderen'} jonger dan 18 jaar. "
            f"U bent dus alleenstaande ouder. U bent {jaren_a} jaar."
        )
    else:
        uitleg = f"U woont zonder partner. U bent {jaren_a} jaar."
    if groep_aanvrager == AOW:
        uitleg += " U heeft de AOW-leeftijd."
    if groep_partner == AOW:
        uitleg += " Uw partner heeft de AOW-leeftijd."
    elif groep_partner == MINDERJARIG:
        uitleg += " Uw partner is jonger dan 18 jaar en krijgt zelf geen bijstand."
    elif groep_partner == ZONDER_RECHT:
        uitleg += " Uw partner heeft zelf geen recht op bijstand."
    if inrichting == "alle":
        uitleg += " U woont in een instelling."
    elif inrichting == "aanvrager":
        uitleg += " U woont in een instelling. Uw partner woont daar niet."
    elif inrichting == "partner":
        uitleg += " Uw partner woont in een instelling. U woont daar niet."
    uitleg += f" Wij rekenen met uw situatie op {datum_nl(peildatum)}."
    partner = f", partner {jaren_p} jr ({_GROEP_TEKST[groep_partner]})" if groep_partner else ""
    groep = "jonger dan 18" if jaren_a < 18 else _GROEP_TEKST[groep_aanvrager]
    technisch = (
        f"Leefvorm {leefvorm.replace('_', ' ')} (art. 3, 4); aanvrager {jaren_a} jr "
        f"({groep}){partner}; kinderen ten laste (< 18): "
        f"{ten_laste} van {kinderen}; AOW-leeftijd in {peildatum.year} {aow_jaren} jr {aow_maanden} mnd (AOW art. 7a); "
        f"normtabel {tabel_datum!s}{_INRICHTING_TECHNISCH[inrichting]}."
    )
    return uitleg, technisch


def kostendelers(wel: list[str], niet: list[tuple[str, str]], grens: int, h: Huishouden) -> Stap:
    """``wel``: technical labels of the kostendelers; ``niet``: (technical label, plain reason) for the others."""
    k = len(wel)
    if k == 1:
        uitleg = f"Bij u woont 1 persoon van {grens} jaar of ouder die meetelt als kostendeler."
    elif k:
        uitleg = f"Bij u wonen {k} personen van {grens} jaar of ouder die meetellen als kostendeler."
    else:
        uitleg = "Er woont niemand bij u die meetelt als kostendeler."
    if k:
        uitleg += " U kunt samen kosten delen, zoals huur en energie."
        if h.groep_aanvrager == JONG and h.groep_partner is None:
            uitleg += " Omdat u jonger bent dan 21 jaar, verandert dit uw norm niet."
        elif h.groep_aanvrager == JONG and h.groep_partner == JONG:
            uitleg += " Omdat u en uw partner jonger zijn dan 21 jaar, verandert dit uw norm niet."
        else:
            uitleg += " Daarom is uw norm lager."
    if niet:
        uitleg += f" Deze medebewoners tellen niet mee: {', '.join(r for _, r in niet)}."
    technisch = (
        f"Art. 19a: kostendelend {', '.join(wel) or 'geen'}; niet meegeteld {', '.join(t for t, _ in niet) or 'geen'}. "
        f"Kostendelende medebewoners: {k}."
    )
    jong = h.groep_aanvrager == JONG and h.groep_partner in (None, JONG)
    parameters = {
        "aantal": k, "grens": grens, "jong": jong, "partner": h.groep_partner is not None, "niet_meegeteld": len(niet),
        "kostendelend": wel, "niet_kostendelend": [t for t, _ in niet],
    }  # fmt: skip
    return Stap("kostendelers", "Kostendelers", "art. 19a en 22a", {}, uitleg, technisch, parameters)


def norm(uitkomst: NormUitkomst, k: int, tabel: NormTabel) -> Stap:
    delen = tuple(str(d) for d in uitkomst.delen)
    uitleg, technisch = _norm_teksten(
        uitkomst.categorie, uitkomst.kostendelers, k, str(uitkomst.bedrag), uitkomst.berekening, tabel.ingangsdatum,
        delen,
    )  # fmt: skip
    parameters = {
        "categorie": uitkomst.categorie, "kostendelers": uitkomst.kostendelers, "anderen": k,
        "delen": list(delen), "berekening": uitkomst.berekening, "normtabel": tabel.ingangsdatum.isoformat(),
    }  # fmt: skip
    return Stap("norm", "Uw norm", uitkomst.artikel, {"norm": uitkomst.bedrag}, uitleg, technisch, parameters)


_NORM_UITLEG = "De norm is het bedrag dat de wet voor uw situatie vaststelt om van te leven."


@lru_cache(maxsize=_TEKSTEN)
def _norm_teksten(
    categorie: str, kostendelers: int, k: int, bedrag: str, berekening: str, tabel_datum: date, delen: tuple[str, ...]
) -> tuple[str, str]:
    met_kinderen = categorie.endswith("_met_kinderen")
    basis = categorie.removesuffix("_met_kinderen")
    omschrijving = _OMSCHRIJVING[basis]
    if met_kinderen:
        # "met kinderen" belongs to the household, not to the last person named
        omschrijving = omschrijving.replace("partners ", "partners met kinderen, ", 1).replace(
            "iemand met een partner", "iemand met kinderen en een partner", 1
        )
    uitleg = f"{_NORM_UITLEG} U valt onder de norm voor {omschrijving}."
    if basis == "gehuwden_een_in_inrichting":
        binnen, thuis = delen
        uitleg += (
            " Dan telt de wet twee normen bij elkaar op: de norm voor wie in de instelling woont, "
            f"{euro_tekst(binnen)}, en de norm voor wie thuis woont alsof die alleen woont, {euro_tekst(thuis)}."
            f" Samen: {euro_tekst(binnen)} + {euro_tekst(thuis)} = {euro_tekst(bedrag)} per maand."
        )
    elif delen:
        eigen, toeslag = delen
        uitleg += (
            f" U deelt kosten met {k} {'andere volwassene' if k == 1 else 'andere volwassenen'}."
            f" Voor de partner van 21 jaar of ouder is de kostendelersnorm {euro_tekst(eigen)}."
            f" Voor de partner van 18, 19 of 20 jaar komt er {euro_tekst(toeslag)} bij."
            f" Samen: {euro_tekst(eigen)} + {euro_tekst(toeslag)} = {euro_tekst(bedrag)} per maand."
        )
    elif kostendelers > 1:
        uitleg += (
            f" U deelt kosten met {k} {'andere volwassene' if k == 1 else 'andere volwassenen'}."
            f" Daarom geldt voor u de kostendelersnorm: {euro_tekst(bedrag)} per maand."
        )
    else:
        uitleg += f" Die norm is {euro_tekst(bedrag)} per maand."
    uitleg += " Dit bedrag is inclusief vakantiegeld."
    technisch = f"Norm {berekening} (tabel {tabel_datum!s}); A = {kostendelers}."
    return uitleg, technisch


def jongerennorm(tabel: NormTabel, h: Huishouden, basis: NormUitkomst, extra: JongerenExtra | None) -> Stap:
    """Art. 20 lid 3 and 4 when the case says the parents cannot provide; also explains when it cannot apply."""
    code, titel = "jongerennorm_extra", "Extra jongerennorm"
    if extra is None:
        if "20.3" not in tabel.normen:
            uitleg = (
                "U geeft aan dat uw ouders niet voor u kunnen zorgen. Een extra jongerennorm bestaat pas vanaf "
                "1 januari 2026. Vraag de gemeente of u aanvullende bijzondere bijstand kunt krijgen."
            )
            technisch = f"Tabel {tabel.ingangsdatum!s} kent geen art. 20 lid 3; eventueel art. 12 (gemeente)."
            parameters = {"variant": "nog_niet", "normtabel": tabel.ingangsdatum.isoformat()}
        else:
            uitleg = "Uw norm is geen jongerennorm. Een extra jongerennorm is daarom niet van toepassing."
            technisch = f"Art. 20 lid 3 niet toegepast: de norm is {basis.artikel}, geen norm van art. 20 lid 1 of 2."
            parameters = {"variant": "geen_jongerennorm", "artikel": basis.artikel}
        return Stap(code, titel, "art. 20 lid 3", {}, uitleg, technisch, parameters)
    verhoogd = basis.bedrag + extra.extra * extra.jongeren
    if extra.jongeren > 1:
        wie_code = "beiden"
        wie = "Uw ouders en de ouders van uw partner kunnen niet voor u zorgen."
    elif h.groep_aanvrager == JONG:
        wie_code = "aanvrager"
        wie = "Uw ouders kunnen niet voor u zorgen."
    else:
        wie_code = "partner"
        wie = "De ouders van uw partner kunnen niet voor uw partner zorgen."
    uitleg = (
        f"{wie} Daarom komt er {euro(extra.extra)} per maand bij de jongerennorm"
        f"{' voor ieder van u' if extra.jongeren > 1 else ''}. Samen is dat nooit meer dan de norm voor iemand van "
        f"21 jaar: {euro(extra.plafond)}. Uw norm wordt {euro(extra.totaal)} per maand."
    )
    technisch = (
        f"Art. 20 lid 3: {basis.bedrag!s} + {extra.jongeren} × {extra.extra!s} = {verhoogd!s}; "
        f"lid 4 plafond (norm als 21+: {extra.plafond_berekening}) = {extra.plafond!s}; norm = {extra.totaal!s}."
    )
    bedragen = {"extra": extra.extra, "plafond": extra.plafond, "norm": extra.totaal}
    parameters = {
        "variant": "toegepast", "wie": wie_code, "basis": str(basis.bedrag), "jongeren": extra.jongeren,
        "verhoogd": str(verhoogd), "plafond_berekening": extra.plafond_berekening,
    }  # fmt: skip
    return Stap(code, titel, "art. 20 lid 3 en 4", bedragen, uitleg, technisch, parameters)


_KORT = {
    "vermogen_boven_grens": "uw vermogen hoger is dan de grens",
    "inkomen_niet_lager_dan_norm": "het inkomen dat meetelt niet lager is dan uw norm",
}


def uitkering(norm: Decimal, inkomen: Decimal, bedrag: Decimal, redenen: list[Reden]) -> Stap:
    bedragen = {"norm": norm, "inkomen_telt": inkomen, "uitkering": bedrag}
    if redenen:
        # Each reason is stated once: the assets step already gives the amounts, so only the inkomen reason's full
        # text is new here; the rest is named in a few words.
        delen = [_KORT[r.code] for r in redenen]
        uitleg = f"U heeft nu geen recht op bijstand, omdat {' en '.join(delen)}."
        for r in redenen:
            if r.code == "inkomen_niet_lager_dan_norm":
                uitleg += f" Het inkomen dat meetelt is {euro(inkomen)}. Uw norm is {euro(norm)}."
        technisch = f"Geen recht: {', '.join([r.code for r in redenen])} (norm {norm!s}, inkomen_telt {inkomen!s})."
        parameters = {"redenen": [r.code for r in redenen]}
        return Stap("uitkering", "Uw bijstand", "art. 11, 19 en 34", bedragen, uitleg, technisch, parameters)
    # Without income the benefit is the norm: the same few amounts in case after case. Other amounts hardly recur;
    # caching them would only churn the cache (and give the garbage collector more to do).
    teksten = _uitkering_teksten if inkomen else _uitkering_teksten_zonder_inkomen
    uitleg, technisch = teksten(str(norm), str(inkomen), str(bedrag))
    parameters = {"redenen": []}
    return Stap("uitkering", "Uw bijstand", "art. 19", bedragen, uitleg, technisch, parameters)


def _uitkering_teksten(norm: str, inkomen: str, bedrag: str) -> tuple[str, str]:
    uitleg = (
        f"Uw bijstand is uw norm min het inkomen dat meetelt: {euro_tekst(norm)} − {euro_tekst(inkomen)} = "
        f"{euro_tekst(bedrag)} per maand."
    )
    technisch = f"Art. 19 lid 1: {norm} − {inkomen} = {bedrag} per maand."
    return uitleg, technisch


_uitkering_teksten_zonder_inkomen = lru_cache(maxsize=_TEKSTEN)(_uitkering_teksten)


def vakantietoeslag(uitkering: Decimal, bedrag: Decimal, percentage: Decimal, *, herhaalt: bool = False) -> Stap:
    """``herhaalt``: the benefit is an amount that recurs in many cases (the norm itself), so cache the texts."""
    # The unrounded share is computed here, not in the cached function, so it always uses the caller's context.
    ongerond = deel(uitkering * percentage, 100)
    netto = uitkering - bedrag
    teksten = _vakantietoeslag_teksten_herhaald if herhaalt else _vakantietoeslag_teksten
    u, p, o = str(uitkering), str(percentage), str(ongerond)
    uitleg, technisch = teksten(u, str(bedrag), p, o, str(netto))
    bedragen = {"vakantietoeslag_deel": bedrag, "per_maand_uitbetaald": netto}
    parameters = {"uitkering": u, "percentage": p, "ongerond": o}
    return Stap("vakantietoeslag", "Vakantiegeld", "art. 19 lid 3", bedragen, uitleg, technisch, parameters)


def _vakantietoeslag_teksten(
    uitkering: str, bedrag: str, percentage: str, ongerond: str, netto: str
) -> tuple[str, str]:
    uitleg = (
        f"In dit bedrag zit {euro_tekst(bedrag)} vakantiegeld per maand. De gemeente spaart dit voor u op. "
        "U krijgt het meestal één keer per jaar. "
        f"Elke maand krijgt u dus {euro_tekst(uitkering)} − {euro_tekst(bedrag)} = {euro_tekst(netto)}."
    )
    technisch = (
        f"Art. 19 lid 3: {percentage}% × {uitkering} = {ongerond} → {bedrag} "
        "(half-up op centen); norm en uitkering zijn inclusief vakantietoeslag; "
        f"maandelijks uit te betalen {uitkering} − {bedrag} = {netto}."
    )
    return uitleg, technisch


_vakantietoeslag_teksten_herhaald = lru_cache(maxsize=_TEKSTEN)(_vakantietoeslag_teksten)


def geen_recht(reden: Reden) -> Stap:
    technisch = f"Geen recht: {reden.code}."
    parameters = {"reden": reden.code, **reden.parameters}
    return Stap("uitkering", "Uw bijstand", reden.artikel, {"uitkering": NUL}, reden.tekst, technisch, parameters)


def maatregel(m: Maatregel, norm: Decimal, voor: Decimal, verlaging: Decimal) -> Stap:
    """Art. 18 lid 2: the decided lowering, a percentage of the norm, for the period of the decision."""
    na = voor - verlaging
    periode = f"vanaf {datum_nl(m.van)}" + (f" tot en met {datum_nl(m.tot)}" if m.tot else "")
    uitleg = (
        f"De gemeente heeft besloten uw bijstand te verlagen, {periode}. De verlaging is "
        f"{str(m.procent).replace('.', ',')}% van uw norm: "
        f"{euro(verlaging)}. U krijgt {euro(voor)} − {euro(verlaging)} = {euro(na)} per maand."
    )
    technisch = (
        f"Art. 18 lid 2: verlaging {m.procent!s}% × {norm!s} (norm) = {procent(norm, m.procent)!s}, "
        f"hoogstens de uitkering {voor!s} → {verlaging!s}; {voor!s} − {verlaging!s} = {na!s}; "
        f"periode {m.van!s} t/m {m.tot or 'open'}{'; grond: ' + m.grond if m.grond else ''}."
    )
    bedragen = {"verlaging": verlaging, "uitkering": na}
    parameters = {
        "procent": str(m.procent), "norm": str(norm), "voor": str(voor), "van": m.van.isoformat(),
        "tot": m.tot and m.tot.isoformat(),
        "grond": m.grond,
    }  # fmt: skip
    return Stap("maatregel", "Maatregel", "art. 18 lid 2", bedragen, uitleg, technisch, parameters)


def deel_van_de_maand(
    peil: date, vanaf: date | None, tot: date | None, uitkering: Decimal, dagen: int, in_maand: int, bedrag: Decimal
) -> Stap:
    """The first or last month of the right: calendar days with a right out of the days of the month."""
    delen = []
    van_hier = vanaf if vanaf is not None and vanaf.year == peil.year and vanaf.month == peil.month else None
    tot_hier = tot if tot is not None and tot.year == peil.year and tot.month == peil.month else None
    if van_hier is not None:
        delen.append(f"vanaf {datum_nl(van_hier)}")
    if tot_hier is not None:
        delen.append(f"tot en met {datum_nl(tot_hier)}")
    uitleg = (
        f"U heeft deze maand recht op bijstand {' en '.join(delen)}. Dat is {dagen} van de {in_maand} dagen. "
        f"Voor deze maand krijgt u daarom {euro(uitkering)} × {dagen} / {in_maand} = {euro(bedrag)}."
    )
    technisch = (
        f"Eerste/laatste maand naar rato van kalenderdagen: {uitkering!s} × {dagen} / {in_maand} = {bedrag!s} "
        f"(recht_vanaf {vanaf or '-'}, recht_tot {tot or '-'})."
    )
    bedragen = {"uitkering_deze_maand": bedrag}
    parameters = {
        "vanaf": van_hier and van_hier.isoformat(), "tot": tot_hier and tot_hier.isoformat(),
        "uitkering": str(uitkering), "dagen": dagen, "in_maand": in_maand,
    }  # fmt: skip
    return Stap("deel_van_de_maand", "Deel van de maand", "art. 11 en 19", bedragen, uitleg, technisch, parameters)
