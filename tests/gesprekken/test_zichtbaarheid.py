"""Learning, not controlling: only the owner sees a conversation; teammates a pseudonymised copy when shared;
a teamleider never a single conversation, only team aggregates of at least three professionals."""

from datetime import date

import pytest

from regie.apps.audit.models import Inzage, Resultaat
from regie.apps.gesprekken.models import Gesprek, StatusGesprek
from tests.conftest import _gebruiker

GESPREK_MET_GEGEVENS = """KM: Goedemorgen Nadia. Klopt het dat je nu op de Kerkstraat 12 woont?
Inwoner: Ja, en mijn nieuwe nummer is 06-12345678. Mijn buurvrouw Els helpt met de kinderen.
KM: Fijn dat Els helpt. Wat wil je vandaag bespreken?
Inwoner: Ik wil weer werken, mail me op nadia.visser@example.nl.
"""


@pytest.fixture
def teamgenoot(gemeente, team):
    return _gebruiker("teamgenoot", "klantmanager", gemeente, team=team)


def test_teamleider_and_teammate_get_404_on_an_unshared_conversation(
    gecodeerd_gesprek, inloggen, teamleider, teamgenoot, collega_ander_team, krachtcoach
):
    gesprek = gecodeerd_gesprek()
    for user in (teamleider, teamgenoot, collega_ander_team, krachtcoach):
        assert inloggen(user).get(f"/gesprekken/{gesprek.pk}/").status_code == 404
    assert Inzage.objects.filter(actor=teamleider, resultaat=Resultaat.GEWEIGERD).exists()
    assert Gesprek.objects.zichtbaar_voor(teamgenoot).count() == 0


def test_shared_conversation_is_pseudonymised_for_teammates_and_still_404_for_teamleider(
    gecodeerd_gesprek, inloggen, klantmanager, teamleider, teamgenoot, collega_ander_team
):
    gesprek = gecodeerd_gesprek(tekst=GESPREK_MET_GEGEVENS)
    eigenaar = inloggen(klantmanager)
    eigenaar.post(f"/gesprekken/{gesprek.pk}/delen/", {"delen": "ja"})
    gesprek.refresh_from_db()
    assert gesprek.gedeeld_met == klantmanager.team

    html = inloggen(teamgenoot).get(f"/gesprekken/{gesprek.pk}/").content.decode()
    assert "Gesprek met [Inwoner]" in html
    for geheim in ("Nadia", "Visser", "Kerkstraat", "06-12345678", "Els", "nadia.visser@example.nl"):
        assert geheim not in html, geheim
    assert "Goedemorgen [Inwoner]. Klopt het dat je nu op de [adres] woont?" in html
    assert "Mijn buurvrouw [Persoon 1] helpt" in html and "Fijn dat [Persoon 1] helpt." in html
    assert "Reflecties per vraag (R:Q)" in html
    assert "Code aanpassen" not in html and "Drie suggesties" not in html
    assert Inzage.objects.filter(actor=teamgenoot, onderdeel__contains="gepseudonimiseerd").exists()

    assert inloggen(teamleider).get(f"/gesprekken/{gesprek.pk}/").status_code == 404
    assert inloggen(collega_ander_team).get(f"/gesprekken/{gesprek.pk}/").status_code == 404
    # A teammate can read, not write.
    beurt = gesprek.beurten.first()
    client = inloggen(teamgenoot)
    assert client.post(f"/gesprekken/{gesprek.pk}/beurten/{beurt.pk}/code/", {"code": "Q"}).status_code == 404
    assert client.post(f"/gesprekken/{gesprek.pk}/delen/", {"delen": "nee"}).status_code == 404

    inloggen(klantmanager).post(f"/gesprekken/{gesprek.pk}/delen/", {"delen": "nee"})
    assert inloggen(teamgenoot).get(f"/gesprekken/{gesprek.pk}/").status_code == 404


def test_mijn_gesprekken_lists_own_and_shared(gecodeerd_gesprek, inloggen, klantmanager, teamgenoot):
    gesprek = gecodeerd_gesprek()
    html = inloggen(klantmanager).get("/gesprekken/").content.decode()
    assert "Nadia Visser" in html and f"/gesprekken/{gesprek.pk}/" in html
    assert f"/gesprekken/{gesprek.pk}/" not in inloggen(teamgenoot).get("/gesprekken/").content.decode()


def test_other_roles_cannot_open_the_klantmanager_pages(inloggen, teamleider, krachtcoach, maak_inwoner):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    assert inloggen(teamleider).get("/gesprekken/").status_code == 403
    assert inloggen(krachtcoach).get(f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/").status_code == 403


def _gesprek(eigenaar, inwoner, datum, **tellingen):
    return Gesprek.objects.create(
        eigenaar=eigenaar, inwoner=inwoner, datum=datum, status=StatusGesprek.GECODEERD, **tellingen
    )


def test_trends_are_aggregates_hidden_below_three_professionals(
    inloggen, gemeente, team, teamleider, klantmanager, teamgenoot, collega_ander_team, maak_inwoner
):
    derde = _gebruiker("derde", "klantmanager", gemeente, team=team)
    inwoner = maak_inwoner()
    # First quarter of 2026: three professionals with two identical conversations each;
    # R:Q = 2 × (2+1+3+0+0+3) / 2 × (3+2+1) = 18/12 = 1.5.
    for _ in range(2):
        _drie_gesprekken(klantmanager, teamgenoot, derde, inwoner)
    # Fourth quarter of 2025: one professional only, so nothing may show.
    _gesprek(klantmanager, inwoner, date(2025, 11, 1), aantal_vragen=7, aantal_eenvoudige_reflecties=1)
    # Another team never counts.
    _gesprek(collega_ander_team, maak_inwoner(team=collega_ander_team.team), date(2026, 1, 5), aantal_vragen=50)

    html = inloggen(teamleider).get("/gesprekken/trends/").content.decode()
    assert "2026 K1" in html and "2025 K4" in html
    assert '<td class="utrecht-table__cell">1,5</td>' in html
    assert "44%" in html  # complex: 8 of 18 reflections
    assert "50%" in html  # change talk: 8 of 16
    assert "Te weinig gegevens: minder dan 3 professionals met elk minstens 2 gesprekken." in html
    assert "7,0" not in html and "0,1" not in html
    assert inloggen(klantmanager).get("/gesprekken/trends/").status_code == 403


def _drie_gesprekken(klantmanager, teamgenoot, derde, inwoner):
    _gesprek(
        klantmanager,
        inwoner,
        date(2026, 1, 10),
        aantal_vragen=3,
        aantal_eenvoudige_reflecties=2,
        aantal_complexe_reflecties=1,
        aantal_verandertaal=3,
        aantal_behoudtaal=1,
    )
    _gesprek(
        teamgenoot,
        inwoner,
        date(2026, 2, 10),
        aantal_vragen=2,
        aantal_eenvoudige_reflecties=3,
        aantal_verandertaal=1,
        aantal_behoudtaal=3,
    )
    _gesprek(
        derde,
        inwoner,
        date(2026, 3, 10),
        aantal_vragen=1,
        aantal_eenvoudige_reflecties=0,
        aantal_complexe_reflecties=3,
        aantal_adherent=3,
    )
