"""Checking the hash chain of the processing log, streaming: memory stays flat however long the log is."""

from dataclasses import dataclass

from . import keten
from .models import Inzage, Ketenkop

# Read straight from the table, so the check sees what is stored, not what the model would make of it.
_KOLOMMEN = ("id", *keten.VELDEN, "hash")


@dataclass(frozen=True)
class Uitkomst:
    aantal: int
    fout: str = ""
    volgnummer: int | None = None  # the first bad entry
    id: int | None = None

    @property
    def in_orde(self) -> bool:
        return not self.fout


def verifieer(*, blokgrootte: int = 5000) -> Uitkomst:
    """Walk the log in sequence order; the first entry that does not fit the chain is reported."""
    vorige_hash = keten.BEGIN
    verwacht = 1
    vorige_id = 0
    aantal = 0
    rijen = Inzage.objects.order_by("volgnummer").values_list(*_KOLOMMEN).iterator(chunk_size=blokgrootte)
    for rij in rijen:
        velden = dict(zip(_KOLOMMEN, rij, strict=True))
        nummer, rij_id = velden["volgnummer"], velden["id"]
        if nummer != verwacht:
            soort = "ontbreekt" if nummer > verwacht else "komt dubbel voor"
            return Uitkomst(aantal, f"regel {verwacht} {soort} (gevonden: {nummer})", verwacht, rij_id)
        if rij_id <= vorige_id:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) staat niet op zijn plaats", nummer, rij_id)
        if velden["vorige_hash"] != vorige_hash:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) sluit niet aan op de vorige regel", nummer, rij_id)
        if keten.bereken_hash(velden) != velden["hash"]:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) is gewijzigd", nummer, rij_id)
        vorige_hash, vorige_id, verwacht = velden["hash"], rij_id, verwacht + 1
        aantal += 1
    kop = Ketenkop.objects.filter(pk=1).values_list("volgnummer", "hash").first()
    if kop is None:
        if aantal:
            return Uitkomst(aantal, "de kop van de hashketen ontbreekt", aantal, None)
        return Uitkomst(aantal)
    if kop[0] != aantal or kop[1] != vorige_hash:
        return Uitkomst(
            aantal,
            f"het logboek eindigt bij regel {aantal}, maar de kop van de keten verwacht regel {kop[0]}: "
            f"regel {aantal + 1} en verder ontbreken of de kop is gewijzigd",
            aantal + 1,
            None,
        )
    return Uitkomst(aantal)
