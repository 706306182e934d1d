"""The app's stored codes are the engine's codes, so nothing is lost between the database and the engine."""

from regie import matching
from regie.apps.participatie import keuzes


def test_choices_mirror_engine_vocabularies():
    assert set(keuzes.Interesse.values) == {t.value for t in matching.Tag}
    assert set(keuzes.Beperking.values) == {b.value for b in matching.Beperking}
    assert set(keuzes.Reismodus.values) == {r.value for r in matching.Reismodus}
    assert set(keuzes.Gezelschap.values) == {g.value for g in matching.Gezelschap}
    assert set(keuzes.Omgeving.values) == {o.value for o in matching.Omgeving}
    assert {n.name: n.value for n in keuzes.Taalniveau} == {n.name: n.value for n in matching.Taalniveau}
    assert len(keuzes.DAGDEEL_KEUZES) == 21 and keuzes.DAGDEEL_KEUZES[4][0] == "dinsdagmiddag"
    # Written one way, as the engine and its match reasons write it.
    assert str(keuzes.DAGDEEL_KEUZES[4][1]) == "dinsdagmiddag"


def test_chosen_parts_of_day_are_listed_in_week_order_whatever_the_stored_order():
    from regie.apps.participatie.models import Plek

    plek = Plek(dagdelen=["zondagavond", "dinsdagochtend", "maandagmiddag", "donderdagochtend"])
    assert plek.dagdeel_labels == ["maandagmiddag", "dinsdagochtend", "donderdagochtend", "zondagavond"]
