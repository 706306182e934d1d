"""The hash chain of the processing log: a stable serialisation of one entry and its SHA-256.

Each entry stores the hash of the entry before it (``vorige_hash``) and its own hash over its canonical content, which
includes its sequence number and ``vorige_hash``. Changing, removing or reordering any entry therefore breaks the
chain at that entry, and the chain head (the last sequence number and hash, kept in its own row) catches entries cut
off at the end. Plain functions on plain values, so the hashing is the same in the service, a migration and the
verifier.
"""

import hashlib
import json
from datetime import UTC, datetime

VERSIE = 1
BEGIN = "0" * 64  # vorige_hash of the very first entry

# Every stored field of an entry, in the order the canonical form lists them (json sorts keys anyway).
VELDEN = (
    "volgnummer",
    "tijdstip",
    "actor_id",
    "actor_rol",
    "organisatie",
    "actie",
    "categorie",
    "inwoner_id",
    "pseudoniem",
    "activiteit",
    "onderdeel",
    "doel",
    "resultaat",
    "pad",
    "ip",
    "sessie",
    "trace_id",
    "vorige_hash",
)


def _tijd(waarde: datetime) -> str:
    return waarde.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canoniek(velden: dict) -> bytes:
    """The bytes the hash is taken over: sorted keys, no whitespace, UTC timestamps with microseconds."""
    inhoud = {naam: velden.get(naam) for naam in VELDEN}
    inhoud["tijdstip"] = _tijd(inhoud["tijdstip"])
    inhoud["v"] = VERSIE
    for naam in ("actor_rol", "organisatie", "actie", "categorie", "pseudoniem", "activiteit", "onderdeel", "doel"):
        inhoud[naam] = inhoud[naam] or ""
    for naam in ("resultaat", "pad", "sessie", "trace_id"):
        inhoud[naam] = inhoud[naam] or ""
    inhoud["ip"] = inhoud["ip"] or None
    return json.dumps(inhoud, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def bereken_hash(velden: dict) -> str:
    return hashlib.sha256(canoniek(velden)).hexdigest()


# The canonical form ends with the two fields only the chain head knows; ``canoniek_begin`` gives everything before
# them, so the database can finish the hash under its own row lock (``kop_staart`` shows the ending it appends).
_STAART = ',"volgnummer":0,"vorige_hash":"' + BEGIN + '"}'


def canoniek_begin(velden: dict) -> str:
    """The canonical form up to and including ``"volgnummer":``; append the number, ``kop_staart(vorige)`` after it."""
    tekst = canoniek({**velden, "volgnummer": 0, "vorige_hash": BEGIN}).decode("utf-8")
    if not tekst.endswith(_STAART):  # sorted keys put these two last; a new field after them would break that
        raise AssertionError("De canonieke vorm eindigt niet op volgnummer en vorige_hash.")
    return tekst[: -len(_STAART)] + ',"volgnummer":'


def kop_staart(vorige_hash: str) -> str:
    return ',"vorige_hash":"' + vorige_hash + '"}'
