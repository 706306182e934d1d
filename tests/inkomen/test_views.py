"""Calculating in the dossier, what the inwoner sees, and what the krachtcoach never sees."""

from datetime import date
from decimal import Decimal

import pytest

from regie.apps.inkomen.models import Berekening, Inkomstenbron
from regie.apps.inkomen.services import bereken
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db


def _url(inwoner, actie=""):
    return f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/{actie + '/' if actie else ''}"


def test_klantmanager_calculates_and_sees_the_steps(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    client = inloggen(klantmanager)
    response = client.post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"})
    assert response.status_code == 302
    berekening = Berekening.objects.get()
    assert berekening.uitkering == Decimal("1401.50") and berekening.recht
    assert berekening.invoer["aanvrager"]["geboortedatum"] == "1990-06-15"
    assert berekening.resultaat["toelichting"] and berekening.engine_versie
    pagina = client.get(_url(inwoner)).content.decode()
    assert "€ 1.401,50" in pagina and "art. 21" in pagina
    dossier = client.get(f"/caseload/inwoners/{inwoner.pk}/").content.decode()
    assert "Uitkering € 1.401,50 per maand" in dossier


def test_income_changes_the_benefit_and_the_change_is_explained(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    client = inloggen(klantmanager)
    client.post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"})
    response = client.post(
        _url(inwoner, "inkomen"),
        {
            "inkomen-van": "aanvrager",
            "inkomen-soort": "arbeid",
            "inkomen-netto_per_maand": "800.00",
            "inkomen-vrijlating_sinds": "2026-01-01",
            "inkomen-geldig_vanaf": "2026-01-01",
        },
    )
    assert response.status_code == 302
    client.post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"})
    assert Berekening.objects.first().uitkering == Decimal("801.50")  # 1401.50 − (800 − 25% vrijlating of 200)
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Wat is er veranderd sinds de vorige berekening?" in pagina
    # A staff page speaks of the inwoner in the third person ("Uw uitkering" is for the inwoner's own page).
    assert "De uitkering is gedaald van € 1.401,50 naar € 801,50." in pagina
    assert "Uw uitkering" not in pagina


def test_bad_income_is_refused_with_dutch_message_and_not_saved(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    response = inloggen(klantmanager).post(
        _url(inwoner, "inkomen"),
        {
            "inkomen-van": "aanvrager",
            "inkomen-soort": "arbeid",
            "inkomen-netto_per_maand": "-5",
            "inkomen-geldig_vanaf": "2026-01-01",
        },
    )
    assert response.status_code == 400
    assert (
        "Zorg ervoor dat deze waarde groter is dan of gelijk is aan 0" in response.content.decode()
        or "minstens 0" in response.content.decode()
    )
    assert not Inkomstenbron.objects.exists()


def test_peildatum_before_first_norm_table_is_a_clear_error(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    response = inloggen(klantmanager).post(_url(inwoner, "bereken"), {"peildatum": "2020-01-01"})
    assert response.status_code == 400
    assert "geen normen voor een datum vóór 2025-01-01" in response.content.decode()
    assert not Berekening.objects.exists()


def test_krachtcoach_gets_404_on_the_calculation_and_sees_no_finances(
    maak_inwoner, klantmanager, krachtcoach, inloggen
):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    client = inloggen(krachtcoach)
    assert client.get(_url(inwoner)).status_code == 404
    assert client.post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"}).status_code == 404
    dossier = client.get(f"/caseload/inwoners/{inwoner.pk}/").content.decode()
    assert "1.401,50" not in dossier and "Rechtmatigheid" not in dossier
    assert Berekening.objects.count() == 1
    assert not Berekening.objects.zichtbaar_voor(krachtcoach).exists()


def test_inwoner_sees_own_calculation_in_plain_language(maak_inwoner, klantmanager, gemeente, client):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, geboortedatum=date(1990, 6, 15))
    anders = maak_inwoner(klantmanager=klantmanager)
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    bereken(door=klantmanager, inwoner=anders, peildatum=date(2026, 3, 1))
    client.force_login(account)
    pagina = client.get("/mijn-uitkering/").content.decode()
    assert "U krijgt <strong>€ 1.401,50</strong> bijstand per maand." in pagina
    stap = Berekening.objects.get(inwoner=inwoner).resultaat["toelichting"][0]
    assert stap["uitleg"] in pagina and stap["technisch"] not in pagina
    response = client.get(_url(inwoner))  # the staff page is not theirs: they are sent to their portal
    assert response.status_code == 302 and response["Location"] == "/portaal/"


def test_only_klantmanager_of_team_may_calculate(maak_inwoner, klantmanager, collega_ander_team, teamleider, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    assert inloggen(collega_ander_team).post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"}).status_code == 404
    response = inloggen(teamleider).post(_url(inwoner, "bereken"), {"peildatum": "2026-03-01"})
    assert response.status_code == 403 and not Berekening.objects.exists()  # a teamleider reads, not calculates


def test_inwoner_page_keeps_articles_in_the_part_for_who_wants_to_know_exactly(
    maak_inwoner, klantmanager, gemeente, client
):
    account = _gebruiker("inwoner", "inwoner", gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, account=account, geboortedatum=date(1990, 6, 15))
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    client.force_login(account)
    pagina = client.get("/mijn-uitkering/").content.decode()
    inhoud = pagina.partition("<main")[2]  # the header's phone menu is a <details> too
    boven, _, precies = inhoud.partition("<details")
    assert "Uw norm" in boven and "Zo is uw uitkering berekend" in boven
    assert "art." not in boven  # plain text above, articles only in the details part
    assert "Voor wie het precies wil weten" in precies and "art. 21" in precies
    assert "Zo leest de inwoner het" not in pagina


def test_staff_page_speaks_of_the_inwoner_in_the_third_person(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1))
    pagina = inloggen(klantmanager).get(_url(inwoner)).content.decode()
    assert "<strong>Norm</strong>" in pagina and "<strong>Situatie</strong>" in pagina
    for titel in ("Uw norm", "Uw situatie", "Uw bijstand"):
        assert f"<strong>{titel}</strong>" not in pagina
    assert "Zo leest de inwoner het:" in pagina  # the inwoner's own text is quoted as theirs
