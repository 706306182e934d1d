"""End to end: a krachtcoach opens a profile, sees suggestions with reasons, plans a visit and starts a placement;
the same krachtcoach gets 404 on that inwoner's benefit calculation."""

from decimal import Decimal

import pytest

from regie.apps.participatie.models import Organisatie, Participatieprofiel, Plaatsing, Plek, Postcode, Status
from tests.conftest import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_krachtcoach_plans_a_visit_and_starts_a_placement(
    live_server, page, screenshot, settings, krachtcoach, klantmanager, gemeente, wijk, maak_inwoner
):
    settings.REGIE_MATCHING_ENCODER = "hash"
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach, voornamen="Samira", achternaam="Benali")
    Postcode.objects.create(postcode="7401", lat=52.0, lon=5.0)
    Participatieprofiel.objects.create(
        inwoner=inwoner,
        hobbys="fietsen repareren",
        passies="koken voor anderen",
        tags=["technisch", "koken"],
        beschikbaar=["dinsdagochtend", "donderdagochtend"],
        uren_per_week=Decimal("6"),
        toestemming=True,
        toestemming_via="portaal",
    )
    for activiteit, organisatie, tags, omschrijving in (
        ("Fietsenwerkplaats", "De Spaak", ["technisch"], "Fietsen repareren voor buurtbewoners."),
        ("Buurtlunch", "Buurthuis De Ontmoeting", ["koken"], "Samen koken voor de buurtlunch."),
    ):
        Plek.objects.create(
            gemeente=gemeente,
            organisatie=Organisatie.objects.create(gemeente=gemeente, naam=organisatie),
            activiteit=activiteit,
            omschrijving=omschrijving,
            wijk=wijk,
            lat=52.004,
            lon=5.006,
            tags=tags,
            dagdelen=["dinsdagochtend"],
            uren_per_week=Decimal("4"),
            capaciteit=2,
        )

    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("krachtcoach")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/participatie/")
    page.get_by_role("heading", name="Participatie van Samira Benali").wait_for()
    suggesties = page.get_by_role("region", name="Suggesties")
    tekst = suggesties.inner_text()
    assert "Fietsenwerkplaats bij De Spaak" in tekst and "past bij je hobby fietsen repareren" in tekst
    assert "dinsdagochtend" in tekst
    screenshot(page, "participatie-suggesties")

    suggesties.get_by_role("button", name="Voorstellen: Fietsenwerkplaats bij De Spaak").click()
    page.get_by_text("is voorgesteld. Plan nu samen de kennismaking.").wait_for()
    page.get_by_label("Datum kennismaking").fill("2026-03-03")
    page.get_by_role("button", name="Kennismaking plannen").click()
    page.get_by_text("De kennismaking is gepland.").wait_for()
    page.get_by_label("Startdatum").fill("2026-03-10")
    page.get_by_role("button", name="Plaatsing starten").click()
    page.get_by_text("De plaatsing is gestart.").wait_for()
    plaatsingen = page.get_by_role("region", name="Plaatsingen").inner_text()
    assert "Gestart" in plaatsingen and "4 uur per week (gestarte plaatsingen)" in plaatsingen
    screenshot(page, "participatie-plaatsing-gestart")

    plaatsing = Plaatsing.objects.get()
    assert plaatsing.status == Status.GESTART and str(plaatsing.gestart_op) == "2026-03-10"

    response = page.goto(f"{live_server.url}/caseload/inwoners/{inwoner.pk}/rechtmatigheid/")
    assert response.status == 404
    assert "uitkering" not in page.locator("body").inner_text().lower()
