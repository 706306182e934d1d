"""Placements: proposed → kennismaking → gestart → geëvalueerd or beëindigd, and a capacity that is never exceeded."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from regie.apps.participatie import selectors, services
from regie.apps.participatie.models import Plaatsing, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def inwoner(maak_inwoner, klantmanager, krachtcoach, maak_profiel, postcode):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach, voornamen="Ahmed")
    maak_profiel(inwoner)
    return inwoner


def _url(inwoner, pad=""):
    return f"/caseload/inwoners/{inwoner.pk}/participatie/{pad}"


def test_whole_flow_through_the_pages(inwoner, krachtcoach, inloggen, maak_plek):
    plek = maak_plek()
    client = inloggen(krachtcoach)
    pagina = client.get(_url(inwoner)).content.decode()
    assert "past bij je hobby fietsen repareren" in pagina and "dinsdag- en donderdagochtend" in pagina

    client.post(_url(inwoner, f"voorstellen/{plek.pk}/"))
    plaatsing = Plaatsing.objects.get()
    assert plaatsing.status == Status.VOORGESTELD and plaatsing.voorgesteld_door == krachtcoach
    assert plaatsing.uren_per_week == Decimal("4") and "fietsen repareren" in plaatsing.uitleg and plaatsing.score > 0.5

    client.post(_url(inwoner, f"plaatsingen/{plaatsing.pk}/kennismaking/"), {"kennismaking-datum": "2026-03-03"})
    client.post(_url(inwoner, f"plaatsingen/{plaatsing.pk}/start/"), {"start-datum": "2026-03-10"})
    plaatsing.refresh_from_db()
    assert (plaatsing.status, plaatsing.kennismaking_op, plaatsing.gestart_op) == (
        Status.GESTART,
        date(2026, 3, 3),
        date(2026, 3, 10),
    )
    pagina = client.get(_url(inwoner)).content.decode()
    assert "<strong>4 uur per week</strong>" in pagina  # counts towards the tegenprestatie

    response = client.post(
        _url(inwoner, f"plaatsingen/{plaatsing.pk}/beeindig/"),
        {"beeindig-datum": "2026-04-01", "beeindig-reden": "afstand"},
        follow=True,
    )
    assert "De plaatsing is beëindigd" in response.content.decode()
    plaatsing.refresh_from_db()
    assert plaatsing.status == Status.BEEINDIGD and plaatsing.reden_einde == "afstand"
    # The ending is kept as feedback, shown with the place.
    assert selectors.terugkoppeling_per_plek([plek.pk]) == {plek.pk: "gestopt: 1× afstand"}
    plekken = client.get("/plekken/").content.decode()
    assert "gestopt: 1× afstand" in plekken and "Terugkoppeling per interesse" in plekken


def test_start_before_visit_and_missing_reason_are_refused_in_dutch(inwoner, krachtcoach, inloggen, maak_plek):
    plek = maak_plek()
    client = inloggen(krachtcoach)
    client.post(_url(inwoner, f"voorstellen/{plek.pk}/"))
    plaatsing = Plaatsing.objects.get()
    response = client.post(
        _url(inwoner, f"plaatsingen/{plaatsing.pk}/start/"), {"start-datum": "2026-03-10"}, follow=True
    )
    assert "de plaatsing heeft nu de status ‘Voorgesteld’" in response.content.decode()
    response = client.post(
        _url(inwoner, f"plaatsingen/{plaatsing.pk}/beeindig/"), {"beeindig-datum": "2026-03-10"}, follow=True
    )
    assert "Reden: Dit veld is verplicht." in response.content.decode()
    response = client.post(
        _url(inwoner, f"plaatsingen/{plaatsing.pk}/beeindig/"),
        {"beeindig-datum": "2026-03-10", "beeindig-reden": "anders"},
        follow=True,
    )
    assert "Schrijf kort op waarom, bij ‘anders’." in response.content.decode()
    plaatsing.refresh_from_db()
    assert plaatsing.status == Status.VOORGESTELD and plaatsing.reden_einde == ""


def test_full_place_is_refused_with_clear_message(maak_inwoner, krachtcoach, maak_profiel, maak_plek, postcode):
    plek = maak_plek(capaciteit=1)
    eerste, tweede = (maak_inwoner(krachtcoach=krachtcoach) for _ in range(2))
    for inwoner in (eerste, tweede):
        maak_profiel(inwoner)
        services.stel_voor(door=krachtcoach, inwoner=inwoner, plek=plek)
    a, b = Plaatsing.objects.order_by("pk")
    services.plan_kennismaking(door=krachtcoach, plaatsing_id=a.pk, datum=date(2026, 3, 3))
    with pytest.raises(ValidationError) as fout:
        services.plan_kennismaking(door=krachtcoach, plaatsing_id=b.pk, datum=date(2026, 3, 3))
    assert "is vol: alle 1 plekken zijn al bezet" in fout.value.messages[0]
    b.refresh_from_db()
    assert b.status == Status.VOORGESTELD and b.kennismaking_op is None
    # Rescheduling a visit that already holds the slot is fine; ending it frees the slot.
    services.plan_kennismaking(door=krachtcoach, plaatsing_id=a.pk, datum=date(2026, 3, 5))
    services.beeindig(door=krachtcoach, plaatsing_id=a.pk, datum=date(2026, 3, 5), reden="geen_klik")
    services.plan_kennismaking(door=krachtcoach, plaatsing_id=b.pk, datum=date(2026, 3, 6))
    assert Plaatsing.objects.filter(plek=plek).bezettend().count() == 1


def test_capacity_below_taken_slots_is_refused(inwoner, krachtcoach, maak_plek):
    plek = maak_plek(capaciteit=2)
    plaatsing = services.stel_voor(door=krachtcoach, inwoner=inwoner, plek=plek)
    services.plan_kennismaking(door=krachtcoach, plaatsing_id=plaatsing.pk, datum=date(2026, 3, 3))
    plek.capaciteit = 0
    with pytest.raises(ValidationError) as fout:
        services.bewaar_plek(door=krachtcoach, plek=plek, organisatie_naam="De Spaak")
    assert "Er zijn nu 1 plekken bezet" in fout.value.messages[0]


def test_suggestions_exclude_full_places_and_show_hours_and_reasons(
    inwoner, krachtcoach, maak_plek, maak_inwoner, maak_profiel
):
    vol = maak_plek(activiteit="Repair Café", organisatie="Repair Café Centrum", capaciteit=1)
    ander = maak_inwoner(krachtcoach=krachtcoach)
    maak_profiel(ander)
    bezet = services.stel_voor(door=krachtcoach, inwoner=ander, plek=vol)
    services.plan_kennismaking(door=krachtcoach, plaatsing_id=bezet.pk, datum=date(2026, 3, 3))
    maak_plek()
    pagina = selectors.profielpagina(krachtcoach, inwoner)
    namen = [s.beoordeling.plek.naam for s in pagina.suggesties]
    assert namen == ["Fietsenwerkplaats bij De Spaak"]
    assert pagina.suggesties[0].beoordeling.redenen[-1] == "4 uur per week"


def test_suggestions_need_no_query_per_place(inwoner, krachtcoach, maak_plek, inloggen, django_assert_max_num_queries):
    for i in range(30):
        maak_plek(activiteit=f"Plek {i}", organisatie=f"Organisatie {i}")
    client = inloggen(krachtcoach)
    client.get(_url(inwoner))  # builds the index once
    with django_assert_max_num_queries(16):
        pagina = client.get(_url(inwoner)).content.decode()
    assert pagina.count('class="regie-suggestie"') == 10


def test_index_is_rebuilt_when_the_catalogue_changes(inwoner, krachtcoach, maak_plek):
    from regie.apps.participatie import koppeling

    maak_plek()
    eerste = koppeling.plek_index(inwoner.gemeente_id)
    assert koppeling.plek_index(inwoner.gemeente_id) is eerste
    maak_plek(activiteit="Buurtlunch", organisatie="Buurthuis", tags=["koken"])
    tweede = koppeling.plek_index(inwoner.gemeente_id)
    assert tweede is not eerste and len(tweede) == 2


def test_unknown_postcode_gives_a_message_instead_of_suggestions(maak_inwoner, krachtcoach, maak_profiel, inloggen):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    maak_profiel(inwoner)
    pagina = inloggen(krachtcoach).get(_url(inwoner)).content.decode()
    assert "Voor de postcode van de inwoner zijn geen coördinaten bekend" in pagina
