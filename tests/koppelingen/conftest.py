import pytest
from rest_framework.test import APIClient

from regie.apps.koppelingen import services
from tests.toegang.conftest import wereld  # noqa: F401 - the municipality with data of every category

ALLE_CATEGORIEEN_LEZEN = [
    f"{c}:lezen"
    for c in ("identificatie", "contact", "huishouden", "financieel", "plan", "plaatsingen", "contactnotities")
]


@pytest.fixture
def maak_applicatie(beheerder):
    """An application in the beheerder's municipality; returns it with a client that sends its key."""

    def maak(naam="Uitkeringsadministratie", scopes=(), categorieen=(), **extra):
        applicatie, sleutel = services.maak_applicatie(
            door=beheerder,
            gegevens={"naam": naam, "scopes": list(scopes), "categorieen": list(categorieen), **extra},
        )
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {sleutel}")
        return applicatie, client

    return maak


@pytest.fixture
def sessie():
    def maak(user):
        client = APIClient()
        client.force_login(user)
        return client

    return maak
