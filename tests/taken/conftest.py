"""Fixtures for background jobs: a municipality with inwoners, small chunks, and duplicate counting."""

from datetime import date

import pytest
from django.db.models import Count

from regie.apps.inkomen.models import Berekening, NietBerekend
from regie.apps.taken import soorten

PEILDATUM = date(2026, 1, 1)


@pytest.fixture
def inwoners(maak_inwoner, klantmanager):
    """35 inwoners in the klantmanager's caseload; the engine refuses two of them (born after the peildatum)."""
    rijen = [maak_inwoner(klantmanager=klantmanager) for _ in range(33)]
    rijen += [maak_inwoner(klantmanager=klantmanager, geboortedatum=date(2026, 5, d)) for d in (1, 2)]
    return rijen


@pytest.fixture
def kleine_delen(monkeypatch):
    """Chunks of 10 inwoners, so 35 inwoners take four chunks."""
    monkeypatch.setattr(soorten.van("herberekening"), "deel_grootte", 10)


def dubbel_berekend(herberekening) -> dict:
    """Inwoners with more than one calculation (or refusal) from this one herberekening; must always be empty."""
    dubbel = dict(
        Berekening.objects.filter(herberekening=herberekening)
        .values("inwoner")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("inwoner", "n")
    )
    dubbel.update(
        NietBerekend.objects.filter(herberekening=herberekening)
        .values("inwoner")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("inwoner", "n")
    )
    return dubbel


def per_inwoner_eenmaal(herberekening, inwoners) -> bool:
    """Every inwoner exactly once: calculated or refused, never both, never twice."""
    berekend = list(Berekening.objects.filter(herberekening=herberekening).values_list("inwoner_id", flat=True))
    geweigerd = list(NietBerekend.objects.filter(herberekening=herberekening).values_list("inwoner_id", flat=True))
    return sorted(berekend + geweigerd) == sorted(i.pk for i in inwoners)
