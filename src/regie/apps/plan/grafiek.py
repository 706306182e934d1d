"""Coordinates for the small server-rendered SVG charts; the templates only draw what is computed here.

Every point carries a label (date and value) so the SVG has a <title> per point, and every chart is accompanied by
a table with the same numbers (the text alternative).
"""

import math
from dataclasses import dataclass, field
from datetime import date

from django.utils.formats import date_format

BREEDTE, HOOGTE = 480, 220
MARGE_LINKS, MARGE_RECHTS, MARGE_BOVEN, MARGE_ONDER = 40, 16, 12, 32


@dataclass(frozen=True)
class Punt:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Reeks:
    naam: str
    klasse: str
    punten: list[Punt]

    @property
    def pad(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.punten)


@dataclass(frozen=True)
class Lijngrafiek:
    titel: str
    reeksen: list[Reeks]
    y_labels: list[tuple[float, str]]
    x_labels: list[tuple[float, str]]
    breedte: int = BREEDTE
    hoogte: int = HOOGTE
    links: int = MARGE_LINKS
    rechts: int = BREEDTE - MARGE_RECHTS
    boven: int = MARGE_BOVEN
    onder: int = HOOGTE - MARGE_ONDER

    @property
    def leeg(self) -> bool:
        return not any(r.punten for r in self.reeksen)


def _kort(datum: date) -> str:
    return date_format(datum, "j b Y")


def lijngrafiek(
    titel: str,
    datums: list[date],
    reeksen: list[tuple[str, str, list[int]]],
    y_min: int,
    y_max: int,
    y_namen: dict[int, str] | None = None,
) -> Lijngrafiek:
    """Lines over time: ``reeksen`` is (name, css class, values), one value per date; x spaced by real time."""
    links, rechts = MARGE_LINKS, BREEDTE - MARGE_RECHTS
    boven, onder = MARGE_BOVEN, HOOGTE - MARGE_ONDER
    if datums:
        eerste, laatste = min(datums), max(datums)
        span = max((laatste - eerste).days, 1)
    else:
        eerste, span = date.today(), 1

    def x(datum: date) -> float:
        if len(set(datums)) == 1:
            return (links + rechts) / 2
        return links + (datum - eerste).days / span * (rechts - links)

    def y(waarde: float) -> float:
        return onder - (waarde - y_min) / (y_max - y_min) * (onder - boven)

    uit = [
        Reeks(
            naam=naam,
            klasse=klasse,
            punten=[Punt(x(d), y(w), f"{naam}, {_kort(d)}: {w}") for d, w in zip(datums, waarden, strict=True)],
        )
        for naam, klasse, waarden in reeksen
    ]
    stap = 1 if y_max - y_min <= 6 else 2
    y_labels = [(y(w), (y_namen or {}).get(w, str(w))) for w in range(y_min, y_max + 1, stap)]
    uniek = sorted(set(datums))
    if len(uniek) > 4:  # a few dates keep the axis readable; the table has them all
        uniek = [uniek[0], uniek[len(uniek) // 3], uniek[2 * len(uniek) // 3], uniek[-1]]
    x_labels = [(x(d), _kort(d)) for d in uniek]
    return Lijngrafiek(titel=titel, reeksen=uit, y_labels=y_labels, x_labels=x_labels)


@dataclass(frozen=True)
class RadarAs:
    label: str
    x: float
    y: float
    lx: float
    ly: float
    anker: str


@dataclass(frozen=True)
class Radar:
    titel: str
    assen: list[RadarAs]
    ringen: list[str]
    vormen: list[Reeks] = field(default_factory=list)
    grootte: int = 360
    midden: float = 180.0

    @property
    def leeg(self) -> bool:
        return not self.vormen


def radar(
    titel: str, domeinen: list[tuple[str, str]], metingen: list[tuple[str, str, dict[str, int]]], max_niveau: int = 5
) -> Radar:
    """A spider chart: one axis per domain, one polygon per measurement; ``metingen`` is (name, class, scores)."""
    grootte, straal = 360, 120.0
    midden = grootte / 2
    n = len(domeinen)

    def hoek(i: int) -> float:
        return -math.pi / 2 + 2 * math.pi * i / n

    def punt(i: int, r: float) -> tuple[float, float]:
        return midden + r * math.cos(hoek(i)), midden + r * math.sin(hoek(i))

    assen = []
    for i, (_code, label) in enumerate(domeinen):
        x, y = punt(i, straal)
        lx, ly = punt(i, straal + 14)
        anker = "middle" if abs(lx - midden) < 10 else ("start" if lx > midden else "end")
        assen.append(RadarAs(str(label), x, y, lx, ly, anker))
    ringen = [
        " ".join("{:.1f},{:.1f}".format(*punt(i, straal * niveau / max_niveau)) for i in range(n))
        for niveau in range(1, max_niveau + 1)
    ]
    vormen = []
    for naam, klasse, scores in metingen:
        punten = []
        for i, (code, label) in enumerate(domeinen):
            niveau = scores.get(code)
            if niveau:
                x, y = punt(i, straal * niveau / max_niveau)
                punten.append(Punt(x, y, f"{naam}, {label}: {niveau}"))
        vormen.append(Reeks(naam=naam, klasse=klasse, punten=punten))
    return Radar(titel=titel, assen=assen, ringen=ringen, vormen=vormen)
