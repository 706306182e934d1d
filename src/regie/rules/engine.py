"""``bereken``: one case in, one explained result out: decide every rule first (``besluit``), then explain.

The order of the steps is the order of the calculation.
"""

from __future__ import annotations

from . import stappen
from .besluit import Besluit, beslis
from .controle import in_orde, problemen
from .geld import NUL
from .invoer import InvoerFout
from .model import (
    INKOMEN_VAN,
    Casus,
    Resultaat,
    Stap,
)
from .normen import NormenBoek, NormenFout, standaard_normen

ENGINE_VERSION = "1.1.0"

_VAN = INKOMEN_VAN
_VAN_ZONDER = ("aanvrager",)


def bereken(
    casus: Casus, normen: NormenBoek | None = None, *, toelichting: bool = True, voorlopig: bool = False
) -> Resultaat:
    """Calculate the right to and the amount of general assistance for ``casus`` on its peildatum.

    ``normen`` defaults to the tables shipped in ``data/normen.toml``. ``toelichting=False`` skips writing the
    explanation (same amounts, empty ``toelichting``) for bulk recalculation. Raises :class:`InvoerFout` for a case
    the engine cannot judge (a peildatum before the first table, or past the known tables without ``voorlopig``, a
    birth date after the peildatum). Every other outcome, "no right" included, is a :class:`Resultaat`.

    ``voorlopig=True`` asks explicitly for a provisional calculation past the known tables: it uses the last table and
    the result says ``voorlopig`` in its field and in its first explanation step.

    First every rule is decided (:func:`besluit.beslis`), then the decisions are put into words (:func:`leg_uit`).
    """
    _controleer(casus)
    peil = casus.peildatum
    boek = normen if normen is not None else standaard_normen()
    try:
        tabel = boek.tabel_voor(peil, voorlopig=voorlopig)
    except NormenFout as fout:
        raise InvoerFout([("peildatum", str(fout).removeprefix("peildatum: "))]) from None
    b = beslis(casus, boek, tabel, peil >= boek.bekend_tot, toelichting)
    uitleg = leg_uit(b) if toelichting else ()
    if b.geen_recht is not None:
        return _geen_recht(b, uitleg)
    assert b.norm is not None and b.vermogen is not None and b.inkomen is not None
    return Resultaat(
        peildatum=peil,
        normtabel=tabel.ingangsdatum,
        recht=not b.redenen,
        redenen=tuple(b.redenen),
        normcategorie=b.norm.categorie,
        artikel=b.norm.artikel,
        kostendelers=b.norm.kostendelers,
        norm=b.normbedrag,
        vermogen_telt=b.vermogen.telt,
        vermogensgrens=b.vermogen.grens,
        bijstand_als_lening=b.vermogen.lening and not b.redenen,
        inkomen_telt=b.inkomen.telt,
        uitkering=b.uitkering,
        vakantietoeslag_deel=b.vakantietoeslag,
        toelichting=uitleg,
        engine_version=ENGINE_VERSION,
        voorlopig=b.voorlopig,
        verlaging=b.verlaging,
        uitkering_deze_maand=b.deze_maand,
    )


def leg_uit(b: Besluit) -> tuple[Stap, ...]:
    """The explanation of the decisions in ``b``, step by step in the order of the calculation."""
    casus, tabel, h = b.casus, b.tabel, b.h
    peil = casus.peildatum
    uit: list[Stap] = []
    if b.voorlopig:
        uit.append(stappen.voorlopig(peil, tabel, b.boek.bekend_tot))
    aow = b.boek.aow_leeftijd(peil.year)
    uit.append(
        stappen.leefsituatie(
            casus, tabel, h, b.jaren_a, b.jaren_p, len(casus.kinderen), aow.jaren, aow.maanden, b.inrichting
        )
    )
    if b.geen_recht is not None:
        uit.append(stappen.geen_recht(b.geen_recht))
        return tuple(uit)
    assert b.norm is not None and b.vermogen is not None and b.inkomen is not None
    if casus.medebewoners and b.inrichting != "alle":
        uit.append(stappen.kostendelers(b.wel, b.niet, tabel.kostendeler_minimumleeftijd, h))
    uit.append(stappen.norm(b.norm, len(b.wel), tabel))
    if b.extra_gevraagd:
        uit.append(stappen.jongerennorm(tabel, h, b.norm, b.extra))
    if b.vermogen.stap is not None:
        uit.append(b.vermogen.stap)
    uit.extend(b.inkomen.stappen)
    uit.append(stappen.uitkering(b.normbedrag, b.inkomen.telt, b.voor_maatregel, b.redenen))
    if b.verlaging and casus.maatregel is not None:
        uit.append(stappen.maatregel(casus.maatregel, b.normbedrag, b.voor_maatregel, b.verlaging))
    if b.uitkering:
        herhaalt = not b.inkomen.telt and not b.verlaging
        uit.append(
            stappen.vakantietoeslag(b.uitkering, b.vakantietoeslag, tabel.vakantietoeslag_procent, herhaalt=herhaalt)
        )
    if b.deze_maand is not None:
        uit.append(
            stappen.deel_van_de_maand(
                peil, casus.recht_vanaf, casus.recht_tot, b.uitkering, b.dagen, b.in_maand, b.deze_maand
            )
        )
    return tuple(uit)


def _controleer(casus: Casus) -> None:
    """The same check as ``case_from_dict`` runs (:mod:`controle`), for cases built directly in Python."""
    if not in_orde(casus):
        raise InvoerFout(problemen(casus))


def _geen_recht(b: Besluit, uitleg: tuple[Stap, ...]) -> Resultaat:
    reden = b.geen_recht
    assert reden is not None
    return Resultaat(
        peildatum=b.casus.peildatum,
        normtabel=b.tabel.ingangsdatum,
        recht=False,
        redenen=(reden,),
        normcategorie="geen",
        artikel=reden.artikel,
        kostendelers=1,
        norm=NUL,
        vermogen_telt=NUL,
        vermogensgrens=NUL,
        bijstand_als_lening=False,
        inkomen_telt=NUL,
        uitkering=NUL,
        vakantietoeslag_deel=NUL,
        toelichting=uitleg,
        engine_version=ENGINE_VERSION,
        voorlopig=b.voorlopig,
        verlaging=NUL,
        uitkering_deze_maand=None,
    )
