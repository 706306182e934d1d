"""Writing the processing log: ``log_verwerking`` is the one entry point, ``log_inzage`` its older, thinner form.

Appending is serialised on the chain head row: its first statement is a no-op UPDATE of that row, which takes a row
lock on PostgreSQL and the write lock on SQLite, so concurrent requests never fork the hash chain. An entry is written
in the caller's transaction: a write that is rolled back leaves no entry behind. On PostgreSQL one append is a single
statement (lock the head, finish the hash, move the head, INSERT the entry); on SQLite three (lock and read the head,
INSERT the entry, move the head) and a SHA-256 over a few hundred bytes.
"""

import hashlib
import hmac
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import nullcontext

from django.db import connection, transaction
from django.utils import timezone

from . import keten
from .context import huidig, logboeksleutel
from .models import Inzage, Ketenkop, Resultaat
from .register import CATEGORIEEN, Actie, afleiden, register

_SLOT = threading.Lock()


def pseudoniem(inwoner_id: int | None) -> str:
    """The inwoner as the log knows them: a keyed HMAC of the internal id, stable as long as the key is."""
    if inwoner_id is None:
        return ""
    return hmac.new(logboeksleutel(), f"inwoner:{int(inwoner_id)}".encode(), hashlib.sha256).hexdigest()


def organisatie_van(actor) -> str:
    """Who the actor works for at the time of the entry (a later rename does not rewrite history): the partner
    organisation of a krachtcoach, the team of a klantmanager or teamleider, else the municipality."""
    if getattr(actor, "organisatie", ""):
        return actor.organisatie[:250]
    if getattr(actor, "team_id", None):
        return actor.team.naam[:250]
    if getattr(actor, "gemeente_id", None):
        return f"Gemeente {actor.gemeente.naam}"[:250]
    return ""


def _in_bereik(inwoner_id) -> int | None:
    """An id from a URL can be any size; one that cannot be a database id is still logged (by pseudonym), not stored."""
    if inwoner_id is None:
        return None
    waarde = int(inwoner_id)
    return waarde if -(2**63) <= waarde < 2**63 else None


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
    """Append one entry; IP, session, trace id and path come from the request context when there is one."""
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
        "inwoner_id": _in_bereik(inwoner_id),
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


# The head's table name is fixed in its Meta, so these stay plain constants.
_VERGRENDEL = "UPDATE audit_ketenkop SET volgnummer = volgnummer WHERE id = 1"
_LEES_KOP = "SELECT volgnummer, hash FROM audit_ketenkop WHERE id = 1"
_VERPLAATS = "UPDATE audit_ketenkop SET volgnummer = %s, hash = %s WHERE id = 1"


def _vergrendel_kop(cursor) -> tuple[int, str] | None:
    """Lock the chain head (a no-op UPDATE: a row lock on PostgreSQL, the write lock on SQLite) and read it."""
    if connection.vendor == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        cursor.execute(_VERGRENDEL)
        cursor.execute(_LEES_KOP)
    else:
        cursor.execute(_VERGRENDEL + " RETURNING volgnummer, hash")
    return cursor.fetchone()


# PostgreSQL appends in one statement: lock the head (FOR UPDATE waits for a concurrent append and then reads the head
# it left), finish the entry's hash from the canonical form the application built, move the head and insert the
# entry. Under READ COMMITTED the head's UPDATE follows the row version the lock read, so the chain cannot fork; the
# head's trigger (only one step forward) would refuse it if it did.
_KOLOMMEN = (*keten.VELDEN, "hash")
_VOEG_TOE_PG = f"""
WITH oud AS (
    SELECT volgnummer, hash FROM audit_ketenkop WHERE id = 1 FOR UPDATE
), nieuw AS (
    SELECT volgnummer + 1 AS volgnummer, hash AS vorige_hash,
           encode(sha256(convert_to(%(begin)s || (volgnummer + 1)::text || ',"vorige_hash":"' || hash || '"}}',
                                    'UTF8')), 'hex') AS hash
    FROM oud
), kop AS (
    UPDATE audit_ketenkop SET volgnummer = nieuw.volgnummer, hash = nieuw.hash FROM nieuw WHERE audit_ketenkop.id = 1
)
INSERT INTO audit_inzage ({", ".join(_KOLOMMEN)})
SELECT {", ".join(f"nieuw.{k}" if k in ("volgnummer", "vorige_hash", "hash") else f"%({k})s" for k in _KOLOMMEN)}
FROM nieuw
RETURNING id, volgnummer, vorige_hash, hash
"""  # noqa: S608 - the column names are the model's own constants, every value is a parameter


def _voeg_toe_postgresql(velden: dict) -> Inzage | None:
    """One round trip and no transaction of its own; None on a database without a chain head yet."""
    begin = keten.canoniek_begin(velden)
    with connection.cursor() as cursor:
        cursor.execute(_VOEG_TOE_PG, {**{k: velden.get(k) for k in keten.VELDEN}, "begin": begin})
        rij = cursor.fetchone()
    if rij is None:
        return None
    inzage = Inzage(**{**velden, "id": rij[0], "volgnummer": rij[1], "vorige_hash": rij[2], "hash": rij[3]})
    inzage._state.adding = False
    inzage._state.db = connection.alias
    return inzage


def _voeg_toe(velden: dict) -> Inzage:
    velden = {**velden, "tijdstip": timezone.now()}
    if connection.vendor == "postgresql":
        rij = _voeg_toe_postgresql(velden)
        if rij is not None:
            return rij
    # Outside a transaction, threads of one process queue here first (SQLite's shared in-memory test database
    # answers "locked" instead of waiting); inside one, the database lock alone orders the writers.
    slot = _SLOT if connection.vendor == "sqlite" and not connection.in_atomic_block else nullcontext()
    with slot, transaction.atomic(savepoint=False), connection.cursor() as cursor:
        kop = _vergrendel_kop(cursor)
        if kop is None:
            # A fresh database: create the head (a concurrent creator wins harmlessly), then lock it.
            Ketenkop.objects.bulk_create([Ketenkop(pk=1, volgnummer=0, hash=keten.BEGIN)], ignore_conflicts=True)
            kop = _vergrendel_kop(cursor)
        velden = {**velden, "volgnummer": kop[0] + 1, "vorige_hash": kop[1]}
        velden["hash"] = keten.bereken_hash(velden)
        rij = Inzage(**velden)
        rij.save(force_insert=True)
        cursor.execute(_VERPLAATS, [velden["volgnummer"], velden["hash"]])
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
    given; the action is a read, or an attempted change for a refused POST."""
    afgeleide_categorieen, afgeleide_activiteit = afleiden(onderdeel, getattr(actor, "rol", ""))
    if actie is None:
        # A refused POST was an attempt to change; an allowed one reads here, and its write is logged by the hooks.
        context = huidig()
        poging = context is not None and context.methode not in ("", "GET", "HEAD", "OPTIONS")
        actie = Actie.WIJZIGEN if poging and resultaat == Resultaat.GEWEIGERD else Actie.LEZEN
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
