"""An inwoner who opens a staff page is sent to their portal, not shown a 403 or 404 (and sees nothing of it)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def inwoner_account(maak_inwoner, maak_account, klantmanager):
    account = maak_account()
    return maak_inwoner(klantmanager=klantmanager, account=account), account


def test_staff_pages_redirect_an_inwoner_to_the_portal(inwoner_account, maak_inwoner, klantmanager, client):
    eigen, account = inwoner_account
    ander = maak_inwoner(klantmanager=klantmanager, achternaam="Anders")
    client.force_login(account)
    for url in (
        "/caseload/",
        f"/caseload/inwoners/{eigen.pk}/",
        f"/caseload/inwoners/{ander.pk}/",
        f"/caseload/inwoners/{ander.pk}/rechtmatigheid/",
        "/werklijst/",
        "/plekken/",
        "/herberekening/",
    ):
        response = client.get(url)
        assert (response.status_code, response.get("Location")) == (302, "/portaal/"), url
    response = client.post(f"/caseload/inwoners/{ander.pk}/contactmomenten/", {"notitie": "x"})
    assert (response.status_code, response.get("Location")) == (302, "/portaal/")
    from regie.apps.dossier.models import Contactmoment

    assert not Contactmoment.objects.exists()


def test_inwoner_pages_stay_open(inwoner_account, client):
    _eigen, account = inwoner_account
    client.force_login(account)
    for url in ("/portaal/", "/portaal/gegevens/", "/mijn-uitkering/", "/mijn-participatie/"):
        assert client.get(url).status_code == 200, url


def test_staff_is_not_redirected(klantmanager, client):
    client.force_login(klantmanager)
    assert client.get("/caseload/").status_code == 200
