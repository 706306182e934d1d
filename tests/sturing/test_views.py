"""Dashboards, CSV, maatwerk decisions and the case library, by what each role sees on the page."""

from datetime import date

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from regie.apps.accounts.models import Rol
from regie.apps.dossier.models import Toewijzing
from regie.apps.sturing import selectors
from regie.apps.sturing.models import MaatwerkBesluit, RedenEinde, StatusMaatwerk, Uitkeringsperiode
from regie.apps.taken.models import Taak
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _hash_encoder(settings):
    settings.REGIE_MATCHING_ENCODER = "hash"
    cache.clear()


def _maatwerk(client, inwoner, **velden):
    gegevens = {
        "soort": "ontheffing",
        "situatie": "Mevrouw zorgt dagelijks voor haar zieke moeder in de Kerkstraat 12.",
        "perspectief": "Ik wil wel werken, maar niet als mijn moeder dan alleen is.",
        "regel": "Arbeidsverplichting van 32 uur",
        "besluit": "Tijdelijke ontheffing voor drie maanden, daarna opnieuw kijken",
        "redenen": "Mantelzorg weegt zwaarder; de inwoner zoekt zelf naar respijtzorg.",
        "gedeeld": "on",
        **velden,
    }
    return client.post(reverse("sturing:maatwerk_nieuw", args=[inwoner.pk]), gegevens)


def test_klantmanager_records_maatwerk_and_teamleider_approves(
    client, inloggen, maak_inwoner, klantmanager, teamleider
):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Fatima", achternaam="Yilmaz")
    inloggen(klantmanager)
    antwoord = _maatwerk(client, inwoner)
    besluit = MaatwerkBesluit.objects.get()
    assert antwoord.status_code == 302 and besluit.status == StatusMaatwerk.INGEDIEND and not besluit.financieel
    # Shared pseudonymised: no name, no street in the case text.
    assert "Kerkstraat" not in besluit.casustekst and "Yilmaz" not in besluit.casustekst and besluit.vector
    dossier = client.get(reverse("dossier:detail", args=[inwoner.pk])).content.decode()
    assert "Tijdelijke ontheffing" not in dossier and "Ontheffing" in dossier and "Wacht op de teamleider" in dossier
    inloggen(teamleider)
    client.post(reverse("sturing:maatwerk", args=[besluit.pk]), {"goedgekeurd": "ja", "commentaar": "Goed gewogen"})
    besluit.refresh_from_db()
    assert besluit.status == StatusMaatwerk.GOEDGEKEURD and besluit.beoordeeld_door == teamleider


def test_empty_maatwerk_form_names_the_fields(client, inloggen, maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    inloggen(klantmanager)
    antwoord = _maatwerk(client, inwoner, situatie="", perspectief="")
    assert antwoord.status_code == 400 and not MaatwerkBesluit.objects.exists()
    assert "Het besluit is niet opgeslagen" in antwoord.content.decode()


def test_krachtcoach_never_sees_financial_maatwerk(client, inloggen, maak_inwoner, klantmanager, krachtcoach):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    inloggen(klantmanager)
    _maatwerk(client, inwoner, soort="eenmalige_betaling", besluit="Eenmalig 450 euro voor een wasmachine")
    besluit = MaatwerkBesluit.objects.get()
    assert besluit.financieel
    inloggen(krachtcoach)
    assert client.get(reverse("sturing:maatwerk", args=[besluit.pk])).status_code == 404
    dossier = client.get(reverse("dossier:detail", args=[inwoner.pk])).content.decode()
    assert "wasmachine" not in dossier and "Eenmalige betaling" not in dossier
    assert not selectors.zichtbare_maatwerkbesluiten(krachtcoach).exists()


def test_similar_earlier_case_from_the_dossier(client, inloggen, maak_inwoner, klantmanager):
    eerder = maak_inwoner(klantmanager=klantmanager)
    nu = maak_inwoner(klantmanager=klantmanager)
    inloggen(klantmanager)
    _maatwerk(client, eerder)
    _maatwerk(
        client,
        maak_inwoner(klantmanager=klantmanager),
        situatie="Schulden bij de energieleverancier",
        perspectief="Ik durf de post niet open te maken",
        regel="Geen voorschot",
        besluit="Voorschot",
        redenen="Afsluiting dreigt",
        soort="uitzondering",
    )
    pagina = client.get(
        reverse("sturing:vergelijkbaar", args=[nu.pk]), {"q": "zorgt voor zieke moeder, mantelzorg en werken"}
    ).content.decode()
    assert pagina.index("Mantelzorg weegt zwaarder") < pagina.index("Afsluiting dreigt")


def test_dashboard_suppresses_small_groups_and_csv_matches(client, inloggen, maak_inwoner, teamleider, wijk):
    for n in range(6):
        inwoner = maak_inwoner()
        Uitkeringsperiode.objects.create(
            inwoner=inwoner,
            begin=date(2022, 1, 1),
            einde=date(2023, 1, 1) if n < 2 else None,
            reden_einde=RedenEinde.WERK if n < 2 else "",
        )
    inloggen(teamleider)
    pagina = client.get(reverse("sturing:dashboard"), {"wijk": wijk.pk}).content.decode()
    assert "<svg" in pagina and "Van intake naar duurzaam werk" in pagina
    csv = client.get(reverse("sturing:csv", args=["trechter"]), {"wijk": wijk.pk}).content.decode()
    # Six intakes are shown, two outflows to work are below the minimum of five.
    assert "Instroom (nieuwe uitkering);6" in csv and "Uitgestroomd naar werk;<5" in csv


def test_management_sees_the_municipality_in_aggregates_only(client, inloggen, maak_inwoner, gemeente, klantmanager):
    manager = _gebruiker("manager", Rol.MANAGEMENT, gemeente)
    inwoner = maak_inwoner(klantmanager=klantmanager, achternaam="Zichtbaarniet")
    inloggen(manager)
    assert client.get(reverse("sturing:dashboard")).status_code == 200
    assert client.get(reverse("dossier:detail", args=[inwoner.pk])).status_code in (403, 404)
    assert client.get(reverse("sturing:bibliotheek")).status_code == 403
    assert "Zichtbaarniet" not in client.get(reverse("sturing:dashboard")).content.decode()


def test_background_job_fills_the_cache(maak_inwoner, team, gemeente, django_capture_on_commit_callbacks):
    maak_inwoner()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ververs_indicatoren")
    assert Taak.objects.get(soort="indicatoren").status == "klaar"
    van, tot = selectors.standaard_periode()
    assert cache.get(selectors.Bereik("team", team.pk, None, van, tot).sleutel) is not None
    assert cache.get(selectors.Bereik("gemeente", gemeente.pk, None, van, tot).sleutel) is not None


def test_klantmanager_dashboard_covers_only_own_caseload(client, inloggen, maak_inwoner, klantmanager):
    for _ in range(5):
        maak_inwoner(klantmanager=klantmanager)
    maak_inwoner()
    inloggen(klantmanager)
    assert Toewijzing.objects.filter(medewerker=klantmanager).count() == 5
    csv = client.get(reverse("sturing:csv", args=["caseload"])).content.decode()
    assert "Klantmanager;5" in csv
