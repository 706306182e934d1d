"""Behaviour of the API: ETag/If-Match, errors in Dutch naming the field, cursor pagination, filters, rate limits,
the stateless calculation and the schema."""

import io
import json

import pytest
from django.core.cache import cache
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from regie.apps.dossier.models import Inwoner
from regie.rules.cli import main as regie_bereken

pytestmark = pytest.mark.django_db

CASUS = {
    "peildatum": "2026-03-01",
    "aanvrager": {"geboortedatum": "1990-06-15"},
    "inkomsten": [{"soort": "arbeid", "netto_per_maand": "800.00", "vrijlating_sinds": "2026-01-01"}],
}


@pytest.fixture
def schrijver(maak_applicatie):
    _app, client = maak_applicatie(
        scopes=["inwoners:lezen", "inwoners:wijzigen"], categorieen=["contact:lezen", "contact:wijzigen"]
    )
    return client


def test_a_stale_if_match_is_refused_with_412_and_changes_nothing(wereld, schrijver):
    url = f"/api/v1/inwoners/{wereld.inwoner.pk}/"
    gelezen = schrijver.get(url)
    versie = gelezen["ETag"]
    eerste = schrijver.patch(url, {"telefoon": "0612345678"}, format="json", HTTP_IF_MATCH=versie)
    assert eerste.status_code == 200 and eerste.json()["telefoon"] == "0612345678"
    assert eerste["ETag"] != versie
    # A second system that read the same version before the change:
    tweede = schrijver.patch(url, {"telefoon": "0687654321"}, format="json", HTTP_IF_MATCH=versie)
    assert tweede.status_code == 412
    assert tweede.json()["fouten"][0]["veld"] == "If-Match"
    assert Inwoner.objects.get(pk=wereld.inwoner.pk).telefoon == "0612345678"
    # With the current version it goes through.
    derde = schrijver.patch(url, {"telefoon": "0687654321"}, format="json", HTTP_IF_MATCH=eerste["ETag"])
    assert derde.status_code == 200


def test_bad_input_gets_a_dutch_message_naming_the_field_and_saves_nothing(wereld, schrijver):
    url = f"/api/v1/inwoners/{wereld.inwoner.pk}/"
    antwoord = schrijver.patch(url, {"postcode": "ABC", "huisnummer": -3}, format="json")
    assert antwoord.status_code == 400
    velden = {f["veld"] for f in antwoord.json()["fouten"]}
    assert {"postcode", "huisnummer"} <= velden
    assert Inwoner.objects.get(pk=wereld.inwoner.pk).postcode == "7401 AB"
    niet_json = schrijver.patch(url, "geen json", content_type="application/json")
    assert niet_json.status_code == 400 and niet_json.json()["fouten"]


def test_writing_needs_the_write_scope_and_the_write_category(wereld, maak_applicatie):
    url = f"/api/v1/inwoners/{wereld.inwoner.pk}/"
    _app, lezer = maak_applicatie(naam="Lezer", scopes=["inwoners:lezen"], categorieen=["contact:lezen"])
    assert lezer.patch(url, {"telefoon": "0611111111"}, format="json").status_code == 403
    _app, zonder_categorie = maak_applicatie(
        naam="Half", scopes=["inwoners:lezen", "inwoners:wijzigen"], categorieen=["contact:lezen"]
    )
    assert zonder_categorie.patch(url, {"telefoon": "0611111111"}, format="json").status_code == 404
    assert Inwoner.objects.get(pk=wereld.inwoner.pk).telefoon == ""


def test_cursor_pagination_walks_all_rows_without_counting(wereld, maak_applicatie, maak_inwoner):
    for _ in range(5):
        maak_inwoner()
    _app, client = maak_applicatie(scopes=["inwoners:lezen"], categorieen=["contact:lezen"])
    gezien, url = [], "/api/v1/inwoners/?aantal=2"
    while url:
        pagina = client.get(url).json()
        assert "count" not in pagina
        gezien += [r["id"] for r in pagina["results"]]
        url = pagina["next"]
    assert gezien == sorted(Inwoner.objects.values_list("pk", flat=True))
    assert client.get("/api/v1/inwoners/?cursor=kapot").status_code == 404


def test_filters_and_their_errors(wereld, maak_applicatie):
    _app, client = maak_applicatie(scopes=["huishoudens:lezen"], categorieen=["huishouden:lezen"])
    op_datum = client.get(f"/api/v1/huishoudens/?inwoner={wereld.inwoner.pk}&geldig_op=2025-06-01").json()
    assert {h["inwoner"] for h in op_datum["results"]} == {wereld.inwoner.pk}
    fout = client.get("/api/v1/huishoudens/?geldig_op=gisteren&inwoner=99999999999999999999999")
    assert fout.status_code == 400
    assert {f["veld"] for f in fout.json()["fouten"]} == {"geldig_op", "inwoner"}


def test_rate_limit_per_application(wereld, maak_applicatie):
    cache.clear()
    _app, client = maak_applicatie(scopes=["plekken:lezen"], limiet_per_minuut=3)
    _app, ander = maak_applicatie(naam="Ander systeem", scopes=["plekken:lezen"], limiet_per_minuut=3)
    assert [client.get("/api/v1/plekken/").status_code for _ in range(4)] == [200, 200, 200, 429]
    te_veel = client.get("/api/v1/plekken/")
    assert (
        te_veel.status_code == 429
        and "Retry-After" in te_veel
        and "verzoeken" in te_veel.json()["fouten"][0]["melding"]
    )
    assert ander.get("/api/v1/plekken/").status_code == 200  # the limit is per application
    cache.clear()


def test_the_stateless_calculation_answers_as_regie_bereken(maak_applicatie):
    _app, client = maak_applicatie(scopes=["berekenen:lezen"])
    antwoord = client.post("/api/v1/berekenen/", CASUS, format="json")
    assert antwoord.status_code == 200
    uit = io.StringIO()
    regie_bereken([], stdin=io.StringIO(json.dumps(CASUS)), stdout=uit)
    assert antwoord.json() == json.loads(uit.getvalue())
    # Art. 21a norm 1401.50, income 800 less 25% exemption = 600 counts: 801.50 (docs/bereken-cli.md's example).
    assert antwoord.json()["uitkering"] == "801.50"
    fout = client.post("/api/v1/berekenen/", {**CASUS, "peildatum": "1 maart"}, format="json")
    assert fout.status_code == 400 and fout.json()["fouten"][0]["veld"] == "peildatum"
    assert client.post("/api/v1/berekenen/", [1, 2], format="json").status_code == 400


def test_the_stateless_calculation_needs_its_scope(maak_applicatie, krachtcoach, sessie):
    _app, client = maak_applicatie(scopes=["plekken:lezen"])
    assert client.post("/api/v1/berekenen/", CASUS, format="json").status_code == 403
    assert sessie(krachtcoach).post("/api/v1/berekenen/", CASUS, format="json").status_code == 403


def test_the_schema_validates_and_names_every_resource(client):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    paden = set(schema["paths"])
    for resource in ("inwoners", "huishoudens", "plannen", "doelen", "contactmomenten", "berekeningen", "plekken"):
        assert f"/api/v1/{resource}/" in paden
    assert "/api/v1/berekenen/" in paden
    assert client.get("/api/v1/schema/").status_code == 200


def test_the_documentation_page_works_under_the_strict_csp(client):
    pagina = client.get("/api/v1/docs/")
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert "<style" not in html and "<script>" not in html and "cdn" not in html.lower()
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()
    assert "script-src 'self'" in pagina["Content-Security-Policy"]
