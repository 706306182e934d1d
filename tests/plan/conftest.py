import pytest

from regie.apps.accounts.models import Rol
from tests.conftest import _gebruiker


@pytest.fixture
def maak_account(gemeente):
    def maak(username="inwoner"):
        return _gebruiker(username, Rol.INWONER, gemeente)

    return maak
