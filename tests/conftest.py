"""Shared fixtures: a small municipality with one user per role and a factory for inwoners."""

import itertools
from datetime import date

import pytest

from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Team
from regie.apps.demo.generator import bsn_reeks
from regie.apps.dossier.models import Huishouden, Inwoner, Samenstelling, Toewijzing, Wijk

WACHTWOORD = "een-lang-testwachtwoord"


@pytest.fixture
def gemeente(db):
    return Gemeente.objects.create(naam="Testdorp", cbs_code="GM9998")


@pytest.fixture
def wijk(gemeente):
    return Wijk.objects.create(gemeente=gemeente, naam="Centrum", code="WK999801")


@pytest.fixture
def team(gemeente):
    return Team.objects.create(gemeente=gemeente, naam="Team Noord")


@pytest.fixture
def ander_team(gemeente):
    return Team.objects.create(gemeente=gemeente, naam="Team Zuid")


def _gebruiker(username, rol, gemeente, **extra):
    user = Gebruiker(username=username, rol=rol, gemeente=gemeente, first_name=username.title(), **extra)
    user.set_password(WACHTWOORD)
    user.save()
    return user


@pytest.fixture
def klantmanager(gemeente, team):
    return _gebruiker("klantmanager", Rol.KLANTMANAGER, gemeente, team=team)


@pytest.fixture
def collega_ander_team(gemeente, ander_team):
    return _gebruiker("collega", Rol.KLANTMANAGER, gemeente, team=ander_team)


@pytest.fixture
def krachtcoach(gemeente):
    return _gebruiker("krachtcoach", Rol.KRACHTCOACH, gemeente, organisatie="Buurtkracht")


@pytest.fixture
def teamleider(gemeente, team):
    return _gebruiker("teamleider", Rol.TEAMLEIDER, gemeente, team=team)


@pytest.fixture
def beheerder(gemeente):
    return _gebruiker("beheerder", Rol.FUNCTIONEEL_BEHEERDER, gemeente, is_staff=True)


@pytest.fixture
def maak_account(gemeente):
    """An inwoner's login account (link it with ``maak_inwoner(account=...)``)."""

    def maak(username="inwoner"):
        return _gebruiker(username, Rol.INWONER, gemeente)

    return maak


@pytest.fixture
def maak_inwoner(gemeente, wijk, team):
    """Create an inwoner with a running household and, optionally, a klantmanager and krachtcoach."""
    bsns = bsn_reeks(__import__("random").Random(7))
    teller = itertools.count(1)

    def maak(*, team=team, klantmanager=None, krachtcoach=None, achternaam=None, **velden):
        n = next(teller)
        inwoner = Inwoner.objects.create(
            gemeente=gemeente,
            team=team,
            wijk=wijk,
            bsn=next(bsns),
            voornamen=velden.pop("voornamen", f"Test{n}"),
            achternaam=achternaam or f"Achternaam{n:03d}",
            geboortedatum=velden.pop("geboortedatum", date(1985, 3, n % 28 + 1)),
            straat="Teststraat",
            huisnummer=n,
            postcode="7401 AB",
            woonplaats="Testdorp",
            **velden,
        )
        Huishouden.objects.create(
            inwoner=inwoner, samenstelling=Samenstelling.ALLEENSTAAND, geldig_vanaf=date(2024, 1, 1)
        )
        for medewerker in (klantmanager, krachtcoach):
            if medewerker is not None:
                Toewijzing.objects.create(
                    inwoner=inwoner, medewerker=medewerker, rol=medewerker.rol, vanaf=date(2024, 1, 1)
                )
        return inwoner

    return maak


@pytest.fixture
def inloggen(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture(autouse=True)
def _jobs_inline(settings):
    """Background jobs run inline in tests, so their effects are visible inside the test transaction."""
    settings.REGIE_JOBS_IN_THREAD = False
    settings.CELERY_BROKER_URL = ""


@pytest.fixture(autouse=True)
def _lege_cache():
    """Every test starts with an empty cache: counts remembered for a user id must not leak into the next test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
