"""Writing the processing log: ``log_verwerking`` is the one entry point, ``log_inzage`` its older, thinner form.

Appending is serialised on the chain head row (``select_for_update`` on PostgreSQL; on SQLite the database write lock,
taken by the first statement, plus a process lock outside transactions), so concurrent requests never fork the hash
chain. An entry is written in the caller's transaction: a write that is rolled back leaves no entry behind. One append is a
lock, one INSERT, one UPDATE of the head and a SHA-256 over a few hundred bytes.
"""

import hashlib
import hmac
import threading
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from . import keten
from .context import huidig, logboeksleutel
from .models import Inzage, Ketenkop, Resultaat
from .register import CATEGORIEEN, Actie, afleiden, register

_SQLITE_SLOT = threading.Lock()


def pseudoniem(inwoner_id: int | None) -> str:
    """The inwoner as the log knows them: a keyed HMAC of the internal id, stable as long as the key is."""
    if inwoner_id is None:
        return ""
    return hmac.new(logboeksleutel(), f"inwoner:{int(inwoner_id)}".encode(), hashlib.sha256).hexdigest()


def organisatie_van(actor) -> str:
    """Organisation and team at the time of the entry (a later rename does not rewrite history)."""
    delen = []
    if getattr(actor, "organisatie", ""):
        delen.append(actor.organisatie)
    gemeente = getattr(actor, "gemeente", None) if getattr(actor, "gemeente_id", None) else None
    if gemeente is not None and not delen:
        delen.append(f"Gemeente {gemeente.naam}")
    team = getattr(actor, "team", None) if getattr(actor, "team_id", None) else None
    if team is not None:
        delen.append(team.naam)
    return ", ".join(delen)[:250]


def _categorie_tekst(categorieen: Iterable[str] | str | None) -> str:
    if not categorieen:
        return ""
    if isinstance(categorieen, str):
        categorieen = [categorieen]
    onbekend = [c for c in categorieen if c not in CATEGORIEEN]
    if onbekend:
        raise ValueError(f"Onbekende gegevenscategorie: {', '.join(onbekend)}.")
    return ",".join(sorted(set(categorieen)))


def log_verwerking(
    *,
    actor,
    actie: str = Actie.LEZEN,
    categorie: Iterable[str] | str | None = None,
    activiteit: str,
    onderdeel: str,
    inwoner_id: int | None = None,
    resultaat: str = Resultaat.GETOOND,
    doel: str = "",
    pad: str = "",
) -> Inzage:
    """Append one entry. Request details (IP, session, trace id, path) come from the request context when there is one."""
    if actie not in Actie.ALLE:
        raise ValueError(f"Onbekende actie '{actie}'.")
    register().activiteit(activiteit)  # an unknown activity is a programming error, found in tests
    context = huidig()
    velden = {
        "actor_id": actor.pk,
        "actor_rol": getattr(actor, "rol", "") or "",
        "organisatie": organisatie_van(actor),
        "actie": actie,
        "categorie": _categorie_tekst(categorie),
        "inwoner_id": int(inwoner_id) if inwoner_id is not None else None,
        "pseudoniem": pseudoniem(inwoner_id),
        "activiteit": activiteit,
        "onderdeel": (onderdeel or "")[:100],
        "doel": (doel or "")[:200],
        "resultaat": resultaat,
        "pad": (pad or (context.pad if context else ""))[:300],
        "ip": context.ip if context else None,
        "sessie": context.sessie if context else "",
        "trace_id": context.trace_id if context else "",
    }
    return _voeg_toe(velden)


def _voeg_toe(velden: dict) -> Inzage:
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        with _SQLITE_SLOT, transaction.atomic():
            # The first statement writes, so this transaction holds SQLite's write lock before it reads the head.
            Ketenkop.objects.filter(pk=1).update(volgnummer=F("volgnummer"))
            return _schrijf(velden, Ketenkop.objects.filter(pk=1).first(), timezone.now())
    with transaction.atomic():
        if connection.vendor == "sqlite":
            Ketenkop.objects.filter(pk=1).update(volgnummer=F("volgnummer"))
        return _schrijf(velden, Ketenkop.objects.select_for_update().filter(pk=1).first(), timezone.now())


def _schrijf(velden: dict, kop: Ketenkop | None, tijdstip) -> Inzage:
    if kop is None:
        # A fresh database: create the head; a concurrent creator wins the race harmlessly, then lock it.
        Ketenkop.objects.bulk_create([Ketenkop(pk=1, volgnummer=0, hash=keten.BEGIN)], ignore_conflicts=True)
        kop = Ketenkop.objects.select_for_update().get(pk=1)
    velden = {**velden, "volgnummer": kop.volgnummer + 1, "tijdstip": tijdstip, "vorige_hash": kop.hash}
    velden["hash"] = keten.bereken_hash(velden)
    rij = Inzage(**velden)
    rij.save(force_insert=True)
    Ketenkop.objects.filter(pk=1).update(volgnummer=velden["volgnummer"], hash=velden["hash"])
    return rij


def log_inzage(
    *,
    actor,
    inwoner_id: int | None,
    onderdeel: str,
    resultaat: str = Resultaat.GETOOND,
    doel: str = "",
    pad: str = "",
    actie: str | None = None,
    categorie: Iterable[str] | str | None = None,
    activiteit: str | None = None,
) -> Inzage:
    """A read of one inwoner's data (the older entry point). Category and activity follow from ``onderdeel`` unless
    given; the action is a read, or a change for a POST (the write itself is logged by the write hooks)."""
    afgeleide_categorieen, afgeleide_activiteit = afleiden(onderdeel, getattr(actor, "rol", ""))
    if actie is None:
        context = huidig()
        actie = Actie.WIJZIGEN if context and context.methode not in ("", "GET", "HEAD", "OPTIONS") else Actie.LEZEN
    return log_verwerking(
        actor=actor,
        actie=actie,
        categorie=afgeleide_categorieen if categorie is None else categorie,
        activiteit=activiteit or afgeleide_activiteit,
        onderdeel=onderdeel,
        inwoner_id=inwoner_id,
        resultaat=resultaat,
        doel=doel,
        pad=pad,
    )
