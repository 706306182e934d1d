"""A refused or missing page is a friendly Dutch page inside the layout, with a main landmark and a way back."""

import pytest

pytestmark = pytest.mark.django_db


def test_refused_page_is_friendly_dutch_with_main_landmark(klantmanager, inloggen):
    antwoord = inloggen(klantmanager).get("/te-besluiten/")
    assert antwoord.status_code == 403
    inhoud = antwoord.content.decode()
    assert "<main" in inhoud and "Geen toegang" in inhoud and "Naar de startpagina" in inhoud
    assert "403 Forbidden" not in inhoud


def test_missing_page_is_friendly_dutch_with_main_landmark(klantmanager, inloggen):
    antwoord = inloggen(klantmanager).get("/bestaat-niet/")
    assert antwoord.status_code == 404
    inhoud = antwoord.content.decode()
    assert "<main" in inhoud and "Niet gevonden" in inhoud
