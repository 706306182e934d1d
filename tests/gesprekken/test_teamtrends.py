"""Team trends single no one out: closed quarters only, frozen once shown, three professionals with two each."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from regie.apps.gesprekken.models import Gesprek, StatusGesprek, Teamtrend
from regie.apps.gesprekken.teamtrends import kwartaal_label, kwartaal_van, teamtrends
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db

TELLINGEN = {
    "aantal_vragen": 4,
    "aantal_eenvoudige_reflecties": 3,
    "aantal_complexe_reflecties": 2,
    "aantal_adherent": 1,
    "aantal_verandertaal": 3,
    "aantal_behoudtaal": 1,
    "woorden_professional": 300,
    "woorden_inwoner": 500,
}


def _vorig_kwartaal() -> date:
    return kwartaal_van(kwartaal_van(timezone.localdate()) - timedelta(days=1))


def _gesprek(eigenaar, inwoner, datum, **tellingen):
    return Gesprek.objects.create(
        eigenaar=eigenaar, inwoner=inwoner, datum=datum, status=StatusGesprek.GECODEERD, **(tellingen or TELLINGEN)
    )


@pytest.fixture
def drie_professionals(gemeente, team, klantmanager):
    return [klantmanager] + [_gebruiker(f"km{i}", "klantmanager", gemeente, team=team) for i in (2, 3)]


def _tabel(client) -> str:
    html = client.get("/gesprekken/trends/").content.decode()
    return re.search(r"<tbody.*?</tbody>", html, re.DOTALL).group(0)


def test_differencing_one_new_conversation_changes_nothing(inloggen, teamleider, drie_professionals, maak_inwoner):
    inwoner = maak_inwoner()
    kwartaal = _vorig_kwartaal()
    for professional in drie_professionals:
        for dag in (3, 20):
            _gesprek(professional, inwoner, kwartaal + timedelta(days=dag))
    client = inloggen(teamleider)
    voor = _tabel(client)
    assert kwartaal_label(kwartaal) in voor and "Te weinig" not in voor
    # One professional adds a conversation, far from the average, to the quarter that was already shown.
    _gesprek(
        drie_professionals[0],
        inwoner,
        kwartaal + timedelta(days=40),
        aantal_vragen=1,
        aantal_niet_adherent=9,
        woorden_professional=5000,
    )
    assert _tabel(client) == voor
    assert Teamtrend.objects.get().gesprekken == 6


def test_the_running_quarter_is_not_shown(inloggen, teamleider, drie_professionals, maak_inwoner):
    inwoner = maak_inwoner()
    lopend = kwartaal_van(timezone.localdate())
    for professional in drie_professionals:
        for _ in range(2):
            _gesprek(professional, inwoner, lopend)
    tabel = _tabel(inloggen(teamleider))
    assert kwartaal_label(lopend) not in tabel
    assert "Nog geen gecodeerde gesprekken" in tabel
    assert not Teamtrend.objects.exists()


def test_professionals_with_one_conversation_do_not_count(inloggen, teamleider, drie_professionals, maak_inwoner):
    inwoner = maak_inwoner()
    kwartaal = _vorig_kwartaal()
    eerste, tweede, derde = drie_professionals
    for professional in (eerste, tweede):
        _gesprek(professional, inwoner, kwartaal)
        _gesprek(professional, inwoner, kwartaal + timedelta(days=1))
    _gesprek(derde, inwoner, kwartaal)  # three professionals, but the third had only one conversation
    tabel = _tabel(inloggen(teamleider))
    assert "Te weinig gegevens: minder dan 3 professionals met elk minstens 2 gesprekken." in tabel
    assert not Teamtrend.objects.exists()
    # Once the third has a second conversation in that quarter it shows, and a fourth with one does not count.
    _gesprek(derde, inwoner, kwartaal + timedelta(days=2))
    vierde = _gebruiker("km4", "klantmanager", eerste.gemeente, team=eerste.team)
    _gesprek(vierde, inwoner, kwartaal, aantal_vragen=1000)
    rijen = teamtrends(teamleider)
    assert [(r.verborgen, r.gesprekken, r.professionals) for r in rijen] == [(False, 6, 3)]
    assert rijen[0].r_q == pytest.approx(5 / 4)  # 6 × (3 + 2) reflections over 6 × 4 questions: not 1000 more


def test_stored_figures_are_per_team_and_only_for_the_teamleider(
    inloggen, teamleider, klantmanager, drie_professionals, maak_inwoner, collega_ander_team
):
    inwoner = maak_inwoner()
    kwartaal = _vorig_kwartaal()
    for professional in drie_professionals:
        _gesprek(professional, inwoner, kwartaal)
        _gesprek(professional, inwoner, kwartaal)
    assert teamtrends(klantmanager) == []
    assert teamtrends(collega_ander_team) == []
    assert len(teamtrends(teamleider)) == 1
    assert Teamtrend.objects.get().team == teamleider.team
