"""The explanation of a stored calculation in Dutch or English, from each step's code and parameters.

A step in a result's JSON (``uitvoer.result_to_dict``) carries a stable ``code``, its ``bedragen`` and its other
``parameters`` (the values its texts are written from, beyond the amounts in ``bedragen``): amounts as decimal
strings, dates as ISO strings. ``stap_teksten`` writes the title, the plain sentence and the technical sentence
in the language asked. Dutch is the engine's own text, written when the calculation was made (the fast path of the
engine: most sentences are cached); English is written here from the ``EN`` table, keyed by code. A step without
parameters (stored before they existed) or with a code this table does not know keeps its stored Dutch text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

TALEN = ("nl", "en")

TITELS: dict[str, dict[str, str]] = {
    "nl": {
        "voorlopig": "Voorlopige berekening",
        "leefsituatie": "Uw situatie",
        "kostendelers": "Kostendelers",
        "norm": "Uw norm",
        "jongerennorm_extra": "Extra jongerennorm",
        "vermogen": "Vermogen",
        "inkomsten": "Inkomsten",
        "vrijlating_aanvrager": "Vrijlating inkomsten uit werk",
        "vrijlating_partner": "Vrijlating inkomsten uit werk",
        "giften": "Giften",
        "inkomen_telt": "Inkomen dat meetelt",
        "uitkering": "Uw bijstand",
        "maatregel": "Maatregel",
        "vakantietoeslag": "Vakantiegeld",
        "deel_van_de_maand": "Deel van de maand",
    },
    "en": {
        "voorlopig": "Provisional calculation",
        "leefsituatie": "Your situation",
        "kostendelers": "Cost sharers",
        "norm": "Your norm",
        "jongerennorm_extra": "Extra youth norm",
        "vermogen": "Assets",
        "inkomsten": "Income",
        "vrijlating_aanvrager": "Exempted income from work",
        "vrijlating_partner": "Exempted income from work",
        "giften": "Gifts",
        "inkomen_telt": "Income that counts",
        "uitkering": "Your assistance",
        "maatregel": "Sanction",
        "vakantietoeslag": "Holiday allowance",
        "deel_van_de_maand": "Part of the month",
    },
}

_MAANDEN_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def bedrag(waarde: str | Decimal, taal: str = "nl") -> str:
    """``€ 1.401,50`` in Dutch, ``€1,401.50`` in English; negative amounts with a leading minus."""
    d = Decimal(str(waarde)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    teken = "-" if d < 0 else ""
    tekst = f"{abs(d):,.2f}"
    if taal == "en":
        return f"{teken}€{tekst}"
    return f"{teken}€ " + tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def datum_en(waarde: str | date) -> str:
    d = waarde if isinstance(waarde, date) else date.fromisoformat(waarde)
    return f"{d.day} {_MAANDEN_EN[d.month - 1]} {d.year}"


def _kinderen(n: int) -> str:
    return f"{n} child{'' if n == 1 else 'ren'}"


_CATEGORIE_EN = {
    "alleenstaande_18_20": "a single person aged 18, 19 or 20",
    "alleenstaande_ouder_18_20": "a single parent aged 18, 19 or 20",
    "alleenstaande_21_tot_aow": "a single person from 21 to state pension age",
    "alleenstaande_ouder_21_tot_aow": "a single parent from 21 to state pension age",
    "alleenstaande_aow": "a single person of state pension age",
    "alleenstaande_ouder_aow": "a single parent of state pension age",
    "gehuwden_18_20": "partners who are both 18, 19 or 20",
    "gehuwden_18_20_en_21_plus": "partners of whom one is 18, 19 or 20 and one 21 or older",
    "gehuwden_18_20_en_aow": "partners of whom one is 18, 19 or 20 and one of state pension age",
    "gehuwden_21_tot_aow": "partners who are both between 21 and state pension age",
    "gehuwden_een_aow": "partners of whom one has reached state pension age",
    "gehuwden_beiden_aow": "partners who have both reached state pension age",
    "inrichting_alleenstaande": "a single person living in an institution",
    "inrichting_gehuwden": "partners living in an institution",
    "gehuwden_partner_zonder_recht": "someone whose partner has no right to assistance of their own",
    "gehuwden_een_in_inrichting": "partners of whom one lives in an institution",
}
_REDEN_KORT_EN = {
    "vermogen_boven_grens": "your assets are above the limit",
    "inkomen_niet_lager_dan_norm": "the income that counts is not lower than your norm",
}
_SOORT_EN = {"arbeid": "wages", "uitkering": "benefit", "alimentatie": "alimony", "overig": "other income"}

Parameters = dict[str, Any]
Teksten = tuple[str, str]  # (plain, technical)


def _voorlopig(p: Parameters) -> Teksten:
    return (
        f"Please note: this is a provisional calculation. The amounts for {datum_en(p['peildatum'])} are not known "
        f"yet. We use the amounts of {datum_en(p['normtabel'])}. The real amount may differ.",
        f"PROVISIONAL: reference date {p['peildatum']} is after the known norms (known until {p['bekend_tot']}); "
        f"calculated with norm table {p['normtabel']} on explicit request.",
    )


def _leefsituatie(p: Parameters) -> Teksten:
    n, a = p["kinderen_ten_laste"], p["jaren_aanvrager"]
    if p["leefvorm"] == "gehuwden":
        uitleg = f"You live with your partner. You are {a} and your partner is {p['jaren_partner']}."
        if n:
            uitleg += f" Together you care for {_kinderen(n)} under 18."
    elif p["leefvorm"] == "alleenstaande_ouder":
        uitleg = (
            f"You live without a partner and care for {_kinderen(n)} under 18. So you are a single parent. You are {a}."
        )
    else:
        uitleg = f"You live without a partner. You are {a}."
    if p["groep_aanvrager"] == "aow":
        uitleg += " You have reached state pension age."
    gp = p["groep_partner"]
    if gp == "aow":
        uitleg += " Your partner has reached state pension age."
    elif gp == "jonger_dan_18":
        uitleg += " Your partner is under 18 and gets no assistance of their own."
    elif gp == "zonder_recht":
        uitleg += " Your partner has no right to assistance of their own."
    uitleg += {
        "alle": " You live in an institution.",
        "aanvrager": " You live in an institution. Your partner does not.",
        "partner": " Your partner lives in an institution. You do not.",
    }.get(p["inrichting"], "")
    uitleg += f" We use your situation on {datum_en(p['peildatum'])}."
    technisch = (
        f"Household {p['leefvorm'].replace('_', ' ')} (art. 3, 4); applicant {a} yrs"
        + (f", partner {p['jaren_partner']} yrs" if gp else "")
        + f"; dependent children (< 18): {n} of {p['kinderen']}; state pension age in {p['peildatum'][:4]} "
        f"{p['aow_jaren']} yrs {p['aow_maanden']} mths; norm table {p['normtabel']}."
    )
    return uitleg, technisch


def _kostendelers(p: Parameters) -> Teksten:
    k, grens = p["aantal"], p["grens"]
    if k == 1:
        uitleg = f"1 person aged {grens} or older lives with you and counts as a cost sharer."
    elif k:
        uitleg = f"{k} people aged {grens} or older live with you and count as cost sharers."
    else:
        uitleg = "Nobody lives with you who counts as a cost sharer."
    if k:
        uitleg += " You can share costs, such as rent and energy."
        if p["jong"]:
            uitleg += " Because you are under 21, this does not change your norm."
        else:
            uitleg += " That is why your norm is lower."
    if p["niet_meegeteld"]:
        uitleg += f" {p['niet_meegeteld']} other housemate(s) do not count."
    technisch = (
        f"Art. 19a: cost sharing {', '.join(p['kostendelend']) or 'none'}; not counted "
        f"{', '.join(p['niet_kostendelend']) or 'none'}. Cost-sharing housemates: {k}."
    )
    return uitleg, technisch


def _norm(p: Parameters) -> Teksten:
    categorie = p["categorie"]
    basis = categorie.removesuffix("_met_kinderen")
    omschrijving = _CATEGORIE_EN[basis] + (" (with children)" if categorie.endswith("_met_kinderen") else "")
    n = bedrag(p["norm"], "en")
    uitleg = (
        "The norm is the amount the law sets for your situation to live on. "
        f"You fall under the norm for {omschrijving}."
    )
    anderen = p["anderen"]
    volwassenen = f"{anderen} other adult{'' if anderen == 1 else 's'}"
    if basis == "gehuwden_een_in_inrichting" and len(p["delen"]) == 2:
        binnen, thuis = (bedrag(d, "en") for d in p["delen"])
        uitleg += (
            " The law then adds two norms: the norm for whoever lives in the institution, "
            f"{binnen}, and the norm for whoever lives at home as if living alone, {thuis}."
            f" Together: {binnen} + {thuis} = {n} per month."
        )
    elif len(p["delen"]) == 2:
        eigen, toeslag = (bedrag(d, "en") for d in p["delen"])
        uitleg += (
            f" You share costs with {volwassenen}. For the partner aged 21 or older the cost-sharer norm is {eigen}."
            f" For the partner aged 18, 19 or 20, {toeslag} is added. Together: {eigen} + {toeslag} = {n} per month."
        )
    elif p["kostendelers"] > 1:
        uitleg += f" You share costs with {volwassenen}. So the cost-sharer norm applies to you: {n} per month."
    else:
        uitleg += f" That norm is {n} per month."
    uitleg += " This amount includes holiday allowance."
    return uitleg, f"Norm {p['berekening']} (table {p['normtabel']}); A = {p['kostendelers']}."


def _jongerennorm(p: Parameters) -> Teksten:
    if p["variant"] == "nog_niet":
        return (
            "You say your parents cannot provide for you. An extra youth norm only exists from 1 January 2026. "
            "Ask the municipality whether you can get additional special assistance.",
            f"Table {p['normtabel']} has no art. 20(3); possibly art. 12 (municipality).",
        )
    if p["variant"] == "geen_jongerennorm":
        return (
            "Your norm is not a youth norm. An extra youth norm therefore does not apply.",
            f"Art. 20(3) not applied: the norm is {p['artikel']}, not a norm of art. 20(1) or (2).",
        )
    wie = {
        "beiden": "Your parents and your partner's parents cannot provide for you.",
        "aanvrager": "Your parents cannot provide for you.",
        "partner": "Your partner's parents cannot provide for your partner.",
    }[p["wie"]]
    uitleg = (
        f"{wie} So {bedrag(p['extra'], 'en')} per month is added to the youth norm"
        f"{' for each of you' if p['jongeren'] > 1 else ''}. Together this is never more than the norm for someone "
        f"aged 21: {bedrag(p['plafond'], 'en')}. Your norm becomes {bedrag(p['norm'], 'en')} per month."
    )
    technisch = (
        f"Art. 20(3): {p['basis']} + {p['jongeren']} × {p['extra']} = {p['verhoogd']}; "
        f"(4) ceiling (norm as 21+: {p['plafond_berekening']}) = {p['plafond']}; norm = {p['norm']}."
    )
    return uitleg, technisch


def _vermogen(p: Parameters) -> Teksten:
    telt, grens = bedrag(p["vermogen_telt"], "en"), bedrag(p["vermogensgrens"], "en")
    vrij = bedrag(p["eigen_woning_vrij"], "en")
    technisch = (
        f"Art. 34: assets without own home {p['overig']}; own home max(0, {p['woning']} − {p['eigen_woning_vrij']}) "
        f"= {p['woning_telt']}; counts {p['vermogen_telt']}; "
        f"limit {p['leefvorm'].replace('_', ' ')} {p['vermogensgrens']}."
    )
    if p["boven_grens"]:
        uitleg = (
            f"The assets that count are {telt}. That is more than the limit of {grens}. You can live on this money "
            "first. When it is below the limit, you can apply for assistance again."
        )
    elif p["lening"]:
        uitleg = (
            f"Your own home holds more than the {vrij} that is exempt. Together with your other assets, {telt} "
            f"counts. That is more than the limit of {grens}. You can get assistance, but as a loan."
        )
        technisch += " The excess comes from the own home: assistance as a loan (art. 50(2))."
    elif Decimal(p["vermogen_telt"]):
        uitleg = f"The assets that count are {telt}. Your limit is {grens}. You are below it, so your assets are fine."
    else:
        uitleg = f"You have no assets that count. Your limit is {grens}. So your assets are fine."
    return uitleg, technisch


def _inkomsten(p: Parameters) -> Teksten:
    delen = ", ".join(f"{_SOORT_EN.get(s, s)} {bedrag(b, 'en')}" for s, b in p["per_soort"].items())
    wiens = "The income of you and your partner" if p["met_partner"] else "Your income"
    uitleg = f"{wiens} per month, after tax and contributions, is {bedrag(p['inkomsten'], 'en')} ({delen})."
    if p["vier_weken"]:
        uitleg += " What you get every 4 weeks, we convert to a month: times 13, divided by 12."
    if p["vakantiegeld"]:
        uitleg += " The holiday pay you build up with your income counts every month."
    return uitleg, f"Art. 31(3), art. 32: net per month {delen}; total {p['inkomsten']}."


def _vrijlating(p: Parameters) -> Teksten:
    partner = p["rol"] != "aanvrager"
    loon = "your partner's wages" if partner else "your wages"
    if p["letter"] is None:
        return (
            f"No exemption applies. So {loon} count in full.",
            f"Art. 31(2) n/r/y ({p['rol']}): no exemption; not applicable: {', '.join(p['niet'])}.",
        )
    uitleg = (
        f"Of {loon}, {p['percentage']}% does not count, up to {bedrag(p['maximum'], 'en')} per month. "
        f"That is {bedrag(p['vrijlating'], 'en')}."
    )
    wie = "your partner has" if partner else "you have"
    if p["letter"] == "n" and p["aow"]:
        uitleg += f" Because {wie} reached state pension age, this applies without an end date."
    elif p["tot"]:
        uitleg += f" This applies up to and including {datum_en(p['tot'])}."
    elif p["letter"] == "y":
        uitleg += (
            f" This applies because {'your partner' if partner else 'you'} can work fewer hours for medical reasons."
        )
    technisch = (
        f"Art. 31(2) {p['letter']} ({p['rol']}): {p['percentage']}% × {p['arbeid']}, max {p['maximum']} "
        f"→ {p['vrijlating']}."
    )
    return uitleg, technisch


def _giften(p: Parameters) -> Teksten:
    vrij = bedrag(p["vrij"], "en")
    uitleg = f"You receive {bedrag(p['giften_per_jaar'], 'en')} a year in gifts. Up to {vrij} a year does not count."
    if Decimal(p["giften_per_jaar"]) > Decimal(p["vrij"]):
        uitleg += f" The part above it counts: {bedrag(p['giften_telt'], 'en')} per month."
    else:
        uitleg += " You are below that."
    if not p["wettelijk"]:
        uitleg += " Before 2026 your municipality decides on gifts itself. It may decide more favourably."
    return uitleg, f"Art. 31(2) m: max(0, {p['giften_per_jaar']} − {p['vrij']}) / 12 = {p['giften_telt']} per month."


def _inkomen_telt(p: Parameters) -> Teksten:
    technisch = (
        f"income_counts = {p['inkomsten']} (net) − {p['vrijlatingen']} (exemptions) + {p['giften_telt']} (gifts) "
        f"= {p['inkomen_telt']}."
    )
    if not Decimal(p["inkomsten"]) and not Decimal(p["giften_telt"]):
        return "You have not reported any income. So nothing is deducted from your norm.", technisch
    return f"The income that counts for your assistance is {bedrag(p['inkomen_telt'], 'en')} per month.", technisch


def _uitkering(p: Parameters) -> Teksten:
    if "reden" in p:
        reden = reden_tekst({"code": p["reden"], "parameters": p}, "en")
        return reden or "You have no right to assistance now.", f"No right: {p['reden']}."
    n, i, u = bedrag(p["norm"], "en"), bedrag(p["inkomen_telt"], "en"), bedrag(p["uitkering"], "en")
    if p["redenen"]:
        uitleg = (
            f"You have no right to assistance now, because {' and '.join(_REDEN_KORT_EN[r] for r in p['redenen'])}."
        )
        if "inkomen_niet_lager_dan_norm" in p["redenen"]:
            uitleg += f" The income that counts is {i}. Your norm is {n}."
        return uitleg, f"No right: {', '.join(p['redenen'])} (norm {p['norm']}, income_counts {p['inkomen_telt']})."
    return (
        f"Your assistance is your norm minus the income that counts: {n} − {i} = {u} per month.",
        f"Art. 19(1): {p['norm']} − {p['inkomen_telt']} = {p['uitkering']} per month.",
    )


def _vakantietoeslag(p: Parameters) -> Teksten:
    b, u, netto = (
        bedrag(p["vakantietoeslag_deel"], "en"),
        bedrag(p["uitkering"], "en"),
        bedrag(p["per_maand_uitbetaald"], "en"),
    )
    return (
        f"This amount includes {b} holiday allowance per month. The municipality saves it for you. "
        f"You usually get it once a year. So each month you get {u} − {b} = {netto}.",
        f"Art. 19(3): {p['percentage']}% × {p['uitkering']} = {p['ongerond']} → "
        f"{p['vakantietoeslag_deel']} (half-up to cents); "
        f"paid monthly {p['uitkering']} − {p['vakantietoeslag_deel']} = {p['per_maand_uitbetaald']}.",
    )


def _maatregel(p: Parameters) -> Teksten:
    periode = f"from {datum_en(p['van'])}" + (f" up to and including {datum_en(p['tot'])}" if p["tot"] else "")
    voor, verlaging, na = bedrag(p["voor"], "en"), bedrag(p["verlaging"], "en"), bedrag(p["uitkering"], "en")
    return (
        f"The municipality has decided to lower your assistance, {periode}. The reduction is {p['procent']}% of your "
        f"norm: {verlaging}. You get {voor} − {verlaging} = {na} per month.",
        f"Art. 18(2): reduction {p['procent']}% × {p['norm']} (norm), at most the benefit {p['voor']} → "
        f"{p['verlaging']}; {p['voor']} − {p['verlaging']} = {p['uitkering']}; "
        f"period {p['van']} to {p['tot'] or 'open'}.",
    )


def _deel_van_de_maand(p: Parameters) -> Teksten:
    delen = []
    if p["vanaf"]:
        delen.append(f"from {datum_en(p['vanaf'])}")
    if p["tot"]:
        delen.append(f"up to and including {datum_en(p['tot'])}")
    u, b = bedrag(p["uitkering"], "en"), bedrag(p["uitkering_deze_maand"], "en")
    return (
        f"This month you have a right to assistance {' and '.join(delen)}. That is {p['dagen']} of the "
        f"{p['in_maand']} days. So for this month you get {u} × {p['dagen']} / {p['in_maand']} = {b}.",
        f"First/last month pro rata by calendar days: {p['uitkering']} × {p['dagen']} / {p['in_maand']} = "
        f"{p['uitkering_deze_maand']}.",
    )


EN: dict[str, Callable[[Parameters], Teksten]] = {
    "voorlopig": _voorlopig,
    "leefsituatie": _leefsituatie,
    "kostendelers": _kostendelers,
    "norm": _norm,
    "jongerennorm_extra": _jongerennorm,
    "vermogen": _vermogen,
    "inkomsten": _inkomsten,
    "vrijlating_aanvrager": _vrijlating,
    "vrijlating_partner": _vrijlating,
    "giften": _giften,
    "inkomen_telt": _inkomen_telt,
    "uitkering": _uitkering,
    "maatregel": _maatregel,
    "vakantietoeslag": _vakantietoeslag,
    "deel_van_de_maand": _deel_van_de_maand,
}

_UITSLUITING_EN = {
    "jonger_dan_18": "You are under 18. You can only get assistance for living costs from age 18.",
    "inrichting_jonger_dan_21": (
        "You live in an institution and are under 21. There is no general assistance for that. "
        "Ask the municipality whether special assistance is possible."
    ),
    "uitgesloten_detentie": (
        "You are held in prison or another judicial institution. Then you have no right to assistance."
    ),
    "uitgesloten_voortvluchtig": (
        "You are evading a sentence or judicial measure. Then you have no right to assistance."
    ),
    "uitgesloten_dienstplicht": (
        "You are doing military or alternative service. Then you have no right to assistance."
    ),
    "uitgesloten_werkstaking": (
        "You are not working because of a strike or a lockout by your employer. If you have no money because of "
        "that, you have no right to assistance."
    ),
    "uitgesloten_buitenland": "You stay abroad longer than the law allows. So you have no right to assistance now.",
    "uitgesloten_uitreiziger": "You have left to join a terrorist organisation. So you have no right to assistance.",
    "uitgesloten_student": (
        "You are under 27 and can get student finance for your education. Then you have no right to assistance for "
        "living costs. Ask the municipality whether other help is possible."
    ),
    "uitgesloten_weigert_verplichtingen": (
        "You are under 27 and do not meet the obligations of the law. So you have no right to assistance now."
    ),
}


def reden_tekst(reden: dict[str, Any], taal: str) -> str:
    """The text of a reason for no right, in ``taal``; the stored Dutch text where English cannot be written."""
    if taal != "en":
        return reden.get("tekst", "")
    code, p = reden.get("code", ""), reden.get("parameters")
    if code == "vermogen_boven_grens" and p:
        return (
            f"The assets that count ({bedrag(p['telt'], 'en')}) are more than the limit ({bedrag(p['grens'], 'en')}). "
            "So you have no right to assistance now."
        )
    if code == "inkomen_niet_lager_dan_norm" and p:
        return (
            f"The income that counts ({bedrag(p['telt'], 'en')}) is as high as or higher than your norm "
            f"({bedrag(p['norm'], 'en')}). So you have no right to assistance now."
        )
    return _UITSLUITING_EN.get(code, reden.get("tekst", ""))


def stap_teksten(stap: dict[str, Any], taal: str) -> dict[str, str]:
    """``titel``, ``uitleg`` and ``technisch`` of one stored step (``uitvoer`` JSON form) in ``taal`` ("nl", "en")."""
    code = stap.get("code", "")
    nl = {"titel": stap.get("titel", ""), "uitleg": stap.get("uitleg", ""), "technisch": stap.get("technisch", "")}
    schrijver = EN.get(code)
    if taal != "en" or schrijver is None or "parameters" not in stap:
        return nl
    try:
        uitleg, technisch = schrijver({**stap.get("bedragen", {}), **stap["parameters"]})
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return nl  # a step stored by another engine version, with other parameters: its own Dutch text
    return {"titel": TITELS["en"].get(code, nl["titel"]), "uitleg": uitleg, "technisch": technisch}


def in_taal(resultaat: dict[str, Any], taal: str) -> dict[str, Any]:
    """A copy of a result (JSON form) with its steps and reasons written in ``taal``."""
    uit = dict(resultaat)
    uit["redenen"] = [{**r, "tekst": reden_tekst(r, taal)} for r in resultaat.get("redenen", [])]
    if "toelichting" in resultaat:
        uit["toelichting"] = [{**s, **stap_teksten(s, taal)} for s in resultaat["toelichting"]]
    return uit
