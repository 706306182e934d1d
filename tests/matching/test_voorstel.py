"""The capacity-constrained proposal against an independent optimum (scipy's assignment on expanded slots)."""

import random
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from regie.matching import (
    Beperking,
    Gezelschap,
    HashEncoder,
    Omgeving,
    Reismodus,
    Taalniveau,
    Tag,
    beoordeel,
    bouw_index,
    maak_voorstel,
    uitkomst_per_groep,
)
from regie.matching.stroom import los_op, ondergrens, plaatsprijzen
from regie.matching.synthetic import genereer_plekken, genereer_profielen
from regie.matching.voorstel import niet_plaatsen_kosten

from .conftest import KM_LAT, LAT0, LON0, dagdelen, km_oost, plek, profiel

WOORDEN = ("koken", "fietsen", "tuinieren", "dieren", "muziek", "computers", "kinderen", "sport", "lezen")
DAGDELEN = ("ma-ochtend", "di-ochtend", "di-middag", "wo-middag", "do-ochtend", "vr-avond")


def _instantie(seed: int, n: int, m: int):
    rng = random.Random(seed)
    tags = list(Tag)
    plekken = [
        plek(
            f"P{j}",
            lat=LAT0 + rng.uniform(-3, 3) * KM_LAT,
            lon=km_oost(rng.uniform(-3, 3)),
            omschrijving=" en ".join(rng.sample(WOORDEN, 2)),
            tags=frozenset(rng.sample(tags, rng.randint(0, 2))),
            dagdelen=dagdelen(*rng.sample(DAGDELEN, rng.randint(1, 4))),
            uren_per_week=float(rng.choice((2, 4, 8))),
            vrije_plekken=rng.randint(0, 3),
            gezelschap=rng.choice(list(Gezelschap)),
            omgeving=rng.choice(list(Omgeving)),
            zwaar_tillen=rng.random() < 0.3,
            min_taalniveau=rng.choice((Taalniveau.A0, Taalniveau.A2, Taalniveau.B1)),
        )
        for j in range(m)
    ]
    profielen = [
        profiel(
            f"I{i}",
            lat=LAT0 + rng.uniform(-3, 3) * KM_LAT,
            lon=km_oost(rng.uniform(-3, 3)),
            reismodus=rng.choice(list(Reismodus)),
            straal_km=rng.uniform(1.0, 7.0),
            hobbys=tuple(rng.sample(WOORDEN, rng.randint(0, 2))),
            tags=frozenset(rng.sample(tags, rng.randint(0, 3))),
            beschikbaar=dagdelen(*rng.sample(DAGDELEN, rng.randint(1, 4))),
            uren_per_week=float(rng.choice((2, 4, 8))),
            gezelschap=rng.choice(list(Gezelschap)),
            beperkingen=frozenset({Beperking.GEEN_ZWAAR_TILLEN}) if rng.random() < 0.3 else frozenset(),
            taalniveau=rng.choice(list(Taalniveau)),
        )
        for i in range(n)
    ]
    return profielen, plekken


def _optimum(profielen, index, min_score):
    """Independent optimum: one-person scores (another code path), slots expanded, scipy's assignment."""
    u = niet_plaatsen_kosten(min_score)
    slots = [j for j, p in enumerate(index.plekken) for _ in range(p.vrije_plekken)]
    groot = 10**6
    kosten = np.full((len(profielen), len(slots) + len(profielen)), groot, dtype=np.int64)
    for i, p in enumerate(profielen):
        for j, q in enumerate(index.plekken):
            b = beoordeel(p, index, q.plek_id)
            if b.passend:
                kosten[i, [s for s, sj in enumerate(slots) if sj == j]] = round(1000 * (1 - b.score))
        kosten[i, len(slots) :] = u
    rijen, kolommen = linear_sum_assignment(kosten)
    return int(kosten[rijen, kolommen].sum())


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 14), st.integers(1, 6), st.sampled_from((0.3, 0.5, 0.7)))
def test_pruned_proposal_equals_the_independent_optimum(encoder_seed, n, m, min_score):
    profielen, plekken = _instantie(encoder_seed, n, m)
    index = bouw_index(plekken, HashEncoder(dimensie=16))
    optimum = _optimum(profielen, index, min_score)
    # top_k=1 prunes hardest: only pricing can make this optimal.
    voorstel = maak_voorstel(profielen, index, min_score=min_score, top_k=1, max_gap=0)
    assert voorstel.optimaliteit.kosten == optimum
    assert voorstel.optimaliteit.bewezen_optimaal
    assert maak_voorstel(profielen, index, min_score=min_score, volledig=True).optimaliteit.kosten == optimum


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6))
def test_certified_lower_bound_never_exceeds_the_optimum(seed):
    profielen, plekken = _instantie(seed, 14, 5)
    index = bouw_index(plekken, HashEncoder(dimensie=16))
    optimum = _optimum(profielen, index, 0.4)
    # One round, one arc per person: the bound has to hold without any pricing.
    kwaliteit = maak_voorstel(profielen, index, min_score=0.4, top_k=1, max_rondes=1).optimaliteit
    assert kwaliteit.ondergrens <= optimum <= kwaliteit.kosten
    assert 0.0 <= kwaliteit.gap <= 1.0


def test_reported_placements_add_up_to_the_reported_cost():
    profielen, plekken = _instantie(7, 40, 8)
    index = bouw_index(plekken, HashEncoder())
    voorstel = maak_voorstel(profielen, index, min_score=0.4)
    u = niet_plaatsen_kosten(0.4)
    totaal = sum(round(1000 * (1 - p.score)) if p.score is not None else u for p in voorstel.plaatsingen)
    assert totaal == voorstel.optimaliteit.kosten


def test_capacity_never_exceeded_and_assigned_pairs_meet_every_condition():
    plekken = genereer_plekken(60, seed=3)
    profielen = genereer_profielen(600, seed=3)
    index = bouw_index(plekken, HashEncoder())
    voorstel = maak_voorstel(profielen, index, top_k=2)
    bezetting = Counter(p.plek_id for p in voorstel.plaatsingen if p.plek_id is not None)
    capaciteit = {p.plek_id: p.vrije_plekken for p in plekken}
    assert bezetting and all(bezetting[k] <= capaciteit[k] for k in bezetting)
    assert [p.inwoner_id for p in voorstel.plaatsingen] == [p.inwoner_id for p in profielen]
    per_id = {p.inwoner_id: p for p in profielen}
    for plaatsing in voorstel.plaatsingen:
        if plaatsing.plek_id is not None:
            b = beoordeel(per_id[plaatsing.inwoner_id], index, plaatsing.plek_id)
            assert b.passend
            assert b.score == pytest.approx(plaatsing.score) and b.score > voorstel.min_score


def test_unassigned_cost_is_respected():
    index = bouw_index([plek("ver", lon=km_oost(4.5), vrije_plekken=5)], HashEncoder())
    p = profiel(straal_km=5.0)
    score = beoordeel(p, index, "ver").score
    net_niet = maak_voorstel([p], index, min_score=score + 0.01)
    net_wel = maak_voorstel([p], index, min_score=score - 0.01)
    assert net_niet.aantal_voorgesteld == 0
    assert net_niet.plaatsingen[0].toelichting.startswith("Geen plek voorgesteld: geen plek voldoet")
    assert net_wel.plaatsingen[0].plek_id == "ver"


def test_scarce_place_goes_where_it_adds_most_and_the_other_hears_why():
    goed = plek("goed", organisatie="Buurthuis Noord", lon=km_oost(1.0), vrije_plekken=1, omschrijving="koken")
    ok = plek("ok", organisatie="Wijkcentrum Zuid", lon=km_oost(-3.0), vrije_plekken=1, omschrijving="koken")
    index = bouw_index([goed, ok], HashEncoder())
    dichtbij = profiel("dichtbij", lon=LON0, straal_km=2.0, hobbys=("koken",))  # can only reach 'goed'
    mobiel = profiel("mobiel", lon=LON0, straal_km=8.0, hobbys=("koken",))
    voorstel = maak_voorstel([mobiel, dichtbij], index, min_score=0.2)
    plek_van = {p.inwoner_id: p.plek_id for p in voorstel.plaatsingen}
    assert plek_van == {"dichtbij": "goed", "mobiel": "ok"}
    toelichting = voorstel.plaatsingen[0].toelichting
    assert "Buurthuis Noord past nog iets beter" in toelichting
    assert voorstel.plaatsingen[1].toelichting.startswith("Dit is de plek die het best bij je past: ")


def test_full_places_leave_people_unplaced_with_a_reason():
    index = bouw_index([plek("een", vrije_plekken=1)], HashEncoder())
    voorstel = maak_voorstel([profiel("a"), profiel("b"), profiel("c")], index, min_score=0.2)
    assert voorstel.aantal_voorgesteld == 1
    zonder = [p for p in voorstel.plaatsingen if p.plek_id is None]
    assert len(zonder) == 2
    assert all("de 1 passende plekken zijn in dit voorstel al verdeeld" in p.toelichting for p in zonder)


def test_proposal_is_advice_and_deterministic():
    profielen, plekken = _instantie(11, 30, 6)
    index = bouw_index(plekken, HashEncoder())
    eerste = maak_voorstel(profielen, index)
    tweede = maak_voorstel(profielen, index)
    assert eerste.status == "voorstel"
    assert eerste.plaatsingen == tweede.plaatsingen
    assert all(p.toelichting for p in eerste.plaatsingen)


def test_empty_inputs_give_an_empty_proposal():
    index = bouw_index([plek()], HashEncoder())
    assert maak_voorstel([], index).plaatsingen == ()
    niemand = maak_voorstel([profiel()], bouw_index([], HashEncoder()))
    assert niemand.aantal_voorgesteld == 0


def test_place_prices_are_optimal_duals():
    rng = np.random.default_rng(5)
    n, m, u = 60, 7, 600
    capaciteit = rng.integers(1, 5, m).astype(np.int64)
    persoon = np.repeat(np.arange(n), 4).astype(np.int32)
    plek_ = np.concatenate([rng.choice(m, 4, replace=False) for _ in range(n)]).astype(np.int32)
    kosten = rng.integers(0, u, len(persoon)).astype(np.int32)
    toewijzing, totaal = los_op(n, capaciteit, persoon, plek_, kosten, u)
    v = plaatsprijzen(capaciteit, persoon, plek_, kosten, toewijzing, u)
    assert (v >= 0).all()
    assert (np.bincount(toewijzing[toewijzing >= 0], minlength=m) <= capaciteit).all()
    # Strong duality: the Lagrangian bound at these prices equals the optimal cost.
    assert ondergrens(n, capaciteit, persoon, plek_, kosten, v, u) == totaal


def test_outcomes_per_group_add_up_for_a_bias_review():
    profielen, plekken = _instantie(3, 40, 6)
    voorstel = maak_voorstel(profielen, bouw_index(plekken, HashEncoder()), min_score=0.3)
    groepen = uitkomst_per_groep(voorstel, profielen, lambda p: p.taalniveau.name)
    assert sum(g.aantal for g in groepen) == 40
    assert sum(g.voorgesteld for g in groepen) == voorstel.aantal_voorgesteld
    assert [g.groep for g in groepen] == sorted(g.groep for g in groepen)
    assert all(0.0 <= g.aandeel_voorgesteld <= 1.0 for g in groepen)
