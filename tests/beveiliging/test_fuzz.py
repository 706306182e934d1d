"""Property-based fuzz: no URL, as no role, with any path parameter, query parameter or form field, answers 500.

Every URL pattern comes from the resolver, so a new page is fuzzed without anyone listing it. For each role the test
first opens every page with real ids to learn the names of its form fields; hypothesis then fills path parameters,
query parameters and those fields (plus random extra keys) with hostile values: integers beyond any column, negative
numbers, NaN and Infinity, dates in year 1 and 9999, unicode digits, control characters, very long text. The run is
derandomised and bounded, so it is the same in CI every time and takes well under a minute.
"""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regie.apps.accounts.models import Rol
from regie.apps.gesprekken.models import Beurt, Gesprek, Spreker, StatusGesprek
from regie.apps.participatie.models import Organisatie, Plaatsing, Plek
from regie.apps.plan.models import Belemmering, Doel, Plan, Stap
from tests.conftest import _gebruiker

pytestmark = pytest.mark.django_db

# The Django admin is for technical superusers and tested by Django itself; DigiD needs an external broker.
NIET_GEFUZZD = ("beheer/", "oidc/")
ROLLEN = ["anoniem", "klantmanager", "krachtcoach", "teamleider", "beheerder", "inwoner"]

VIJANDIG = [
    "",
    "0",
    "-1",
    "1",
    "abc",
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "1e999999",
    "9" * 40,
    str(2**63),
    str(2**31),
    "-" + "9" * 25,
    "0001-01-01",
    "9999-12-31",
    "31-02-2026",
    "1,5",
    "٣",
    "𝟘𝟙",
    "\u202etekst",
    "a\x00b",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "x" * 5000,
    "ja",
    "on",
    "professional",
]


def _patronen() -> list[str]:
    """The route of every URL pattern, with its converters, e.g. ``caseload/inwoners/<int:pk>/``."""

    def loop(patronen, prefix):
        for patroon in patronen:
            route = prefix + str(patroon.pattern)
            if isinstance(patroon, URLResolver):
                yield from loop(patroon.url_patterns, route)
            elif isinstance(patroon, URLPattern):
                yield route

    return sorted({r for r in loop(get_resolver().url_patterns, "") if not r.startswith(NIET_GEFUZZD)})


PATRONEN = _patronen()
PARAMETER = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<naam>\w+)>")


def _pad(route: str, waarden: dict[str, str]) -> str:
    return "/" + PARAMETER.sub(lambda m: waarden[m.group("naam")], route)


@pytest.fixture(autouse=True)
def _snelle_wachtwoorden(settings):
    """Six accounts per role run: a fast hasher keeps the set-up out of the time budget."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def wereld(gemeente, team, klantmanager, krachtcoach, teamleider, beheerder, maak_inwoner):
    """One of everything a page can be about, so that real ids reach the code behind the 404s."""
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    account = _gebruiker("inwoner", Rol.INWONER, gemeente)
    inwoner.account = account
    inwoner.save(update_fields=["account"])
    plan = Plan.objects.create(inwoner=inwoner)
    doel = Doel.objects.create(
        plan=plan, eigen_woorden="Weer werken", leefgebied="werk", belang=7, vertrouwen=5, geschreven_door=klantmanager
    )
    stap = Stap.objects.create(doel=doel, wat="Bellen met de bakkerij")
    belemmering = Belemmering.objects.create(
        inwoner=inwoner,
        soort="taal",
        omschrijving="Nederlands lezen",
        wat_helpt="Taalles",
        vastgelegd_door=klantmanager,
        vastgelegd_op=date(2026, 1, 5),
    )
    organisatie = Organisatie.objects.create(gemeente=gemeente, naam="De Spaak")
    plek = Plek.objects.create(
        gemeente=gemeente, organisatie=organisatie, activiteit="Fietsenwerkplaats", omschrijving="Fietsen maken.",
        lat=52.0, lon=5.0, tags=["technisch"], dagdelen=["dinsdagochtend"], uren_per_week=Decimal("4"), capaciteit=2,
    )  # fmt: skip
    plaatsing = Plaatsing.objects.create(
        inwoner=inwoner, plek=plek, voorgesteld_door=krachtcoach, uren_per_week=Decimal("4")
    )
    gesprek = Gesprek.objects.create(
        eigenaar=klantmanager, inwoner=inwoner, datum=date(2026, 1, 5), status=StatusGesprek.GECODEERD
    )
    Beurt.objects.create(gesprek=gesprek, volgorde=1, spreker_label="KM", spreker=Spreker.PROFESSIONAL, tekst="Hoi")
    Beurt.objects.create(gesprek=gesprek, volgorde=2, spreker_label="I", spreker=Spreker.INWONER, tekst="Hallo")
    gebruikers = {
        "anoniem": None,
        "klantmanager": klantmanager,
        "krachtcoach": krachtcoach,
        "teamleider": teamleider,
        "beheerder": beheerder,
        "inwoner": account,
    }
    echte_ids = {
        "pk": [inwoner.pk, gesprek.pk],
        "doel_pk": [doel.pk],
        "stap_pk": [stap.pk],
        "belemmering_pk": [belemmering.pk],
        "plek_pk": [plek.pk],
        "plaatsing_pk": [plaatsing.pk],
        "object_pk": [1],
        "beurt": [1, 2],
    }
    return gebruikers, echte_ids


ACTIES = ["afronden", "bijstellen", "heropenen", "wijzig", "stap", "checkin", "belemmering", "inkomen", "vermogen",
          "verplichting", "ontheffing", "plannen", "bereken", "gegevens", "kennismaking", "start", "beeindig",
          "evaluatie", "inkomstenbron", "vermogensbestanddeel", "ladder", "zelfredzaamheid", "toevoegen"]  # fmt: skip


def _echte_waarde(naam: str, conv: str, echte_ids: dict) -> str:
    if conv == "int":
        return str(echte_ids.get(naam, [1])[0])
    return ACTIES[0]


def _veldnamen(html: str) -> list[str]:
    namen = re.findall(r'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"', html)
    return sorted({n for n in namen if n != "csrfmiddlewaretoken"})


def _client(gebruiker) -> Client:
    client = Client(raise_request_exception=False)
    if gebruiker is not None:
        client.force_login(gebruiker)
    return client


def _kaart(client, echte_ids) -> list[tuple[str, dict, list[str]]]:
    """Every pattern with its parameters, and the form fields its page shows this role (with real ids)."""
    kaart = []
    for route in PATRONEN:
        parameters = {m.group("naam"): (m.group("conv") or "str") for m in PARAMETER.finditer(route)}
        pad = _pad(route, {n: _echte_waarde(n, c, echte_ids) for n, c in parameters.items()})
        antwoord = client.get(pad)
        assert antwoord.status_code != 500, f"GET {pad}"
        velden = _veldnamen(antwoord.content.decode("utf-8", "replace")) if antwoord.status_code == 200 else []
        kaart.append((route, parameters, velden))
    return kaart


def _padwaarde(conv: str, naam: str, echte_ids: dict):
    if conv == "int":
        getallen = st.one_of(
            st.sampled_from([str(i) for i in echte_ids.get(naam, [1])]),
            st.integers(min_value=0, max_value=10**40).map(str),
            st.sampled_from(["0", "9" * 40, str(2**63), str(2**63 - 1), str(2**31)]),
        )
        return getallen
    return st.one_of(st.sampled_from(ACTIES), st.from_regex(r"\A[-a-zA-Z0-9_]{1,40}\Z"))


WAARDE = st.one_of(
    st.sampled_from(VIJANDIG),
    st.integers().map(str),
    st.text(max_size=60),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@pytest.mark.parametrize("rol", ROLLEN)
def test_no_input_gives_a_500(wereld, rol):
    gebruikers, echte_ids = wereld
    client = _client(gebruikers[rol])
    kaart = _kaart(client, echte_ids)

    def opnieuw_inloggen():
        # A fuzzed POST to the logout page must not turn the rest of the run into an anonymous one.
        if gebruikers[rol] is not None:
            client.force_login(gebruikers[rol])

    # Every URL at least once with an id beyond any column and a non-number in every field.
    for route, parameters, velden in kaart:
        for id_waarde, veld_waarde in (("9" * 40, "abc"), (None, "NaN")):
            opnieuw_inloggen()
            pad = _pad(route, {n: id_waarde or _echte_waarde(n, c, echte_ids) for n, c in parameters.items()})
            invoer = dict.fromkeys(velden, veld_waarde)
            assert client.get(pad, invoer).status_code != 500, f"GET {pad} {invoer!r}"
            assert client.post(pad, invoer).status_code != 500, f"POST {pad} {invoer!r}"

    @settings(
        max_examples=60,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def verzoek(data):
        route, parameters, velden = data.draw(st.sampled_from(kaart), label="url")
        pad = _pad(route, {n: data.draw(_padwaarde(c, n, echte_ids), label=n) for n, c in parameters.items()})
        namen = st.sampled_from(velden) if velden else st.nothing()
        sleutels = st.one_of(
            namen, st.sampled_from(["zoek", "sortering", "pagina", "q", "page", "x"]), st.text(min_size=1, max_size=20)
        )
        invoer = data.draw(st.dictionaries(sleutels, WAARDE, max_size=8), label="invoer")
        # A page's own fields all filled, so validation gets past "required" into the parsing of each value.
        invoer.update({veld: data.draw(WAARDE, label=veld) for veld in velden[:30]})
        opnieuw_inloggen()
        get = client.get(pad, invoer)
        assert get.status_code != 500, f"GET {pad} {invoer!r}"
        post = client.post(pad, invoer)
        assert post.status_code != 500, f"POST {pad} {invoer!r}"

    verzoek()
