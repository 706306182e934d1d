"""Coordinates for the change-talk chart; the template only draws what is computed here.

The chart shows, per third of the conversation, how many turns of change talk and sustain talk the inwoner had, and
the share of change talk; the same numbers are in a table next to it (the text alternative).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from regie import mi

BREEDTE, HOOGTE = 480, 220
LINKS, RECHTS, BOVEN, ONDER = 40, 464, 16, 186
DELEN = 3


@dataclass(frozen=True)
class Staaf:
    x: float
    y: float
    hoogte: float
    breedte: float
    waarde: int
    klasse: str
    label: str


@dataclass(frozen=True)
class Deel:
    naam: str
    verandertaal: int
    behoudtaal: int
    aandeel: float | None
    midden: float


@dataclass(frozen=True)
class Verloop:
    titel: str
    delen: list[Deel]
    staven: list[Staaf]
    y_labels: list[tuple[float, int]]
    breedte: int = BREEDTE
    hoogte: int = HOOGTE
    links: int = LINKS
    rechts: int = RECHTS
    onder: int = ONDER

    @property
    def leeg(self) -> bool:
        return not any(d.verandertaal or d.behoudtaal for d in self.delen)

    @property
    def beschrijving(self) -> str:
        """One sentence that says what the chart shows, for screen readers and as a caption."""
        aandelen = [d for d in self.delen if d.aandeel is not None]
        if self.leeg:
            return _("De inwoner had in dit gesprek geen verander- of behoudtaal.")
        if len(aandelen) < 2:
            return _("Te weinig verander- en behoudtaal om een verloop te zien.")
        eerste, laatste = aandelen[0], aandelen[-1]
        richting = (
            _("nam toe")
            if laatste.aandeel > eerste.aandeel
            else _("nam af")
            if laatste.aandeel < eerste.aandeel
            else _("bleef gelijk")
        )
        return _(
            "Het aandeel verandertaal %(richting)s: van %(van)s%% in het %(begin)s naar %(naar)s%% in het %(eind)s."
        ) % {
            "richting": richting,
            "van": round(eerste.aandeel * 100),
            "naar": round(laatste.aandeel * 100),
            "begin": eerste.naam,
            "eind": laatste.naam,
        }


def verloop(gecodeerd: list[mi.CodedUtterance]) -> Verloop:
    beurten = sorted(gecodeerd, key=lambda c: c.utterance.order)
    namen = [_("begin"), _("midden"), _("eind")]
    tellingen = []
    for deel in range(DELEN):
        stuk = beurten[len(beurten) * deel // DELEN : len(beurten) * (deel + 1) // DELEN]
        ct = sum(1 for c in stuk if c.code == mi.Code.CT)
        st = sum(1 for c in stuk if c.code == mi.Code.ST)
        tellingen.append((ct, st))
    hoogste = max([1, *(max(ct, st) for ct, st in tellingen)])
    vak = (RECHTS - LINKS) / DELEN
    staafbreedte = vak / 3
    delen, staven = [], []
    for i, (ct, st) in enumerate(tellingen):
        midden = LINKS + vak * i + vak / 2
        delen.append(Deel(namen[i], ct, st, ct / (ct + st) if ct + st else None, midden))
        for waarde, klasse, x, soort in (
            (ct, "regie-verloop__staaf--ct", midden - staafbreedte, _("verandertaal")),
            (st, "regie-verloop__staaf--st", midden, _("behoudtaal")),
        ):
            hoogte = waarde / hoogste * (ONDER - BOVEN)
            staven.append(
                Staaf(x, ONDER - hoogte, hoogte, staafbreedte, waarde, klasse, f"{namen[i]}: {waarde}× {soort}")
            )
    stap = max(1, round(hoogste / 4))
    y_labels = [(ONDER - w / hoogste * (ONDER - BOVEN), w) for w in range(0, hoogste + 1, stap)]
    return Verloop(_("Verandertaal en behoudtaal door het gesprek"), delen, staven, y_labels)
