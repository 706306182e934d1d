"""Fixtures for participation: places near the test town, profiles with consent, and the test encoder."""

from decimal import Decimal

import pytest

from regie.apps.participatie import koppeling
from regie.apps.participatie.models import Organisatie, Participatieprofiel, Plek, Postcode, Toestemming

# Fictitious coordinates of the test town's postcode area 7401 (see tests/conftest.py: every inwoner lives there).
LAT, LON = 52.0, 5.0


@pytest.fixture(autouse=True)
def _hash_encoder(settings):
    """The deterministic test encoder instead of the real model, and an empty index cache per test."""
    settings.REGIE_MATCHING_ENCODER = "hash"
    koppeling.vergeet_indexen()
    yield
    koppeling.vergeet_indexen()


@pytest.fixture
def postcode(db):
    return Postcode.objects.create(postcode="7401", lat=LAT, lon=LON)


@pytest.fixture
def maak_plek(gemeente, wijk):
    def maak(activiteit="Fietsenwerkplaats", organisatie="De Spaak", **velden):
        org, _ = Organisatie.objects.get_or_create(gemeente=gemeente, naam=organisatie)
        waarden = {
            "omschrijving": "We repareren fietsen van buurtbewoners en knappen oude fietsen op.",
            "wijk": wijk,
            "lat": LAT + 0.005,
            "lon": LON + 0.005,
            "tags": ["technisch", "klussen"],
            "dagdelen": ["dinsdagochtend", "donderdagochtend"],
            "uren_per_week": Decimal("4"),
            "capaciteit": 2,
            **velden,
        }
        return Plek.objects.create(gemeente=gemeente, organisatie=org, activiteit=activiteit, **waarden)

    return maak


@pytest.fixture
def maak_profiel():
    def maak(inwoner, *, toestemming=True, **velden):
        waarden = {
            "hobbys": "fietsen repareren\nsleutelen aan brommers",
            "passies": "koken voor anderen",
            "tags": ["technisch"],
            "beschikbaar": ["dinsdagochtend", "donderdagochtend", "vrijdagmiddag"],
            "uren_per_week": Decimal("6"),
            "reismodus": "fiets",
            "straal_km": Decimal("5"),
            **velden,
        }
        return Participatieprofiel.objects.create(
            inwoner=inwoner,
            toestemming=toestemming,
            toestemming_via=Toestemming.MONDELING if toestemming else "",
            **waarden,
        )

    return maak
