"""Properties that must hold for every case: the benefit is never negative, never above the norm, never rises with
income. Cases are generated, so the expectations are relations between results, not amounts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regie.rules import (
    Casus,
    Inkomen,
    Kind,
    Medebewoner,
    Persoon,
    Vermogensbestanddeel,
    bereken,
    result_to_dict,
)
from regie.rules.datums import leeftijd

INSTELLINGEN = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
bedragen = st.decimals(min_value=0, max_value=6000, places=2, allow_nan=False, allow_infinity=False)
peildata = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 6, 30))  # the known norm tables


@st.composite
def casussen(draw: st.DrawFn) -> Casus:
    peil = draw(peildata)
    geboren = st.dates(min_value=date(1935, 1, 1), max_value=peil)
    volwassen = st.dates(min_value=date(1935, 1, 1), max_value=peil - timedelta(days=366 * 18 + 1))
    partner = draw(st.none() | st.builds(Persoon, volwassen, st.booleans()))
    inkomsten = draw(
        st.lists(
            st.builds(
                Inkomen,
                soort=st.sampled_from(["arbeid", "arbeid", "uitkering", "alimentatie", "overig"]),
                netto_per_maand=bedragen,
                vrijlating_sinds=st.none() | st.dates(min_value=date(2021, 1, 1), max_value=date(2027, 12, 31)),
                van=st.just("aanvrager") if partner is None else st.sampled_from(["aanvrager", "partner"]),
            ),
            max_size=3,
        )
    )
    aanvrager = Persoon(draw(st.dates(min_value=date(1935, 1, 1), max_value=peil)))
    # A child is younger than at least one of its parents (a child older than both is refused as input).
    jongste_ouder = max(p.geboortedatum for p in (aanvrager, partner) if p is not None)
    kind_geboren = st.dates(min_value=min(jongste_ouder + timedelta(days=1), peil), max_value=peil)
    kinderen = [] if jongste_ouder >= peil else draw(st.lists(st.builds(Kind, kind_geboren), max_size=3))
    return Casus(
        peildatum=peil,
        aanvrager=aanvrager,
        partner=partner,
        kinderen=tuple(kinderen),
        medebewoners=tuple(
            draw(
                st.lists(
                    st.builds(
                        Medebewoner, geboren, st.sampled_from(["familie", "commerciele_huurder", "student", "overig"])
                    ),
                    max_size=4,
                )
            )
        ),
        in_inrichting=draw(st.booleans()),
        ouders_kunnen_niet_bijdragen=draw(st.booleans()),
        vermogen=tuple(
            draw(
                st.lists(
                    st.builds(
                        Vermogensbestanddeel,
                        st.sampled_from(["bank", "contant", "voertuig", "eigen_woning", "overig"]),
                        st.decimals(min_value=0, max_value=100000, places=2),
                    ),
                    max_size=2,
                )
            )
        ),
        inkomsten=tuple(inkomsten),
        medisch_urenbeperkt=draw(st.booleans()),
        giften_per_jaar=draw(st.decimals(min_value=0, max_value=5000, places=2)),
    )


def _geldig(casus: Casus) -> bool:
    return casus.partner is None or leeftijd(casus.partner.geboortedatum, casus.peildatum) >= 18


@INSTELLINGEN
@given(casussen())
def test_uitkering_nooit_negatief_en_nooit_boven_de_norm(casus: Casus) -> None:
    if not _geldig(casus):
        return
    r = bereken(casus)
    assert Decimal("0.00") <= r.uitkering <= r.norm
    assert r.uitkering == r.uitkering.quantize(Decimal("0.01"))
    assert Decimal("0.00") <= r.vakantietoeslag_deel <= r.uitkering
    assert r.recht == (r.uitkering > 0)
    assert r.recht or r.redenen
    assert r.kostendelers >= 1


@INSTELLINGEN
@given(casussen(), st.integers(min_value=0, max_value=2), bedragen.filter(lambda d: d > 0))
def test_meer_inkomen_geeft_nooit_meer_bijstand(casus: Casus, index: int, extra: Decimal) -> None:
    if not _geldig(casus):
        return
    voor = bereken(casus)
    if casus.inkomsten:
        i = index % len(casus.inkomsten)
        meer = casus.inkomsten[i]
        nieuwe = list(casus.inkomsten)
        nieuwe[i] = replace(meer, netto_per_maand=meer.netto_per_maand + extra)
        na = bereken(replace(casus, inkomsten=tuple(nieuwe)))
    else:
        na = bereken(replace(casus, inkomsten=(Inkomen("arbeid", extra, casus.peildatum),)))
    assert na.uitkering <= voor.uitkering
    assert na.inkomen_telt >= voor.inkomen_telt


@INSTELLINGEN
@given(casussen(), bedragen)
def test_meer_giften_geven_nooit_meer_bijstand(casus: Casus, extra: Decimal) -> None:
    if not _geldig(casus):
        return
    meer = replace(casus, giften_per_jaar=casus.giften_per_jaar + extra)
    assert bereken(meer).uitkering <= bereken(casus).uitkering


@settings(max_examples=100, deadline=None)
@given(casussen())
def test_zonder_toelichting_dezelfde_bedragen(casus: Casus) -> None:
    if not _geldig(casus):
        return
    met, zonder = bereken(casus), bereken(casus, toelichting=False)
    assert zonder.toelichting == () and met.toelichting
    assert replace(met, toelichting=()) == zonder


@settings(max_examples=60, deadline=None)
@given(casussen())
def test_resultaat_is_json_met_bedragen_als_tekst(casus: Casus) -> None:
    if not _geldig(casus):
        return
    uit = json.loads(json.dumps(result_to_dict(bereken(casus)), ensure_ascii=False))
    for sleutel in ("norm", "vermogen_telt", "vermogensgrens", "inkomen_telt", "uitkering", "vakantietoeslag_deel"):
        assert Decimal(uit[sleutel]) == Decimal(uit[sleutel]).quantize(Decimal("0.01"))
    assert uit["toelichting"][0]["code"] == "leefsituatie"
