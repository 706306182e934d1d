"""A bounded schemathesis run against the API, in process through WSGI: no server error and no response that
contradicts the schema, for a key with every scope (so the requests reach the code behind the checks)."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from regie.apps.accounts.permissions import Categorie
from regie.apps.koppelingen import scopes

VOORBEELDEN_PER_ENDPOINT = 8

schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
schema.app = get_wsgi_application()


@pytest.fixture
def open_verbinding():
    """Keep the test's database connection (and its transaction) open across WSGI requests, as Django's test
    client does: the handler would otherwise close it at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def sleutel(open_verbinding, db, maak_applicatie, maak_inwoner, klantmanager):
    for _ in range(3):
        maak_inwoner(klantmanager=klantmanager)
    cache.clear()
    alle_scopes = [k for k, _label in scopes.resourcekeuzes()]
    alle_categorieen = [f"{c}:{a}" for c in Categorie for a in ("lezen", "wijzigen")]
    app, client = maak_applicatie(
        naam="Fuzzer", scopes=alle_scopes, categorieen=alle_categorieen, limiet_per_minuut=100_000
    )
    return client._credentials["HTTP_AUTHORIZATION"]


@schema.parametrize()
@settings(
    max_examples=VOORBEELDEN_PER_ENDPOINT,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@pytest.mark.django_db
def test_api_fuzzing(case, sleutel):
    case.call_and_validate(headers={"Authorization": sleutel}, checks=[not_a_server_error, response_schema_conformance])
