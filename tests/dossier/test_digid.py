"""DigiD through OpenID Connect: only a known inwoner gets in, with their own portal account."""

import pytest

from regie.apps.accounts.models import Rol
from regie.apps.dossier.digid import DigiDBackend

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend(settings):
    settings.OIDC_OP_TOKEN_ENDPOINT = "https://broker.example/token"
    settings.OIDC_OP_USER_ENDPOINT = "https://broker.example/userinfo"
    settings.OIDC_RP_CLIENT_ID = "regie"
    settings.OIDC_RP_CLIENT_SECRET = "geheim"
    return DigiDBackend()


def test_known_inwoner_gets_an_account_on_first_login_and_the_same_one_after(backend, maak_inwoner):
    inwoner = maak_inwoner()
    claims = {"bsn": inwoner.bsn}
    assert backend.verify_claims(claims)
    assert not backend.filter_users_by_claims(claims).exists()
    account = backend.create_user(claims)
    inwoner.refresh_from_db()
    assert inwoner.account == account and account.rol == Rol.INWONER and not account.has_usable_password()
    assert list(backend.filter_users_by_claims(claims)) == [account]


def test_unknown_or_invalid_bsn_gets_no_account(backend, maak_inwoner):
    maak_inwoner()
    assert not backend.verify_claims({"bsn": "123456789"})  # fails the elfproef
    assert not backend.verify_claims({})
    assert backend.create_user({"bsn": "111222333"}) is None  # valid, but not an inwoner of Regie


def test_login_page_offers_digid_only_when_configured(client, settings):
    assert "Inloggen met DigiD" not in client.get("/account/inloggen/").content.decode()
    pagina = client.get("/account/inloggen/?digid=mislukt").content.decode()
    assert "Inloggen met DigiD is niet gelukt" in pagina
