"""Score components and hard conditions, one behaviour per test."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regie.matching import Beperking, Gewichten, Gezelschap, Omgeving, Reismodus, Taalniveau, Tag, bouw_index
from regie.matching.index import plek_kenmerken, profiel_kenmerken
from regie.matching.scoring import (
    STANDAARD_GEWICHTEN,
    UITS_BEPERKING_SHIFT,
    UITS_DAGDEEL,
    UITS_STRAAL,
    UITS_TAAL,
    UITS_VOL,
    afstand_km,
    componenten,
)
from regie.matching.taxonomy import BEPERKING_BIT

from .conftest import LAT0, LON0, dagdelen, km_oost, plek, profiel


def _haversine(lat1, lon1, lat2, lon2):
    f1, f2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((f2 - f1) / 2) ** 2 + math.cos(f1) * math.cos(f2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _comp(p, q, tekst=0):
    return componenten(
        profiel_kenmerken([p]), plek_kenmerken([q]), np.array([tekst], dtype=np.uint8), STANDAARD_GEWICHTEN
    )


@settings(max_examples=200, deadline=None)
@given(
    st.floats(50.5, 53.5), st.floats(3.3, 7.2), st.floats(-0.5, 0.5), st.floats(-0.8, 0.8)
)  # the Netherlands, and places up to ~60 km away
def test_distance_matches_reference_haversine(lat, lon, dlat, dlon):
    p, q = profiel(lat=lat, lon=lon, straal_km=100), plek(lat=lat + dlat, lon=lon + dlon)
    verwacht = _haversine(lat, lon, lat + dlat, lon + dlon)
    gemeten = float(afstand_km(profiel_kenmerken([p]), plek_kenmerken([q]))[0])
    assert gemeten == pytest.approx(verwacht, abs=0.002, rel=1e-4)


def test_components_lie_in_unit_interval_and_total_is_weighted_sum():
    p = profiel(tags=frozenset({Tag.KOKEN, Tag.SPORT}), gezelschap=Gezelschap.SAMEN, omgeving=Omgeving.BUITEN)
    q = plek(tags=frozenset({Tag.KOKEN}), gezelschap=Gezelschap.ALLEEN, lon=km_oost(3.0))
    c = _comp(p, q, tekst=128)
    delen = [float(getattr(c, n)[0]) for n in ("interesse", "tekst", "beschikbaarheid", "afstand", "wensen")]
    assert all(0.0 <= d <= 1.0 for d in delen)
    g = STANDAARD_GEWICHTEN
    gewogen = sum(
        w * d for w, d in zip((g.interesse, g.tekst, g.beschikbaarheid, g.afstand, g.wensen), delen, strict=True)
    )
    assert float(c.totaal[0]) == pytest.approx(gewogen, abs=1e-6)


def test_interest_counts_shared_tags_up_to_two():
    q = plek(tags=frozenset({Tag.KOKEN, Tag.GASTVRIJHEID, Tag.WINKEL}))
    geen = _comp(profiel(tags=frozenset({Tag.SPORT})), q)
    een = _comp(profiel(tags=frozenset({Tag.KOKEN, Tag.SPORT})), q)
    twee = _comp(profiel(tags=frozenset({Tag.KOKEN, Tag.GASTVRIJHEID, Tag.SPORT})), q)
    alles_wat_er_is = _comp(profiel(tags=frozenset({Tag.KOKEN})), q)
    assert float(geen.interesse[0]) == 0.0
    assert float(een.interesse[0]) == 0.5
    assert float(twee.interesse[0]) == 1.0
    assert float(alles_wat_er_is.interesse[0]) == 1.0


def test_distance_score_falls_from_door_to_comfortable_distance_to_radius():
    def score(km):
        return float(_comp(profiel(straal_km=8.0), plek(lon=km_oost(km))).afstand[0])

    comfortabel = 4.0  # cycling
    assert score(0.0) == pytest.approx(1.0, abs=1e-3)
    assert score(comfortabel) == pytest.approx(0.5, abs=1e-3)
    assert score(6.0) == pytest.approx(0.25, abs=1e-3)
    assert score(1.0) > score(2.0) > score(5.0) > score(7.9)


def test_wishes_clash_only_on_opposite_choices():
    def wens(gp, gq, op, oq):
        return float(_comp(profiel(gezelschap=gp, omgeving=op), plek(gezelschap=gq, omgeving=oq)).wensen[0])

    assert wens(Gezelschap.SAMEN, Gezelschap.SAMEN, Omgeving.BUITEN, Omgeving.BEIDE) == 1.0
    assert wens(Gezelschap.SAMEN, Gezelschap.ALLEEN, Omgeving.BUITEN, Omgeving.BUITEN) == 0.5
    assert wens(Gezelschap.ALLEEN, Gezelschap.SAMEN, Omgeving.BINNEN, Omgeving.BUITEN) == 0.0
    assert wens(Gezelschap.BEIDE, Gezelschap.ALLEEN, Omgeving.BEIDE, Omgeving.BINNEN) == 1.0


def test_availability_needs_two_shared_day_parts_and_enough_hours():
    q = plek(dagdelen=dagdelen("di-ochtend", "do-ochtend", "vr-middag"), uren_per_week=4.0)
    twee = _comp(profiel(beschikbaar=dagdelen("di-ochtend", "do-ochtend"), uren_per_week=8.0), q)
    een = _comp(profiel(beschikbaar=dagdelen("di-ochtend", "ma-avond"), uren_per_week=8.0), q)
    weinig_uren = _comp(profiel(beschikbaar=dagdelen("di-ochtend", "do-ochtend"), uren_per_week=2.0), q)
    assert float(twee.beschikbaarheid[0]) == pytest.approx(1.0)
    assert float(een.beschikbaarheid[0]) == pytest.approx(0.35 + 0.3)
    assert float(weinig_uren.beschikbaarheid[0]) == pytest.approx(0.7 + 0.15)


@pytest.mark.parametrize(
    ("profiel_velden", "plek_velden", "bit"),
    [
        ({"straal_km": 2.0}, {"lon": km_oost(2.5)}, UITS_STRAAL),
        ({}, {"vrije_plekken": 0}, UITS_VOL),
        ({"taalniveau": Taalniveau.A2}, {"min_taalniveau": Taalniveau.B1}, UITS_TAAL),
        ({"beschikbaar": dagdelen("ma-avond")}, {}, UITS_DAGDEEL),
        (
            {"beperkingen": frozenset({Beperking.ROLSTOELTOEGANKELIJK_NODIG})},
            {"rolstoeltoegankelijk": False},
            BEPERKING_BIT[Beperking.ROLSTOELTOEGANKELIJK_NODIG] << UITS_BEPERKING_SHIFT,
        ),
        (
            {"beperkingen": frozenset({Beperking.GEEN_ZWAAR_TILLEN})},
            {"zwaar_tillen": True},
            BEPERKING_BIT[Beperking.GEEN_ZWAAR_TILLEN] << UITS_BEPERKING_SHIFT,
        ),
        (
            {"beperkingen": frozenset({Beperking.NIET_MET_DIEREN})},
            {"dieren_aanwezig": True},
            BEPERKING_BIT[Beperking.NIET_MET_DIEREN] << UITS_BEPERKING_SHIFT,
        ),
        (
            {"beperkingen": frozenset({Beperking.RUSTIGE_PLEK_NODIG})},
            {"rustig": False},
            BEPERKING_BIT[Beperking.RUSTIGE_PLEK_NODIG] << UITS_BEPERKING_SHIFT,
        ),
        (
            {"beperkingen": frozenset({Beperking.BEGELEIDING_NODIG})},
            {"begeleiding": False},
            BEPERKING_BIT[Beperking.BEGELEIDING_NODIG] << UITS_BEPERKING_SHIFT,
        ),
    ],
)
def test_each_hard_condition_excludes_the_pair_by_its_own_bit(profiel_velden, plek_velden, bit):
    assert int(_comp(profiel(**profiel_velden), plek(**plek_velden)).uitsluiting[0]) == bit


def test_a_pair_meeting_every_condition_is_not_excluded():
    p = profiel(beperkingen=frozenset(Beperking), taalniveau=Taalniveau.B1, straal_km=1.5)
    q = plek(rolstoeltoegankelijk=True, rustig=True, begeleiding=True, min_taalniveau=Taalniveau.B1)
    assert int(_comp(p, q).uitsluiting[0]) == 0


def test_block_and_pairwise_scoring_agree(encoder):
    plekken = [plek(f"P{j}", lon=km_oost(0.5 * j), tags=frozenset({list(Tag)[j]})) for j in range(6)]
    profielen = [profiel(f"I{i}", lat=LAT0 + 0.004 * i, lon=LON0, tags=frozenset({list(Tag)[i]})) for i in range(5)]
    pk, qk = profiel_kenmerken(profielen), plek_kenmerken(plekken)
    tekst = np.arange(30, dtype=np.uint8).reshape(5, 6) * 8
    blok = componenten(pk.als_kolom(), qk.als_rij(), tekst, STANDAARD_GEWICHTEN)
    rijen, kolommen = np.meshgrid(np.arange(5), np.arange(6), indexing="ij")
    paren = componenten(pk.kies(rijen.ravel()), qk.kies(kolommen.ravel()), tekst.ravel(), STANDAARD_GEWICHTEN)
    for naam in ("totaal", "afstand_km", "uitsluiting", "interesse"):
        assert np.array_equal(getattr(blok, naam).ravel(), getattr(paren, naam)), naam
    assert len(bouw_index(plekken, encoder)) == 6


def test_weights_must_sum_to_one_and_text_calibration_must_be_ordered():
    with pytest.raises(ValueError):
        Gewichten(interesse=0.5)
    with pytest.raises(ValueError):
        Gewichten(tekst_ondergrens=0.6, tekst_bovengrens=0.5)


def test_profile_rejects_impossible_values():
    with pytest.raises(ValueError):
        profiel(straal_km=0)
    with pytest.raises(ValueError):
        profiel(lat=120.0)
    with pytest.raises(ValueError):
        plek(vrije_plekken=-1)
    assert profiel(reismodus=Reismodus.LOPEN).reismodus is Reismodus.LOPEN
