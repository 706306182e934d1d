import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regie.apps.gesprekken.models import Gesprek

from .transcripten import GESPREK


@pytest.fixture
def gecodeerd_gesprek(inloggen, klantmanager, maak_inwoner):
    """A conversation uploaded and confirmed through the real pages (and the real model)."""

    def maak(inwoner=None, tekst=GESPREK, datum="2026-02-02"):
        inwoner = inwoner or maak_inwoner(klantmanager=klantmanager, voornamen="Nadia", achternaam="Visser")
        client = inloggen(klantmanager)
        bestand = SimpleUploadedFile("gesprek.txt", tekst.encode(), content_type="text/plain")
        antwoord = client.post(
            f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/",
            {"datum": datum, "soort": "transcript", "bestand": bestand},
        )
        gesprek = Gesprek.objects.latest("pk")
        assert antwoord.status_code == 302 and antwoord["Location"] == f"/gesprekken/{gesprek.pk}/sprekers/"
        antwoord = client.post(
            f"/gesprekken/{gesprek.pk}/sprekers/", {"spreker_0": "professional", "spreker_1": "client"}
        )
        assert antwoord.status_code == 302
        gesprek.refresh_from_db()
        return gesprek

    return maak
