"""Who gets what through the API: scopes per resource, categories per field, the krachtcoach's session."""

from datetime import date
from decimal import Decimal

import pytest

from regie.apps.audit.models import Inzage
from regie.apps.inkomen.models import Berekening
from tests.toegang.conftest import MONSTERS

from .conftest import ALLE_CATEGORIEEN_LEZEN

pytestmark = pytest.mark.django_db

LIJSTEN = [
    "/api/v1/inwoners/",
    "/api/v1/huishoudens/",
    "/api/v1/plannen/",
    "/api/v1/doelen/",
    "/api/v1/contactmomenten/",
    "/api/v1/berekeningen/",
    "/api/v1/plekken/",
    "/api/v1/plaatsingen/",
    "/api/v1/gesprekken/",
]
UITKERING = "987.65"


@pytest.fixture
def berekening(wereld, klantmanager):
    return Berekening.objects.create(
        inwoner=wereld.inwoner,
        peildatum=date(2026, 3, 1),
        engine_versie="1.1.0",
        invoer={},
        resultaat={"uitkering": UITKERING},
        recht=True,
        uitkering=Decimal(UITKERING),
        aanleiding="aanvraag",
        berekend_door=klantmanager,
    )


def test_a_key_with_only_read_scope_for_plekken_cannot_read_inwoners(wereld, maak_applicatie):
    _app, client = maak_applicatie(scopes=["plekken:lezen"], categorieen=ALLE_CATEGORIEEN_LEZEN)
    assert client.get("/api/v1/plekken/").status_code == 200
    for url in ("/api/v1/inwoners/", f"/api/v1/inwoners/{wereld.inwoner.pk}/", "/api/v1/berekeningen/"):
        antwoord = client.get(url)
        assert antwoord.status_code == 403, url
        assert wereld.inwoner.achternaam not in antwoord.content.decode()
        assert (
            "inwoners" in antwoord.json()["fouten"][0]["melding"]
            or "berekeningen" in antwoord.json()["fouten"][0]["melding"]
        )


def test_the_resource_scope_alone_shows_no_personal_data_without_its_category(wereld, maak_applicatie):
    _app, client = maak_applicatie(scopes=["inwoners:lezen"], categorieen=[])
    antwoord = client.get("/api/v1/inwoners/")
    assert antwoord.status_code == 200
    assert antwoord.json()["results"] == []


def test_identification_needs_its_own_category(wereld, maak_applicatie):
    _app, alleen_contact = maak_applicatie(
        naam="Klantcontact", scopes=["inwoners:lezen"], categorieen=["contact:lezen"]
    )
    _app, met_bsn = maak_applicatie(
        naam="Basisregistratie", scopes=["inwoners:lezen"], categorieen=["contact:lezen", "identificatie:lezen"]
    )
    url = f"/api/v1/inwoners/{wereld.inwoner.pk}/"
    zonder = alleen_contact.get(url)
    assert (
        zonder.status_code == 200 and "bsn" not in zonder.json() and wereld.inwoner.bsn not in zonder.content.decode()
    )
    assert met_bsn.get(url).json()["bsn"] == wereld.inwoner.bsn


def test_an_application_sees_only_its_own_municipality(wereld, maak_applicatie, maak_inwoner):
    from regie.apps.accounts.models import Gemeente

    elders = Gemeente.objects.create(naam="Elders", cbs_code="GM9997")
    app, client = maak_applicatie(scopes=["inwoners:lezen"], categorieen=["contact:lezen"])
    app.account.gemeente = elders
    app.account.save()
    type(app).objects.filter(pk=app.pk).update(gemeente=elders)
    assert client.get("/api/v1/inwoners/").json()["results"] == []
    assert client.get(f"/api/v1/inwoners/{wereld.inwoner.pk}/").status_code == 404


def test_a_krachtcoach_session_never_returns_financial_or_health_fields(wereld, krachtcoach, sessie, berekening):
    client = sessie(krachtcoach)
    verboden = [wereld.inwoner.bsn, UITKERING, *MONSTERS["financieel"], *MONSTERS["gezondheid"]]
    gezien = 0
    for url in [*LIJSTEN, f"/api/v1/inwoners/{wereld.inwoner.pk}/", f"/api/v1/berekeningen/{berekening.pk}/"]:
        antwoord = client.get(url)
        assert antwoord.status_code in (200, 403, 404), url
        inhoud = antwoord.content.decode()
        for waarde in verboden:
            assert waarde not in inhoud, (url, waarde)
        for sleutel in ("bsn", "uitkering", "resultaat", "geboortedatum"):
            assert f'"{sleutel}"' not in inhoud, (url, sleutel)
        gezien += antwoord.status_code == 200
    # The krachtcoach does get the contact details of their inwoner: the test looks at real answers.
    assert "Matrixlaan" in client.get(f"/api/v1/inwoners/{wereld.inwoner.pk}/").content.decode()
    assert gezien >= 4


def test_the_klantmanager_does_see_the_calculation(wereld, klantmanager, sessie, berekening):
    antwoord = sessie(klantmanager).get("/api/v1/berekeningen/")
    assert antwoord.status_code == 200
    assert [b["uitkering"] for b in antwoord.json()["results"]] == [UITKERING]


def test_conversations_never_carry_the_notes_or_utterances(wereld, klantmanager, sessie):
    antwoord = sessie(klantmanager).get("/api/v1/gesprekken/")
    assert antwoord.status_code == 200 and len(antwoord.json()["results"]) == 1
    inhoud = antwoord.content.decode()
    assert MONSTERS["gesprekken"][0] not in inhoud and "aantekeningen" not in inhoud and "beurten" not in inhoud


def test_an_inwoner_session_and_anonymous_callers_get_nothing(wereld, sessie, client):
    assert client.get("/api/v1/inwoners/").status_code == 401
    beheerder_antwoord = sessie(wereld.gebruikers["beheerder"]).get("/api/v1/inwoners/")
    assert beheerder_antwoord.status_code == 403


def test_every_read_is_logged_with_the_application_as_actor(wereld, maak_applicatie):
    app, client = maak_applicatie(scopes=["inwoners:lezen"], categorieen=["contact:lezen"], activiteit="begeleiding")
    client.get(f"/api/v1/inwoners/{wereld.inwoner.pk}/")
    client.get("/api/v1/inwoners/")
    regels = Inzage.objects.filter(actor=app.account).order_by("volgnummer")
    # The detail read, then one entry per inwoner on the page (both inwoners of the municipality).
    assert [(r.actie, r.inwoner_id, r.activiteit) for r in regels] == [
        ("lezen", wereld.inwoner.pk, "begeleiding"),
        *sorted(("zoeken", i.pk, "begeleiding") for i in (wereld.inwoner, wereld.ander_inwoner)),
    ]
    assert regels[0].organisatie == "Koppeling: Uitkeringsadministratie"
    assert regels[0].onderdeel == "API: inwoners"


def test_a_wrong_or_withdrawn_key_is_refused(wereld, maak_applicatie, beheerder):
    from regie.apps.koppelingen import services

    app, client = maak_applicatie(scopes=["plekken:lezen"])
    assert client.get("/api/v1/plekken/").status_code == 200
    client.credentials(HTTP_AUTHORIZATION="Bearer regie_000000000000_verkeerd")
    assert client.get("/api/v1/plekken/").status_code == 401
    _app, nieuwe = services.vervang_sleutel(door=beheerder, applicatie_id=app.pk)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {nieuwe}")
    assert client.get("/api/v1/plekken/").status_code == 200
    services.wijzig_applicatie(door=beheerder, applicatie_id=app.pk, gegevens={"actief": False})
    antwoord = client.get("/api/v1/plekken/")
    assert antwoord.status_code == 401 and antwoord.json()["fouten"][0]["melding"]
