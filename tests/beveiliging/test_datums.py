"""Plausible dates per field: no 0001-01-01 or 9999-12-31, each refused with a Dutch message naming the field."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from regie.apps.audit.models import Inzage, Resultaat
from regie.apps.dossier import services
from regie.apps.dossier.models import Huishouden, Inwoner
from regie.datums import DatumBereik, valideer_geboortedatum, valideer_ingangsdatum_huishouden

pytestmark = pytest.mark.django_db

NIEUW = {
    "bsn": "999990019",
    "voornamen": "Jan",
    "achternaam": "Nieuw",
    "geboortedatum": "1980-05-01",
    "straat": "Dorpsstraat",
    "huisnummer": "1",
    "postcode": "7401 AB",
    "woonplaats": "Testdorp",
    "voorkeurstaal": "nl",
}


def test_general_window_runs_from_1900_to_five_years_ahead():
    vandaag = timezone.localdate()
    bereik = DatumBereik("Einddatum")
    bereik(date(1900, 1, 1))
    bereik(vandaag + timedelta(days=365 * 5 - 2))
    with pytest.raises(ValidationError, match="Einddatum: 31-12-1899 ligt vóór 1900"):
        bereik(date(1899, 12, 31))
    with pytest.raises(ValidationError, match="Einddatum: 31-12-9999 ligt meer dan 5 jaar vooruit"):
        bereik(date(9999, 12, 31))


def test_birth_date_and_household_start_have_their_own_window():
    with pytest.raises(ValidationError, match="Geboortedatum: 01-01-0001 ligt vóór 1900"):
        valideer_geboortedatum(date(1, 1, 1))
    with pytest.raises(ValidationError, match="Geboortedatum: .* ligt in de toekomst"):
        valideer_geboortedatum(timezone.localdate() + timedelta(days=1))
    valideer_ingangsdatum_huishouden(timezone.localdate() + timedelta(days=300))
    with pytest.raises(ValidationError, match="Ingangsdatum: .* ligt meer dan 1 jaar vooruit"):
        valideer_ingangsdatum_huishouden(timezone.localdate() + timedelta(days=400))


@pytest.mark.parametrize(
    ("geboortedatum", "melding"),
    [("0001-01-01", "Geboortedatum: 01-01-0001 ligt vóór 1900"), ("1899-12-31", "ligt vóór 1900"), ("9999-12-31", "")],
)
def test_registering_an_inwoner_refuses_implausible_birth_dates(client, klantmanager, wijk, geboortedatum, melding):
    client.force_login(klantmanager)
    antwoord = client.post("/caseload/inwoners/nieuw/", {**NIEUW, "wijk": wijk.pk, "geboortedatum": geboortedatum})
    assert antwoord.status_code == 400
    assert melding in antwoord.content.decode()
    assert not Inwoner.objects.filter(bsn=NIEUW["bsn"]).exists()


def test_household_starting_in_9999_is_refused_and_later_changes_still_work(client, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    url = f"/caseload/inwoners/{inwoner.pk}/huishouden/"
    beheer = {"lid-TOTAL_FORMS": "0", "lid-INITIAL_FORMS": "0", "lid-MIN_NUM_FORMS": "0", "lid-MAX_NUM_FORMS": "12"}
    antwoord = client.post(url, {"samenstelling": "alleenstaand", "ingangsdatum": "9999-12-31", **beheer})
    assert antwoord.status_code == 400
    assert "Ingangsdatum: 31-12-9999 ligt meer dan 1 jaar vooruit" in antwoord.content.decode()
    assert Huishouden.objects.filter(inwoner=inwoner).count() == 1
    volgende = (timezone.localdate() + timedelta(days=30)).isoformat()
    antwoord = client.post(url, {"samenstelling": "alleenstaand", "ingangsdatum": volgende, **beheer})
    assert antwoord.status_code == 302
    assert Huishouden.objects.filter(inwoner=inwoner).count() == 2


def test_household_service_refuses_a_far_future_start(klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    with pytest.raises(ValidationError) as fout:
        services.wijzig_huishouden(
            door=klantmanager,
            inwoner=inwoner,
            samenstelling="alleenstaand",
            ingangsdatum=date(9999, 12, 31),
            huisgenoten=[],
        )
    assert "ingangsdatum" in fout.value.message_dict


@pytest.mark.parametrize("datum", ["0001-01-01", "9999-12-31"])
def test_contact_moment_dates_are_plausible(client, klantmanager, maak_inwoner, datum):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.post(
        f"/caseload/inwoners/{inwoner.pk}/contactmomenten/",
        {"datum": datum, "soort": "gesprek", "duur_minuten": "30", "samenvatting": "Kennismaking."},
    )
    assert antwoord.status_code in (200, 400)
    html = antwoord.content.decode()
    assert "ligt vóór 1900" in html or "ligt in de toekomst" in html or "jaar vooruit" in html
    assert not inwoner.contactmomenten.exists()


@pytest.mark.parametrize(("veld", "datum"), [("geldig_vanaf", "9999-12-31"), ("geldig_vanaf", "0001-01-01")])
def test_income_dates_are_plausible(client, klantmanager, maak_inwoner, veld, datum):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    antwoord = client.post(
        f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/inkomen/",
        {
            "inkomen-van": "aanvrager",
            "inkomen-soort": "arbeid",
            "inkomen-omschrijving": "Bijbaan",
            "inkomen-netto_per_maand": "300",
            f"inkomen-{veld}": datum,
        },
    )
    assert antwoord.status_code == 400
    assert "Geldig vanaf: " in antwoord.content.decode()
    assert not inwoner.inkomstenbronnen.exists()


def test_a_bsn_known_in_another_team_reveals_nothing_and_is_logged(
    client, klantmanager, collega_ander_team, maak_inwoner, ander_team, wijk
):
    elders = maak_inwoner(team=ander_team, klantmanager=collega_ander_team, achternaam="Geheimnaam")
    client.force_login(klantmanager)
    antwoord = client.post("/caseload/inwoners/nieuw/", {**NIEUW, "bsn": elders.bsn, "wijk": wijk.pk})
    html = antwoord.content.decode()
    assert antwoord.status_code == 400
    assert "Deze BSN is al bekend bij de gemeente; neem contact op met de teamleider." in html
    for geheim in ("Geheimnaam", "Team Zuid", "Collega", elders.straat + " " + str(elders.huisnummer)):
        assert geheim not in html
    rij = Inzage.objects.get(resultaat=Resultaat.GEWEIGERD)
    assert (rij.actor, rij.inwoner_id) == (klantmanager, elders.pk)
    assert "BSN al bekend" in rij.onderdeel


def test_each_date_problem_is_said_once(client, klantmanager, wijk):
    client.force_login(klantmanager)
    html = client.post("/caseload/inwoners/nieuw/", {**NIEUW, "wijk": wijk.pk, "geboortedatum": "1850-01-01"}).content
    assert html.decode().count("ligt vóór 1900") == 1


def test_every_form_date_field_gets_the_general_window():
    from django import forms

    from regie.forms import UtrechtFormMixin

    class Formulier(UtrechtFormMixin, forms.Form):
        einddatum = forms.DateField(label="Einddatum")
        wanneer = forms.DateTimeField(label="Wanneer")

    formulier = Formulier({"einddatum": "9999-12-31", "wanneer": "0001-01-01 10:00"})
    assert not formulier.is_valid()
    assert formulier.errors["einddatum"] == [
        "Einddatum: 31-12-9999 ligt meer dan 5 jaar vooruit (uiterlijk "
        + DatumBereik("").laatste().strftime("%d-%m-%Y")
        + ")."
    ]
    assert "Wanneer: 01-01-0001 ligt vóór 1900" in formulier.errors["wanneer"][0]
