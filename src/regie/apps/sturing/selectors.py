"""Which inwoners a dashboard covers, cached indicators, and the maatwerk decisions a user may read."""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from regie.apps.accounts.models import Rol
from regie.apps.accounts.permissions import Actie, Categorie, Taak, filter_per_categorie, mag_taak
from regie.apps.dossier.models import Inwoner, Toewijzing

from . import indicatoren
from .models import MaatwerkBesluit

CACHE_SECONDEN = 24 * 3600


@dataclass(frozen=True)
class Bereik:
    """The scope of a dashboard: whose inwoners, optionally one wijk, and the period."""

    soort: str  # "eigen", "team" or "gemeente"
    id: int
    wijk_id: int | None
    van: date
    tot: date

    @property
    def sleutel(self) -> str:
        ruw = f"sturing:v1:{self.soort}:{self.id}:{self.wijk_id}:{self.van}:{self.tot}"
        return hashlib.sha256(ruw.encode()).hexdigest()


def standaard_periode(vandaag: date | None = None) -> tuple[date, date]:
    """The last five closed calendar years plus the current year up to today."""
    vandaag = vandaag or timezone.localdate()
    return date(vandaag.year - 5, 1, 1), vandaag


def bereik_voor(user, *, wijk_id=None, team_id=None, van=None, tot=None) -> Bereik | None:
    standaard_van, standaard_tot = standaard_periode()
    van, tot = van or standaard_van, tot or standaard_tot
    if mag_taak(user, Taak.STURING_GEMEENTE) and user.gemeente_id:
        if team_id:
            return Bereik("team", team_id, wijk_id, van, tot)
        return Bereik("gemeente", user.gemeente_id, wijk_id, van, tot)
    if mag_taak(user, Taak.STURING_TEAM) and user.team_id:
        return Bereik("team", user.team_id, wijk_id, van, tot)
    if mag_taak(user, Taak.STURING_EIGEN):
        return Bereik("eigen", user.pk, wijk_id, van, tot)
    return None


def inwoners_in(bereik: Bereik):
    if bereik.soort == "gemeente":
        qs = Inwoner.objects.filter(gemeente_id=bereik.id)
    elif bereik.soort == "team":
        qs = Inwoner.objects.filter(team_id=bereik.id)
    else:
        vandaag = timezone.localdate()
        actief = Toewijzing.objects.filter(medewerker_id=bereik.id, rol=Rol.KLANTMANAGER, vanaf__lte=vandaag).filter(
            Q(tot__isnull=True) | Q(tot__gte=vandaag)
        )
        qs = Inwoner.objects.filter(pk__in=actief.values("inwoner_id"))
    if bereik.wijk_id:
        qs = qs.filter(wijk_id=bereik.wijk_id)
    return qs


def bereken(bereik: Bereik) -> dict:
    gegevens = indicatoren.alle(inwoners_in(bereik), bereik.van, bereik.tot, bereik.tot)
    gegevens["berekend_op"] = timezone.now().isoformat()
    return gegevens


def ververs(bereik: Bereik) -> dict:
    gegevens = bereken(bereik)
    cache.set(bereik.sleutel, gegevens, CACHE_SECONDEN)
    return gegevens


def indicatoren_voor(bereik: Bereik) -> dict:
    """From the cache (filled by the background job); a scope not yet computed is computed once and cached."""
    gegevens = cache.get(bereik.sleutel)
    if gegevens is None:
        gegevens = ververs(bereik)
    return gegevens


# --- maatwerk decisions


def maatwerk_filter(user, actie: Actie = Actie.LEZEN) -> Q:
    """Maatwerk about money is financial data; other maatwerk is guidance, read like the contact notes."""
    return filter_per_categorie(
        user,
        actie,
        [(Q(financieel=True), Categorie.FINANCIEEL), (Q(), Categorie.CONTACTNOTITIES)],
        eigen="door_id",
    )


def zichtbare_maatwerkbesluiten(user):
    return MaatwerkBesluit.objects.filter(maatwerk_filter(user)).select_related("inwoner", "door", "beoordeeld_door")
