"""The caseload proposal: advice per inwoner, within capacity, which the krachtcoach takes over or not."""

import pytest

from regie.apps.participatie.models import Plaatsing, Status

pytestmark = pytest.mark.django_db


def test_proposal_respects_capacity_and_can_be_taken_over(
    maak_inwoner, krachtcoach, maak_profiel, maak_plek, postcode, inloggen
):
    plek = maak_plek(capaciteit=1)
    eerste = maak_inwoner(krachtcoach=krachtcoach, voornamen="Fenna", achternaam="Aalbers")
    tweede = maak_inwoner(krachtcoach=krachtcoach, voornamen="Kees", achternaam="Bos")
    zonder = maak_inwoner(krachtcoach=krachtcoach, voornamen="Loes")
    maak_profiel(eerste)
    maak_profiel(tweede)
    maak_profiel(zonder, toestemming=False)
    client = inloggen(krachtcoach)
    pagina = client.get("/participatie/voorstel/").content.decode()
    assert "1 inwoner zonder toestemming" in pagina and "Loes" not in pagina
    assert pagina.count("Overnemen voor") == 1  # one free slot, one proposed placement
    assert "Dit is de plek die het best bij je past" in pagina
    assert "passende plekken zijn in dit voorstel al verdeeld" in pagina
    gekozen = eerste if "Overnemen voor Fenna" in pagina else tweede
    client.post("/participatie/voorstel/", {"inwoner": gekozen.pk, "plek": plek.pk})
    plaatsing = Plaatsing.objects.get()
    assert (plaatsing.inwoner, plaatsing.status) == (gekozen, Status.VOORGESTELD)
    assert "heeft al een lopende plaatsing" in client.get("/participatie/voorstel/").content.decode()


def test_proposal_is_only_for_krachtcoaches_and_their_own_caseload(
    klantmanager, inloggen, maak_inwoner, krachtcoach, maak_plek
):
    assert inloggen(klantmanager).get("/participatie/voorstel/").status_code == 404
    ander = maak_inwoner(klantmanager=klantmanager)
    plek = maak_plek()
    response = inloggen(krachtcoach).post("/participatie/voorstel/", {"inwoner": ander.pk, "plek": plek.pk})
    assert response.status_code == 404 and not Plaatsing.objects.exists()
