"""Why did the benefit change? Compare two stored results and say it in plain Dutch.

Works on the stored result dicts, so it also explains calculations made by an older engine version; the words are
rendered through gettext when they are shown.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from regie.opmaak import bedrag


@dataclass(frozen=True)
class Verschil:
    onderdeel: str
    was: str
    wordt: str
    uitleg: str


def _euro(waarde: str) -> str:
    return bedrag(Decimal(waarde))


def vergelijk(vorig: dict, nieuw: dict, *, voor_inwoner: bool = False) -> list[Verschil]:
    """What changed between two stored calculations, in words: to the inwoner ("uw uitkering", in the portal) or
    about the inwoner, in the third person (staff pages)."""
    verschillen = []
    if vorig.get("normtabel") != nieuw.get("normtabel"):
        verschillen.append(
            Verschil(
                "normtabel",
                vorig.get("normtabel", ""),
                nieuw.get("normtabel", ""),
                _("Er gelden nieuwe bedragen van de overheid, vanaf %(datum)s.") % {"datum": nieuw.get("normtabel")},
            )
        )
    if vorig.get("normcategorie") != nieuw.get("normcategorie"):
        tekst = (
            _("Uw woonsituatie of leeftijd valt nu onder een andere groep in de wet.")
            if voor_inwoner
            else _("De woonsituatie of leeftijd van de inwoner valt nu onder een andere groep in de wet (%(artikel)s).")
        )
        verschillen.append(
            Verschil(
                "normcategorie",
                vorig.get("normcategorie", ""),
                nieuw.get("normcategorie", ""),
                tekst % {"artikel": nieuw.get("artikel", "")},
            )
        )
    if vorig.get("kostendelers") != nieuw.get("kostendelers"):
        verschillen.append(
            Verschil(
                "kostendelers",
                str(vorig.get("kostendelers")),
                str(nieuw.get("kostendelers")),
                _("Het aantal mensen dat de woonkosten deelt is veranderd van %(was)s naar %(wordt)s.")
                % {"was": vorig.get("kostendelers"), "wordt": nieuw.get("kostendelers")},
            )
        )
    gestegen = {
        "norm": _("De norm is gestegen van %(was)s naar %(wordt)s."),
        "inkomen_telt": _("Het inkomen dat meetelt is gestegen van %(was)s naar %(wordt)s."),
        "vermogen_telt": _("Het vermogen dat meetelt is gestegen van %(was)s naar %(wordt)s."),
        "uitkering": _("Uw uitkering is gestegen van %(was)s naar %(wordt)s.")
        if voor_inwoner
        else _("De uitkering is gestegen van %(was)s naar %(wordt)s."),
    }
    gedaald = {
        "norm": _("De norm is gedaald van %(was)s naar %(wordt)s."),
        "inkomen_telt": _("Het inkomen dat meetelt is gedaald van %(was)s naar %(wordt)s."),
        "vermogen_telt": _("Het vermogen dat meetelt is gedaald van %(was)s naar %(wordt)s."),
        "uitkering": _("Uw uitkering is gedaald van %(was)s naar %(wordt)s.")
        if voor_inwoner
        else _("De uitkering is gedaald van %(was)s naar %(wordt)s."),
    }
    for veld in ("norm", "inkomen_telt", "vermogen_telt", "uitkering"):
        was, wordt = vorig.get(veld, "0.00"), nieuw.get(veld, "0.00")
        if Decimal(was) != Decimal(wordt):
            zin = gestegen[veld] if Decimal(wordt) > Decimal(was) else gedaald[veld]
            verschillen.append(Verschil(veld, was, wordt, zin % {"was": _euro(was), "wordt": _euro(wordt)}))
    if vorig.get("recht") != nieuw.get("recht"):
        if voor_inwoner:
            tekst = (
                _("U heeft nu recht op bijstand.")
                if nieuw.get("recht")
                else _("U heeft nu geen recht meer op bijstand.")
            )
        else:
            tekst = (
                _("De inwoner heeft nu recht op bijstand.")
                if nieuw.get("recht")
                else _("De inwoner heeft nu geen recht meer op bijstand.")
            )
        verschillen.append(Verschil("recht", str(vorig.get("recht")), str(nieuw.get("recht")), tekst))
    return verschillen
