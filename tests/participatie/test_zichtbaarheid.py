"""Functiescheiding and consent: who sees what of an inwoner's participation."""

import pytest

from regie.apps.audit.models import Inzage
from regie.apps.participatie.models import Plaatsing

pytestmark = pytest.mark.django_db


def _url(inwoner):
    return f"/caseload/inwoners/{inwoner.pk}/participatie/"


@pytest.fixture
def situatie(maak_inwoner, klantmanager, krachtcoach, maak_plek, maak_profiel, postcode):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach, voornamen="Ilse")
    profiel = maak_profiel(inwoner, talenten="goed met naald en draad", toestemming=False)
    plek = maak_plek()
    Plaatsing.objects.create(inwoner=inwoner, plek=plek, uren_per_week=4, voorgesteld_door=krachtcoach)
    return inwoner, profiel, plek


def test_krachtcoach_without_consent_sees_only_that_consent_is_missing(situatie, krachtcoach, inloggen):
    inwoner, _profiel, _plek = situatie
    pagina = inloggen(krachtcoach).get(_url(inwoner)).content.decode()
    assert "Ilse heeft (nog) geen toestemming gegeven" in pagina
    assert "naald en draad" not in pagina  # the profile
    assert "Fietsenwerkplaats" not in pagina  # placements and suggestions
    assert "Suggesties" not in pagina
    # The read is logged like every dossier read.
    assert Inzage.objects.filter(
        actor=krachtcoach, inwoner_id=inwoner.pk, onderdeel__startswith="participatie"
    ).exists()


def test_krachtcoach_with_consent_sees_profile_suggestions_and_placements(situatie, krachtcoach, inloggen):
    inwoner, profiel, _plek = situatie
    profiel.toestemming = True
    profiel.save()
    pagina = inloggen(krachtcoach).get(_url(inwoner)).content.decode()
    assert "naald en draad" in pagina
    assert "Kennismaking plannen" in pagina
    assert "past bij je hobby fietsen repareren" not in pagina  # already proposed there: not suggested again


def test_krachtcoach_never_sees_financial_parts(situatie, krachtcoach, inloggen):
    inwoner, profiel, _plek = situatie
    profiel.toestemming = True
    profiel.save()
    client = inloggen(krachtcoach)
    pagina = client.get(_url(inwoner)).content.decode()
    hoofd = pagina.split("<main", 1)[1].split("</main>", 1)[0]
    assert "naald en draad" in hoofd
    for woord in ("rechtmatigheid", "Inkomen", "Vermogen", "Berekening", "€", "maatregel"):
        assert woord not in hoofd
    assert client.get(f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/").status_code == 404


def test_krachtcoach_of_someone_else_gets_404(maak_inwoner, krachtcoach, gemeente, inloggen, maak_profiel):
    from tests.conftest import _gebruiker

    andere = _gebruiker("coach2", "krachtcoach", gemeente, organisatie="Meedoen")
    inwoner = maak_inwoner(krachtcoach=andere)
    maak_profiel(inwoner)
    client = inloggen(krachtcoach)
    assert client.get(_url(inwoner)).status_code == 404
    assert client.get(f"{_url(inwoner)}profiel/").status_code == 404


def test_klantmanager_reads_placements_always_profile_only_with_consent(situatie, klantmanager, inloggen):
    inwoner, profiel, _plek = situatie
    client = inloggen(klantmanager)
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Fietsenwerkplaats" in pagina and "Voorgesteld" in pagina
    assert "naald en draad" not in pagina
    assert "alleen zichtbaar als de inwoner toestemming heeft gegeven" in pagina
    profiel.toestemming = True
    profiel.save()
    pagina = client.get(_url(inwoner)).content.decode()
    assert "naald en draad" in pagina
    assert "Kennismaking plannen" not in pagina and "Voorstellen:" not in pagina  # read-only
    assert client.get(f"{_url(inwoner)}profiel/").status_code == 403


def test_klantmanager_of_other_team_and_beheerder_get_404(situatie, collega_ander_team, beheerder, inloggen):
    inwoner, _profiel, _plek = situatie
    assert inloggen(collega_ander_team).get(_url(inwoner)).status_code == 404
    assert inloggen(beheerder).get(_url(inwoner)).status_code == 404


def test_queryset_rules(situatie, krachtcoach, klantmanager, teamleider, beheerder):
    from regie.apps.participatie.models import Participatieprofiel

    inwoner, profiel, _plek = situatie
    assert not Participatieprofiel.objects.zichtbaar_voor(krachtcoach).exists()
    assert not Plaatsing.objects.zichtbaar_voor(krachtcoach).exists()
    assert Plaatsing.objects.zichtbaar_voor(klantmanager).count() == 1
    assert Plaatsing.objects.zichtbaar_voor(teamleider).count() == 1
    assert not Plaatsing.objects.zichtbaar_voor(beheerder).exists()
    profiel.toestemming = True
    profiel.save()
    assert Participatieprofiel.objects.zichtbaar_voor(krachtcoach).get() == profiel
    assert Plaatsing.objects.zichtbaar_voor(krachtcoach).count() == 1
