"""Assets: art. 34 (limit, own home) and art. 50 lid 2 (assistance as a loan)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .geld import NUL, euro_tekst
from .model import Casus, Stap
from .normen import NormTabel


@dataclass(slots=True)  # internal; not frozen: a frozen __init__ costs about four times as much, per case
class VermogenUitkomst:
    telt: Decimal
    grens: Decimal
    boven_grens: bool  # no right: assets other than the own home exceed the limit
    lening: bool  # right, but as a loan: only the equity in the own home takes the total over the limit
    stap: Stap | None


def toets_vermogen(casus: Casus, tabel: NormTabel, leefvorm: str, toelichting: bool = True) -> VermogenUitkomst:
    """Countable assets against the limit for the household.

    The equity in the own home is free up to ``eigen_woning_vrij``; the part above it counts. When the other assets
    alone stay within the limit but the home's countable part takes the total over it, there is still a right, as a
    loan (art. 50 lid 2), because a home cannot be spent on living costs from one month to the next.
    """
    grens = tabel.vermogen[leefvorm]
    vrij_woning = tabel.vermogen["eigen_woning_vrij"]
    overig = NUL
    woning = NUL
    voertuig = NUL
    for bestanddeel in casus.vermogen:
        if bestanddeel.soort == "eigen_woning":
            woning += bestanddeel.bedrag
        else:
            overig += bestanddeel.bedrag
            if bestanddeel.soort == "voertuig":
                voertuig += bestanddeel.bedrag
    woning_telt = max(NUL, woning - vrij_woning)
    telt = overig + woning_telt
    boven_grens = overig > grens
    lening = not boven_grens and telt > grens
    if not toelichting:
        return VermogenUitkomst(telt, grens, boven_grens, lening, None)
    # Without any assets (most cases) the sentences are the same for every household with the same limits.
    teksten = _teksten_zonder_vermogen if not casus.vermogen else _teksten
    parameters = {
        "overig": str(overig), "woning": str(woning), "woning_telt": str(woning_telt), "leefvorm": leefvorm,
        "boven_grens": boven_grens, "lening": lening, "voertuig": str(voertuig), "geld": str(overig - voertuig),
    }  # fmt: skip
    uitleg, technisch = teksten(
        parameters["overig"], parameters["woning"], str(vrij_woning), parameters["woning_telt"], str(telt), bool(telt),
        leefvorm, str(grens), boven_grens, lening, parameters["voertuig"], parameters["geld"],
    )  # fmt: skip
    bedragen = {"vermogen_telt": telt, "vermogensgrens": grens, "eigen_woning_vrij": vrij_woning}
    stap = Stap("vermogen", "Vermogen", "art. 34 en art. 50 lid 2", bedragen, uitleg, technisch, parameters)
    return VermogenUitkomst(telt, grens, boven_grens, lening, stap)


def _teksten(
    overig: str, woning: str, vrij_woning: str, woning_telt: str, telt: str, telt_iets: bool, leefvorm: str,
    grens: str, boven_grens: bool, lening: bool, voertuig: str = "0.00", geld: str = "0.00",
) -> tuple[str, str]:  # fmt: skip
    """(plain, technical) sentences; amounts as their ``str()``, see ``stappen._TEKSTEN``."""
    delen = _delen(geld, voertuig, woning_telt, vrij_woning)
    technisch = (
        f"Art. 34: vermogen zonder eigen woning {overig}; eigen woning max(0, {woning} − {vrij_woning}) = "
        f"{woning_telt}; telt {telt}; grens {leefvorm.replace('_', ' ')} {grens}."
    )
    if boven_grens:
        uitleg = (
            f"Uw vermogen dat meetelt is {euro_tekst(telt)}.{delen} Dat is meer dan de grens van "
            f"{euro_tekst(grens)}. U kunt eerst van dit geld leven. "
            "Is het minder dan de grens, dan kunt u opnieuw bijstand aanvragen."
        )
    elif lening:
        uitleg = (
            f"In uw eigen huis zit meer vermogen dan de {euro_tekst(vrij_woning)} die vrij is. "
            f"Samen met uw andere vermogen telt {euro_tekst(telt)} mee.{delen} Dat is meer dan de grens van "
            f"{euro_tekst(grens)}. "
            "U kunt wel bijstand krijgen, maar als lening."
        )
        technisch += " De overschrijding komt door de eigen woning: bijstand als geldlening (art. 50 lid 2)."
    elif telt_iets:
        uitleg = (
            f"Uw vermogen dat meetelt is {euro_tekst(telt)}.{delen} De grens voor u is {euro_tekst(grens)}. "
            "U zit daaronder. Uw vermogen is dus geen probleem."
        )
    else:
        uitleg = (
            f"U heeft geen vermogen dat meetelt. De grens voor u is {euro_tekst(grens)}. "
            "Uw vermogen is dus geen probleem."
        )
    return uitleg, technisch


def _delen(geld: str, voertuig: str, woning_telt: str, vrij_woning: str) -> str:
    """ " Daarin zit: ..." when the countable assets include the car or part of the home, so the inwoner sees why."""
    if Decimal(voertuig) == 0 and Decimal(woning_telt) == 0:
        return ""
    posten = []
    if Decimal(geld):
        posten.append(f"{euro_tekst(geld)} aan geld en andere bezittingen")
    if Decimal(voertuig):
        posten.append(f"{euro_tekst(voertuig)} voor uw auto of ander vervoermiddel")
    if Decimal(woning_telt):
        posten.append(
            f"{euro_tekst(woning_telt)} van uw eigen huis (alleen het deel boven de {euro_tekst(vrij_woning)} telt mee)"
        )
    lijst = posten[0] if len(posten) == 1 else ", ".join(posten[:-1]) + " en " + posten[-1]
    return f" Daarin zit {lijst}."


_teksten_zonder_vermogen = lru_cache(maxsize=256)(_teksten)
