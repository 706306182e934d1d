"""Why did the benefit change? Compare two stored results and say it in plain Dutch.

Pure: works on the stored result dicts, so it also explains calculations made by an older engine version.
"""

from dataclasses import dataclass
from decimal import Decimal

from regie.opmaak import bedrag


@dataclass(frozen=True)
class Verschil:
    onderdeel: str
    was: str
    wordt: str
    uitleg: str


def _euro(waarde: str) -> str:
    return bedrag(Decimal(waarde))


def vergelijk(vorig: dict, nieuw: dict) -> list[Verschil]:
    verschillen = []
    if vorig.get("normtabel") != nieuw.get("normtabel"):
        verschillen.append(
            Verschil(
                "normtabel",
                vorig.get("normtabel", ""),
                nieuw.get("normtabel", ""),
                f"Er gelden nieuwe bedragen van de overheid, vanaf {nieuw.get('normtabel')}.",
            )
        )
    if vorig.get("normcategorie") != nieuw.get("normcategorie"):
        verschillen.append(
            Verschil(
                "normcategorie",
                vorig.get("normcategorie", ""),
                nieuw.get("normcategorie", ""),
                f"Uw woonsituatie of leeftijd valt nu onder een andere groep in de wet ({nieuw.get('artikel', '')}).",
            )
        )
    if vorig.get("kostendelers") != nieuw.get("kostendelers"):
        verschillen.append(
            Verschil(
                "kostendelers",
                str(vorig.get("kostendelers")),
                str(nieuw.get("kostendelers")),
                f"Het aantal mensen dat de woonkosten deelt is veranderd van {vorig.get('kostendelers')} "
                f"naar {nieuw.get('kostendelers')}.",
            )
        )
    for veld, wat in (
        ("norm", "De norm"),
        ("inkomen_telt", "Het inkomen dat meetelt"),
        ("vermogen_telt", "Het vermogen dat meetelt"),
        ("uitkering", "Uw uitkering"),
    ):
        was, wordt = vorig.get(veld, "0.00"), nieuw.get(veld, "0.00")
        if Decimal(was) != Decimal(wordt):
            richting = "gestegen" if Decimal(wordt) > Decimal(was) else "gedaald"
            verschillen.append(Verschil(veld, was, wordt, f"{wat} is {richting} van {_euro(was)} naar {_euro(wordt)}."))
    if vorig.get("recht") != nieuw.get("recht"):
        tekst = "U heeft nu recht op bijstand." if nieuw.get("recht") else "U heeft nu geen recht meer op bijstand."
        verschillen.append(Verschil("recht", str(vorig.get("recht")), str(nieuw.get("recht")), tekst))
    return verschillen
