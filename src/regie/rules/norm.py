"""Which norm applies (art. 20, 21, 22, 22a, 23) and the extra youth norm (art. 20 lid 3 and 4).

Pure functions over a small :class:`Huishouden` summary, so the cap of art. 20 lid 4 can reuse the same rules with
the young people treated as 21.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from .geld import deel, rond
from .model import Leeftijdsgroep
from .normen import NormTabel

# Plain str values of the enum (cheaper to compare and hash per case than the members themselves).
JONG = Leeftijdsgroep.JONG.value
VOLWASSEN = Leeftijdsgroep.VOLWASSEN.value
AOW = Leeftijdsgroep.AOW.value
MINDERJARIG = Leeftijdsgroep.MINDERJARIG.value  # only for a partner: no right of their own (art. 13 lid 1 f)
ZONDER_RECHT = Leeftijdsgroep.ZONDER_RECHT.value  # only for a partner excluded by art. 13 (detention, abroad, ...)

ARTIKELEN = {
    "20.1a": "art. 20 lid 1 onderdeel a",
    "20.1b": "art. 20 lid 1 onderdeel b",
    "20.1c": "art. 20 lid 1 onderdeel c",
    "20.2a": "art. 20 lid 2 onderdeel a",
    "20.2b": "art. 20 lid 2 onderdeel b",
    "20.2c": "art. 20 lid 2 onderdeel c",
    "20.3": "art. 20 lid 3",
    "21a": "art. 21 onderdeel a",
    "21b": "art. 21 onderdeel b",
    "22a": "art. 22 onderdeel a",
    "22b": "art. 22 onderdeel b",
    "22c": "art. 22 onderdeel c",
    "22a.3a": "art. 22a lid 3 onderdeel a",
    "22a.3b": "art. 22a lid 3 onderdeel b",
    "23a": "art. 23 lid 1 onderdeel a",
    "23b": "art. 23 lid 1 onderdeel b",
    "23.2a": "art. 23 lid 2",
    "23.2b": "art. 23 lid 2",
}


@dataclass(slots=True)  # internal; not frozen: a frozen __init__ costs about four times as much per case
class Huishouden:
    """What the norm depends on, already derived from the case for one peildatum."""

    leefvorm: str  # "alleenstaande", "alleenstaande_ouder" or "gehuwden"
    groep_aanvrager: str  # JONG, VOLWASSEN or AOW
    groep_partner: str | None
    kinderen_ten_laste: int  # children under 18 (art. 4)
    kostendelende_medebewoners: int

    @property
    def met_kinderen(self) -> bool:
        return self.kinderen_ten_laste > 0


@dataclass(slots=True)  # internal, see Huishouden
class NormUitkomst:
    bedrag: Decimal
    categorie: str
    artikel: str
    kostendelers: int  # A of art. 22a, or 1 when the kostendelersnorm does not apply
    berekening: str  # the arithmetic, for the technical sentence
    art20: bool  # the norm is one of art. 20 lid 1 or 2, so lid 3 (extra youth norm) may add to it
    # Art. 22a lid 3: (kostendelersnorm of the spouse of 21+, fixed amount for the spouse of 18-20); else empty.
    delen: tuple[Decimal, ...] = ()


def kostendelersnorm(basis: Decimal, a: int) -> Decimal:
    """Art. 22a lid 1: ((40 + A x 30) / (A x 100)) x B, computed exactly and rounded once."""
    return rond(deel(basis * (40 + 30 * a), 100 * a))


def _formule(basis_sleutel: str, basis: Decimal, a: int, uitkomst: Decimal) -> str:
    return f"(40 + {a} × 30) / ({a} × 100) × {basis!s} (B = {ARTIKELEN[basis_sleutel]}) = {uitkomst!s}"


def _vast(tabel: NormTabel, sleutel: str, categorie: str, art20: bool = False) -> NormUitkomst:
    bedrag = tabel.normen[sleutel]
    return NormUitkomst(bedrag, categorie, ARTIKELEN[sleutel], 1, f"{ARTIKELEN[sleutel]}: {bedrag!s}", art20)


def _alleenstaand(tabel: NormTabel, h: Huishouden) -> NormUitkomst:
    ouder = h.leefvorm == "alleenstaande_ouder"
    categorie = f"{h.leefvorm}_{h.groep_aanvrager}"
    if h.groep_aanvrager == JONG:
        # Art. 22a only covers people of 21 and older: medebewoners do not lower a youth norm.
        return _vast(tabel, "20.2a" if ouder else "20.1a", categorie, art20=True)
    aow = h.groep_aanvrager == AOW
    if h.kostendelende_medebewoners == 0:
        return _vast(tabel, "22a" if aow else "21a", categorie)
    a = h.kostendelende_medebewoners + 1
    basis_sleutel = "22b" if aow else "21b"
    bedrag = kostendelersnorm(tabel.normen[basis_sleutel], a)
    berekening = "art. 22a lid 1: " + _formule(basis_sleutel, tabel.normen[basis_sleutel], a, bedrag)
    return NormUitkomst(bedrag, categorie, f"art. 22a lid 1 (B = {ARTIKELEN[basis_sleutel]})", a, berekening, False)


def _echtgenoot_zonder_recht(tabel: NormTabel, h: Huishouden) -> NormUitkomst:
    """Art. 24: the partner has no right of their own; the other spouse gets 50% of the gehuwdennorm.

    The gehuwdennorm is the one for the entitled spouse's age group: art. 21 b (21 to AOW age), art. 22 c (one spouse
    at AOW age) or, for an entitled spouse of 18 to 20, art. 20 lid 1 b or lid 2 b. With kostendelers art. 22a takes
    over: A counts the entitled spouse and the kostendelers, not the partner without a right (see docs/berekening.md).
    """
    eigen = h.groep_aanvrager
    kinderen = "_met_kinderen" if h.met_kinderen else ""
    categorie = f"gehuwden_partner_zonder_recht{kinderen}"
    k = h.kostendelende_medebewoners
    if k and eigen != JONG:
        a = k + 1
        basis_sleutel = "22b" if eigen == AOW else "21b"
        bedrag = kostendelersnorm(tabel.normen[basis_sleutel], a)
        berekening = "art. 22a lid 1 (echtgenoot zonder recht telt niet mee): " + _formule(
            basis_sleutel, tabel.normen[basis_sleutel], a, bedrag
        )
        return NormUitkomst(bedrag, categorie, f"art. 22a lid 1 (B = {ARTIKELEN[basis_sleutel]})", a, berekening, False)
    basis_sleutel = {JONG: "20.2b" if h.met_kinderen else "20.1b", AOW: "22c"}.get(eigen, "21b")
    basis = tabel.normen[basis_sleutel]
    bedrag = rond(deel(basis * 50, 100))
    berekening = f"art. 24: 50% × {basis!s} ({ARTIKELEN[basis_sleutel]}) = {bedrag!s}"
    return NormUitkomst(bedrag, categorie, "art. 24", 1, berekening, False)


def _gehuwd(tabel: NormTabel, h: Huishouden) -> NormUitkomst:
    groepen = (h.groep_aanvrager, h.groep_partner)
    if h.groep_partner in (MINDERJARIG, ZONDER_RECHT):
        return _echtgenoot_zonder_recht(tabel, h)
    kinderen = "_met_kinderen" if h.met_kinderen else ""
    k = h.kostendelende_medebewoners
    if groepen == (JONG, JONG):
        return _vast(tabel, "20.2b" if h.met_kinderen else "20.1b", f"gehuwden_18_20{kinderen}", art20=True)
    if JONG in groepen:
        ouder = groepen[1] if groepen[0] == JONG else groepen[0]
        if k:
            # Art. 22a lid 3: the partner of 21+ gets the kostendelersnorm (A counts only spouses of 21+), plus a
            # fixed amount for the young partner.
            a = k + 1
            basis_sleutel = "22b" if ouder == AOW else "21b"
            eigen = kostendelersnorm(tabel.normen[basis_sleutel], a)
            jong_sleutel = "22a.3a" if h.met_kinderen else "22a.3b"
            toeslag = tabel.normen[jong_sleutel]
            bedrag = eigen + toeslag
            formule = _formule(basis_sleutel, tabel.normen[basis_sleutel], a, eigen)
            berekening = (
                f"art. 22a lid 1 voor de echtgenoot van 21+: {formule}; "
                f"{ARTIKELEN[jong_sleutel]}: {eigen!s} + {toeslag!s} = {bedrag!s}"
            )
            categorie = f"gehuwden_18_20_en_{'aow' if ouder == AOW else '21_plus'}{kinderen}"
            return NormUitkomst(bedrag, categorie, ARTIKELEN[jong_sleutel], a, berekening, False, (eigen, toeslag))
        if ouder == AOW:
            # Art. 22 covers every couple with a partner at AOW age; read as the more specific rule over art. 20.
            return _vast(tabel, "22c", f"gehuwden_18_20_en_aow{kinderen}")
        return _vast(tabel, "20.2c" if h.met_kinderen else "20.1c", f"gehuwden_18_20_en_21_plus{kinderen}", True)
    aantal_aow = groepen.count(AOW)
    categorie = ("gehuwden_21_tot_aow", "gehuwden_een_aow", "gehuwden_beiden_aow")[aantal_aow]
    if not k:
        return _vast(tabel, ("21b", "22c", "22b")[aantal_aow], categorie)
    a = k + 2
    delen = []
    bedrag = Decimal("0.00")
    for eigen, ander in (groepen, groepen[::-1]):
        # Art. 22a lid 1 B is chosen per spouse, from that spouse's point of view.
        basis_sleutel = "22b" if eigen == AOW else ("22c" if ander == AOW else "21b")
        deel_norm = kostendelersnorm(tabel.normen[basis_sleutel], a)
        delen.append(_formule(basis_sleutel, tabel.normen[basis_sleutel], a, deel_norm))
        bedrag += deel_norm
    berekening = f"art. 22a lid 1 per echtgenoot: {delen[0]}; {delen[1]}; lid 2: som = {bedrag!s}"
    return NormUitkomst(bedrag, categorie, "art. 22a lid 1 en 2", a, berekening, False)


def bepaal_norm(tabel: NormTabel, h: Huishouden) -> NormUitkomst:
    """The norm for a household at home (not in an institution)."""
    return _gehuwd(tabel, h) if h.leefvorm == "gehuwden" else _alleenstaand(tabel, h)


def inrichtingsnorm(tabel: NormTabel, gehuwd: bool) -> NormUitkomst:
    """Art. 23: the norm of lid 1 plus the raise of lid 2; replaces art. 20 to 22a for people in an institution."""
    sleutel, verhoging = ("23b", "23.2b") if gehuwd else ("23a", "23.2a")
    lid1 = tabel.normen[sleutel]
    lid2 = tabel.normen[verhoging]
    bedrag = lid1 + lid2
    berekening = f"{ARTIKELEN[sleutel]} {lid1!s} + art. 23 lid 2 {lid2!s} = {bedrag!s}"
    categorie = "inrichting_gehuwden" if gehuwd else "inrichting_alleenstaande"
    return NormUitkomst(bedrag, categorie, f"{ARTIKELEN[sleutel]} en lid 2", 1, berekening, False)


def een_echtgenoot_in_inrichting(tabel: NormTabel, h: Huishouden, thuis: str) -> NormUitkomst:
    """Art. 23 lid 3: one spouse in an institution; the norm is the sum of both spouses' norms as alleenstaande.

    "Indien een van de gehuwden in een inrichting verblijft, is de norm de som van de normen die voor ieder van hen
    als alleenstaande of alleenstaande ouder zouden gelden." The spouse inside gets the institution norm of lid 1 a
    plus lid 2 a; the spouse at home (age group ``thuis``) the norm of an alleenstaande, or of an alleenstaande ouder
    with the children, with the kostendelers of the home (art. 22a), as that spouse would get living alone there.
    """
    binnen = inrichtingsnorm(tabel, False)
    leefvorm = "alleenstaande_ouder" if h.met_kinderen else "alleenstaande"
    thuisnorm = _alleenstaand(
        tabel, Huishouden(leefvorm, thuis, None, h.kinderen_ten_laste, h.kostendelende_medebewoners)
    )
    bedrag = binnen.bedrag + thuisnorm.bedrag
    berekening = (
        f"art. 23 lid 3: in de inrichting {binnen.berekening}; thuis {thuisnorm.berekening}; "
        f"som {binnen.bedrag!s} + {thuisnorm.bedrag!s} = {bedrag!s}"
    )
    kinderen = "_met_kinderen" if h.met_kinderen else ""
    return NormUitkomst(
        bedrag, f"gehuwden_een_in_inrichting{kinderen}", "art. 23 lid 3", thuisnorm.kostendelers, berekening, False,
        (binnen.bedrag, thuisnorm.bedrag),
    )  # fmt: skip


@dataclass(slots=True)  # internal, see Huishouden
class JongerenExtra:
    extra: Decimal  # the raw addition of lid 3 (per young person)
    plafond: Decimal  # lid 4: the norm the household would get if the young people were 21
    totaal: Decimal
    jongeren: int
    plafond_berekening: str


def jongeren_extra(tabel: NormTabel, h: Huishouden, basis: NormUitkomst) -> JongerenExtra | None:
    """Art. 20 lid 3 and 4 (from 2026): an extra norm per young person whose parents cannot provide, capped.

    Lid 4 caps the total at the norm "for 21 and older"; Regie reads that as the norm this same household would get if
    its young members were 21, kostendelers included, so the extra can never lift a young person above an older one.
    """
    extra = tabel.normen.get("20.3")
    if extra is None or not basis.art20:
        return None
    jongeren = (h.groep_aanvrager == JONG) + (h.groep_partner == JONG)
    als_21 = replace(
        h,
        groep_aanvrager=VOLWASSEN if h.groep_aanvrager == JONG else h.groep_aanvrager,
        groep_partner=VOLWASSEN if h.groep_partner == JONG else h.groep_partner,
    )
    plafond = bepaal_norm(tabel, als_21)
    totaal = max(basis.bedrag, min(basis.bedrag + extra * jongeren, plafond.bedrag))
    return JongerenExtra(extra, plafond.bedrag, totaal, jongeren, plafond.berekening)
