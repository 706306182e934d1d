"""The one check of a built :class:`Casus`: impossible or unknown values, named by field in Dutch.

``case_from_dict`` runs it after reading a dict (types and formats are its own business), and ``bereken`` runs it for
cases built directly in Python, so both report the same problems in the same words.
"""

from __future__ import annotations

from .datums import leeftijd
from .model import (
    INKOMEN_PERIODES,
    INKOMEN_SOORTEN,
    INKOMEN_VAN,
    MEDEBEWONER_SOORTEN,
    UITSLUITINGEN,
    VERMOGEN_SOORTEN,
    Casus,
)

EERSTE_GEBOORTEJAAR = 1900
HOOGSTE_LEEFTIJD = 120  # older than this on the peildatum is taken as a typing error, not as a person
_VAN_ZONDER = ("aanvrager",)


def in_orde(casus: Casus) -> bool:
    """True when :func:`problemen` has nothing to report, checked without building anything (the usual case).

    Plain loops: all() over a generator expression costs more than the one or two items a list usually holds.
    """
    peil = casus.peildatum
    oudste = peil.year - HOOGSTE_LEEFTIJD - 1  # a birth year at or below this may be too old: look closer
    partner = casus.partner
    aanvrager = casus.aanvrager
    jongste_ouder = aanvrager.geboortedatum
    if jongste_ouder > peil or jongste_ouder.year <= oudste or jongste_ouder.year < EERSTE_GEBOORTEJAAR:
        return False
    if aanvrager.uitsluiting is not None and aanvrager.uitsluiting not in UITSLUITINGEN:
        return False
    if partner is not None:
        geboren = partner.geboortedatum
        if geboren > peil or geboren.year <= oudste or geboren.year < EERSTE_GEBOORTEJAAR:
            return False
        if partner.uitsluiting is not None and partner.uitsluiting not in UITSLUITINGEN:
            return False
        if geboren > jongste_ouder:
            jongste_ouder = geboren
    for kind in casus.kinderen:
        if kind.geboortedatum > peil or kind.geboortedatum <= jongste_ouder:
            return False
    for medebewoner in casus.medebewoners:
        geboren = medebewoner.geboortedatum
        if geboren > peil or geboren.year <= oudste or medebewoner.soort not in MEDEBEWONER_SOORTEN:
            return False
    for bestanddeel in casus.vermogen:
        if bestanddeel.soort not in VERMOGEN_SOORTEN:
            return False
    van = INKOMEN_VAN if partner else _VAN_ZONDER
    for inkomen in casus.inkomsten:
        if inkomen.soort not in INKOMEN_SOORTEN or inkomen.van not in van or inkomen.per not in INKOMEN_PERIODES:
            return False
    if casus.recht_vanaf is not None and casus.recht_vanaf > peil:
        return False
    if casus.recht_tot is not None and casus.recht_tot < peil:
        return False
    m = casus.maatregel
    return m is None or m.tot is None or m.tot >= m.van


def problemen(casus: Casus) -> list[tuple[str, str]]:
    """Every problem of ``casus`` as ``(veld, melding)``; empty when it can be calculated."""
    if in_orde(casus):
        return []
    peil = casus.peildatum
    partner = casus.partner
    fouten: list[tuple[str, str]] = []
    personen = [("aanvrager", casus.aanvrager), ("partner", partner)]
    personen += [(f"kinderen[{i}]", k) for i, k in enumerate(casus.kinderen)]
    personen += [(f"medebewoners[{i}]", m) for i, m in enumerate(casus.medebewoners)]
    ouders = [p.geboortedatum for p in (casus.aanvrager, partner) if p is not None]
    for veld, persoon in personen:
        if persoon is None:
            continue
        geboren = persoon.geboortedatum
        if geboren > peil:
            fouten.append((f"{veld}.geboortedatum", f"ligt na de peildatum ({peil.isoformat()})"))
        elif geboren.year < EERSTE_GEBOORTEJAAR:
            fouten.append((f"{veld}.geboortedatum", f"een geboortejaar vóór {EERSTE_GEBOORTEJAAR} is niet aannemelijk"))
        elif leeftijd(geboren, peil) > HOOGSTE_LEEFTIJD:
            melding = f"ouder dan {HOOGSTE_LEEFTIJD} jaar op de peildatum is niet aannemelijk"
            fouten.append((f"{veld}.geboortedatum", melding))
        elif veld.startswith("kinderen[") and geboren <= max(ouders):
            # The child of the applicant or of the partner: it cannot be as old as or older than both of them.
            wie = "de aanvrager en de partner" if len(ouders) == 2 else "de aanvrager"
            fouten.append((f"{veld}.geboortedatum", f"het kind is niet jonger dan {wie}: dat kan niet"))
    for veld, persoon in personen[:2]:
        if persoon is not None and persoon.uitsluiting is not None and persoon.uitsluiting not in UITSLUITINGEN:
            keuzes = ", ".join(UITSLUITINGEN)
            fouten.append((f"{veld}.uitsluiting", f"onbekende waarde {persoon.uitsluiting!r} (kies uit: {keuzes})"))
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
        if inkomen.van not in INKOMEN_VAN:
            keuzes = ", ".join(INKOMEN_VAN)
            fouten.append((f"inkomsten[{i}].van", f"onbekende waarde {inkomen.van!r} (kies uit: {keuzes})"))
        elif inkomen.van == "partner" and partner is None:
            fouten.append((f"inkomsten[{i}].van", "inkomen van de partner, maar er is geen partner opgegeven"))
        if inkomen.per not in INKOMEN_PERIODES:
            keuzes = ", ".join(INKOMEN_PERIODES)
            fouten.append((f"inkomsten[{i}].per", f"onbekende waarde {inkomen.per!r} (kies uit: {keuzes})"))
    if casus.recht_vanaf is not None and casus.recht_vanaf > peil:
        melding = f"ligt na de peildatum ({peil.isoformat()}): reken op een dag met recht"
        fouten.append(("recht_vanaf", melding))
    if casus.recht_tot is not None and casus.recht_tot < peil:
        fouten.append(("recht_tot", f"ligt vóór de peildatum ({peil.isoformat()}): reken op een dag met recht"))
    m = casus.maatregel
    if m is not None and m.tot is not None and m.tot < m.van:
        fouten.append(("maatregel.tot", f"ligt vóór maatregel.van ({m.van.isoformat()})"))
    return fouten
