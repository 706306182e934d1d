"""The beheerder's pages for applications: create (the key shown once), change scopes, replace the key."""

import pytest
from rest_framework.test import APIClient

from regie.apps.koppelingen.models import Applicatie

pytestmark = pytest.mark.django_db


def test_the_beheerder_creates_an_application_and_sees_the_key_once(beheerder, inloggen):
    client = inloggen(beheerder)
    assert "Koppelingen" in client.get("/").content.decode() or client.get("/beheer/koppelingen/").status_code == 200
    antwoord = client.post(
        "/beheer/koppelingen/",
        {
            "naam": "Klantcontactsysteem",
            "leverancier": "Leverancier BV",
            "activiteit": "begeleiding",
            "limiet_per_minuut": 120,
            "scopes": ["plekken:lezen"],
            "categorieen": [],
        },
    )
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    applicatie = Applicatie.objects.get(naam="Klantcontactsysteem")
    sleutel = html.split('id="sleutel">')[1].split("<")[0]
    assert sleutel.startswith(f"regie_{applicatie.sleutel_prefix}_")
    assert sleutel not in applicatie.sleutel_hash and len(applicatie.sleutel_hash) == 64
    # The key works, and the overview never shows it again.
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {sleutel}")
    assert api.get("/api/v1/plekken/").status_code == 200
    assert sleutel not in client.get(f"/beheer/koppelingen/{applicatie.pk}/").content.decode()
    # Taking the scope away takes the access away at the next request.
    client.post(
        f"/beheer/koppelingen/{applicatie.pk}/",
        {"naam": "Klantcontactsysteem", "activiteit": "begeleiding", "limiet_per_minuut": 120, "actief": "on"},
    )
    assert api.get("/api/v1/plekken/").status_code == 403


def test_a_bad_form_names_the_field_and_creates_nothing(beheerder, inloggen):
    antwoord = inloggen(beheerder).post("/beheer/koppelingen/", {"naam": "", "limiet_per_minuut": 0})
    assert antwoord.status_code == 200
    assert not Applicatie.objects.exists()
    assert "naam" in antwoord.content.decode()


def test_other_roles_cannot_manage_applications(klantmanager, inloggen):
    assert inloggen(klantmanager).get("/beheer/koppelingen/").status_code == 403
