"""The bridge between the database and the pure matching engine (``regie.matching``).

The sentence encoder is loaded lazily, once per process, and the place index is cached per municipality. The cache
key is read from the database on every use (two aggregate queries), so a change made by another web or worker
process is seen at the next request: a place edited, added or removed, or a placement that takes or frees a slot.
Description embeddings are memoised by text, so a rebuild after a placement change only repacks arrays.
Places are not personal data; no profile is ever cached here.
"""

import threading
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
from django.conf import settings
from django.db.models import Count, Max

from regie import matching

from .keuzes import DAGDEEL_VAN_CODE
from .models import Participatieprofiel, Plaatsing, Plek, Postcode

_slot = threading.Lock()
_bouwslot = threading.Lock()  # one build at a time, so concurrent requests never load the model twice
_encoder = None
_indexen: dict[tuple[int, str], tuple[tuple, matching.PlekIndex]] = {}


class _OnthoudendeEncoder:
    """Remembers the embedding of every text it has seen: the catalogue changes far less often than its free slots."""

    def __init__(self, encoder) -> None:
        self._encoder = encoder
        self.naam = encoder.naam
        self._bekend: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        nieuw = [t for t in dict.fromkeys(texts) if t not in self._bekend]
        if nieuw:
            for tekst, rij in zip(nieuw, self._encoder.encode(nieuw), strict=True):
                self._bekend[tekst] = rij
        if not texts:
            return self._encoder.encode([])
        return np.stack([self._bekend[t] for t in texts])


def encoder():
    """The configured encoder (``REGIE_MATCHING_ENCODER``: "usem", the default, or "hash" for tests)."""
    global _encoder
    naam = getattr(settings, "REGIE_MATCHING_ENCODER", "usem")
    with _slot:
        if _encoder is None or _encoder.naam != {"usem": matching.UsemEncoder.naam}.get(naam, naam):
            _encoder = _OnthoudendeEncoder(matching.UsemEncoder() if naam == "usem" else matching.HashEncoder())
        return _encoder


def _sleutel(gemeente_id: int) -> tuple:
    plekken = Plek.objects.filter(gemeente_id=gemeente_id).aggregate(n=Count("pk"), t=Max("gewijzigd_op"))
    plaatsingen = Plaatsing.objects.filter(plek__gemeente_id=gemeente_id).aggregate(
        n=Count("pk"), t=Max("bijgewerkt_op")
    )
    return (plekken["n"], plekken["t"], plaatsingen["n"], plaatsingen["t"])


def naar_plek(plek: Plek, bezet: int) -> matching.Plek:
    return matching.Plek(
        plek_id=str(plek.pk),
        organisatie=plek.organisatie.naam,
        wijk=plek.wijk.naam if plek.wijk_id else "",
        lat=plek.lat,
        lon=plek.lon,
        omschrijving=plek.omschrijving,
        activiteit=plek.activiteit,
        dagdelen=frozenset(DAGDEEL_VAN_CODE[d] for d in plek.dagdelen),
        uren_per_week=float(plek.uren_per_week),
        vrije_plekken=max(0, plek.capaciteit - bezet),
        tags=frozenset(matching.Tag(t) for t in plek.tags),
        gezelschap=matching.Gezelschap(plek.gezelschap),
        omgeving=matching.Omgeving(plek.omgeving),
        rolstoeltoegankelijk=plek.rolstoeltoegankelijk,
        rustig=plek.rustig,
        zwaar_tillen=plek.zwaar_tillen,
        dieren_aanwezig=plek.dieren_aanwezig,
        begeleiding=plek.begeleiding,
        min_taalniveau=matching.Taalniveau(plek.min_taalniveau),
    )


def plek_index(gemeente_id: int) -> matching.PlekIndex:
    """The index of the municipality's active places with their free slots, rebuilt only when something changed."""
    enc = encoder()
    sleutel = _sleutel(gemeente_id)
    bewaard = _indexen.get((gemeente_id, enc.naam))
    if bewaard is not None and bewaard[0] == sleutel:
        return bewaard[1]
    with _bouwslot:
        bewaard = _indexen.get((gemeente_id, enc.naam))
        if bewaard is not None and bewaard[0] == sleutel:
            return bewaard[1]
        index = _bouw(gemeente_id, enc)
        with _slot:
            _indexen[(gemeente_id, enc.naam)] = (sleutel, index)
    return index


def _bouw(gemeente_id: int, enc) -> matching.PlekIndex:
    rijen = (
        Plek.objects.filter(gemeente_id=gemeente_id, actief=True)
        .met_bezetting()
        .select_related("organisatie", "wijk")
        .order_by("pk")
    )
    return matching.bouw_index([naar_plek(p, p.bezet) for p in rijen], enc)


def vergeet_indexen() -> None:
    """For tests: start from an empty cache."""
    with _slot:
        _indexen.clear()


def locatie(postcode: str) -> tuple[float, float] | None:
    """Coordinates of the full postcode, else of its four digits; None when neither is known."""
    compact = postcode.replace(" ", "").upper()
    kandidaten = [f"{compact[:4]} {compact[4:]}".strip(), compact[:4]]
    gevonden = {p.postcode: (p.lat, p.lon) for p in Postcode.objects.filter(postcode__in=kandidaten)}
    return next((gevonden[k] for k in kandidaten if k in gevonden), None)


def naar_profiel(profiel: Participatieprofiel, plek: tuple[float, float]) -> matching.Profiel:
    regels = Participatieprofiel.regels
    return matching.Profiel(
        inwoner_id=str(profiel.inwoner_id),
        lat=plek[0],
        lon=plek[1],
        reismodus=matching.Reismodus(profiel.reismodus),
        straal_km=float(profiel.straal_km),
        beschikbaar=frozenset(DAGDEEL_VAN_CODE[d] for d in profiel.beschikbaar),
        uren_per_week=float(profiel.uren_per_week or Decimal(0)),
        talenten=regels(profiel.talenten),
        hobbys=regels(profiel.hobbys),
        passies=regels(profiel.passies),
        tags=frozenset(matching.Tag(t) for t in profiel.tags),
        gezelschap=matching.Gezelschap(profiel.gezelschap),
        omgeving=matching.Omgeving(profiel.omgeving),
        beperkingen=frozenset(matching.Beperking(b) for b in profiel.beperkingen),
        taalniveau=matching.Taalniveau(profiel.taalniveau),
    )
