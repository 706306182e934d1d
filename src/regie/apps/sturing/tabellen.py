"""The indicators as tables (the numbers behind every chart), with small groups suppressed, and as SVG bars.

Suppression follows the rule of the team trends: a figure about fewer than ``MIN_GROEP`` inwoners is not shown
("te weinig gegevens"), so no chart or download points at one person. Zero is shown: it describes no one.
"""

import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MIN_GROEP = 5
VERBORGEN = "<5"

TREDEN = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6"}


def onderdruk(aantal):
    if aantal is None:
        return None
    return VERBORGEN if 0 < aantal < MIN_GROEP else aantal


@dataclass
class Tabel:
    naam: str
    titel: str
    kolommen: list[str]
    rijen: list[list] = field(default_factory=list)
    staaf: int | None = 1  # the column drawn as bars; None: table only

    def balken(self) -> list[dict]:
        """Horizontal bars for the SVG: position and width as attributes (no inline styles under the CSP)."""
        if self.staaf is None:
            return []
        waarden = [r[self.staaf] if isinstance(r[self.staaf], int | float) else 0 for r in self.rijen]
        grootste = max(waarden, default=0) or 1
        return [
            {
                "label": str(r[0]),
                "waarde": r[self.staaf],
                "y": i * 28,
                "tekst_y": i * 28 + 15,
                "breedte": round(300 * w / grootste, 1),
                "waarde_x": 170 + round(300 * w / grootste, 1) + 6,
            }
            for i, (r, w) in enumerate(zip(self.rijen, waarden, strict=True))
        ]

    @property
    def hoogte(self) -> int:
        return max(len(self.rijen), 1) * 28

    def als_csv(self) -> str:
        uit = io.StringIO()
        schrijver = csv.writer(uit, delimiter=";")
        schrijver.writerow(self.kolommen)
        schrijver.writerows(self.rijen)
        return uit.getvalue()


def _pct(deel, geheel):
    return f"{round(100 * deel / geheel)}%" if geheel and geheel >= MIN_GROEP else "—"


def tabellen(g: dict) -> dict[str, Tabel]:
    t = {}
    t["caseload"] = Tabel(
        "caseload",
        _("Caseload per klantmanager"),
        [_("Klantmanager"), _("Inwoners")],
        [[r["klantmanager"], onderdruk(r["aantal"])] for r in g["caseload"]],
    )
    t["treden"] = Tabel(
        "treden",
        _("Inwoners per trede van de participatieladder"),
        [_("Trede"), _("Inwoners")],
        [
            [_("Trede %(n)s") % {"n": k}, onderdruk(v)]
            for k, v in sorted(g["treden"].items(), key=lambda kv: int(kv[0]))
        ],
    )
    t["uitkeringsduur"] = Tabel(
        "uitkeringsduur",
        _("Duur van de lopende uitkering"),
        [_("Duur"), _("Inwoners")],
        [[k, onderdruk(v)] for k, v in g["uitkeringsduur"].items()],
    )
    t["uitstroom"] = Tabel(
        "uitstroom",
        _("Uitstroom per jaar en reden"),
        [_("Jaar en reden"), _("Beëindigde uitkeringen")],
        [[f"{r['jaar']} {r['reden']}", onderdruk(r["aantal"])] for r in g["uitstroom"]],
    )
    labels = {
        "intake": _("Instroom (nieuwe uitkering)"),
        "plaatsing": _("Daarna een plaatsing gestart"),
        "werk": _("Uitgestroomd naar werk"),
        "duurzaam": _("Na 12 maanden nog uit de uitkering"),
    }
    t["trechter"] = Tabel(
        "trechter",
        _("Van intake naar duurzaam werk"),
        [_("Stap"), _("Inwoners")],
        [[labels[r["stap"]], onderdruk(r["aantal"])] for r in g["trechter"]],
    )
    t["tijd_en_resultaat"] = Tabel(
        "tijd_en_resultaat",
        _("Tijd en resultaat: contacttijd in de periode en uitkomst"),
        [_("Contacttijd"), _("Inwoners"), _("Trede omhoog"), _("Naar werk"), _("Aandeel trede omhoog")],
        [
            [
                r["klasse"],
                onderdruk(r["inwoners"]),
                onderdruk(r["omhoog"]),
                onderdruk(r["werk"]),
                _pct(r["omhoog"], r["inwoners"]),
            ]
            for r in g["tijd_en_resultaat"]
        ],
        staaf=1,
    )
    c, d, tv, ls = g["contacttijd"], g["duurzame_uitstroom"], g["terugval"], g["ladderstappen"]
    doel, pl, om = g["doelen"], g["plaatsingen"], g["ontheffingen_en_maatregelen"]
    t["kerncijfers"] = Tabel(
        "kerncijfers",
        _("Kerncijfers van de periode"),
        [_("Indicator"), _("Waarde")],
        [
            [_("Contactminuten"), c["minuten"]],
            [_("Inwoners met contact"), onderdruk(c["inwoners"])],
            [_("Contactminuten per inwoner"), c["minuten_per_inwoner"] if c["inwoners"] >= MIN_GROEP else "—"],
            [_("Contacten per inwoner"), c["contacten_per_inwoner"] if c["inwoners"] >= MIN_GROEP else "—"],
            [_("Uitstroom naar werk"), onderdruk(d["naar_werk"])],
            [_("Na 6 maanden nog uit de uitkering"), f"{onderdruk(d['duurzaam_6'])} / {onderdruk(d['gevolgd_6'])}"],
            [_("Na 12 maanden nog uit de uitkering"), f"{onderdruk(d['duurzaam_12'])} / {onderdruk(d['gevolgd_12'])}"],
            [
                _("Binnen 12 maanden terug in de uitkering"),
                f"{onderdruk(tv['terug'])} / {onderdruk(tv['uitgestroomd'])}",
            ],
            [_("Gemeten op de ladder"), onderdruk(ls["gemeten"])],
            [_("Trede omhoog"), onderdruk(ls["omhoog"])],
            [_("Trede omlaag"), onderdruk(ls["omlaag"])],
            [_("Doelen afgesloten"), onderdruk(doel["afgesloten"])],
            [_("Doelen bereikt"), onderdruk(doel["bereikt"])],
            [_("Plaatsingen gestart"), onderdruk(pl["gestart"])],
            *[[_("Plaatsing beëindigd: %(r)s") % {"r": k}, onderdruk(v)] for k, v in pl["geeindigd"].items()],
            *[[_("Ontheffing: %(r)s") % {"r": k}, onderdruk(v)] for k, v in om["ontheffingen"].items()],
            *[[_("Maatregel: %(r)s") % {"r": k}, onderdruk(v)] for k, v in om["maatregelen"].items()],
        ],
        staaf=None,
    )
    t["zelfredzaamheid"] = Tabel(
        "zelfredzaamheid",
        _("Zelfredzaamheid per leefgebied (gemiddeld niveau 1–5)"),
        [_("Leefgebied"), _("Gemiddeld niveau"), _("Metingen")],
        [
            [r["domein"], r["gemiddeld"] if r["metingen"] >= MIN_GROEP else "—", onderdruk(r["metingen"])]
            for r in g["zelfredzaamheid"]
        ],
    )
    return t
