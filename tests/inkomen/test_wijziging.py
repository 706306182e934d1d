"""The inwoner reports a change with a document; the klantmanager sees it as a signal and reads the document."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from regie.apps.inkomen.models import Wijziging

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
URL = "/mijn-uitkering/wijziging/"


def _gegevens(**extra):
    return {
        "soort": "inkomen",
        "ingangsdatum": "2026-03-01",
        "omschrijving": "Ik werk sinds maart 12 uur per week bij de bakker.",
        **extra,
    }


@pytest.fixture
def inwoner(maak_inwoner, maak_account, klantmanager):
    return maak_inwoner(
        klantmanager=klantmanager, account=maak_account("inwoner"), voornamen="Meldt", achternaam="Iets"
    )


def test_reported_change_with_document_reaches_klantmanager(inwoner, klantmanager, client):
    client.force_login(inwoner.account)
    assert "Wijziging doorgeven" in client.get("/mijn-uitkering/").content.decode()
    antwoord = client.post(URL, _gegevens(bestand=SimpleUploadedFile("loonstrook.pdf", PDF)))
    assert antwoord.status_code == 302 and antwoord["Location"] == "/mijn-uitkering/"
    wijziging = Wijziging.objects.get()
    assert bytes(wijziging.document) == PDF and wijziging.document_type == "application/pdf"

    client.force_login(klantmanager)
    caseload = client.get("/caseload/").content.decode()
    assert "Meldt Iets" in caseload and "Wijziging doorgegeven" in caseload and "met document" in caseload
    pagina = client.get(f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/").content.decode()
    assert "12 uur per week bij de bakker" in pagina and "loonstrook.pdf" in pagina
    document = client.get(f"/caseload/inwoners/{inwoner.pk}/wijzigingen/{wijziging.pk}/document/")
    assert document.status_code == 200 and document.content == PDF


def test_document_must_be_pdf_or_image_whatever_its_name(inwoner, client):
    client.force_login(inwoner.account)
    antwoord = client.post(URL, _gegevens(bestand=SimpleUploadedFile("loonstrook.pdf", b"MZ\x90\x00 not a pdf")))
    assert antwoord.status_code == 400
    inhoud = antwoord.content.decode()
    assert "Stuur een PDF of een foto" in inhoud and "12 uur per week bij de bakker" in inhoud
    assert not Wijziging.objects.exists()


def test_too_large_document_gets_a_dutch_message(inwoner, client, settings):
    settings.REGIE_MAX_UPLOAD_BYTES = 1000
    client.force_login(inwoner.account)
    antwoord = client.post(URL, _gegevens(bestand=SimpleUploadedFile("foto.jpg", b"\xff\xd8\xff" + b"0" * 5000)))
    assert antwoord.status_code == 400 and "te groot" in antwoord.content.decode()
    assert not Wijziging.objects.exists()


def test_missing_field_keeps_input_and_reloadable_address(inwoner, client):
    client.force_login(inwoner.account)
    antwoord = client.post(URL, _gegevens(omschrijving=""))
    assert antwoord.status_code == 400 and "Dit veld is verplicht." in antwoord.content.decode()
    # The form lives on its own address: reloading it is a plain GET, not a 405.
    assert client.get(URL).status_code == 200


def test_change_without_document_is_fine_and_staff_cannot_use_the_portal_form(inwoner, klantmanager, client):
    client.force_login(inwoner.account)
    assert client.post(URL, _gegevens(soort="adres", omschrijving="Verhuisd naar de Lindelaan 4.")).status_code == 302
    assert Wijziging.objects.get().document is None
    client.force_login(klantmanager)
    assert client.get(URL).status_code == 404
