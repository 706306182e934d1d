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
    laatste_hash: str = ""  # of the last checked entry: keep it outside the database to anchor the chain

    @property
    def in_orde(self) -> bool:
        return not self.fout


def verifieer(*, blokgrootte: int = 5000) -> Uitkomst:
    """Walk the log in sequence order; the first entry that does not fit the chain is reported.

    The chain head is read first and the walk stops at its entry, so entries appended while the check runs (the log
    is written on every page) are left for the next run instead of being reported as a mismatch.
    """
    kop = Ketenkop.objects.filter(pk=1).values_list("volgnummer", "hash", "begin_volgnummer", "begin_hash").first()
    if kop is None:
        eerste = Inzage.objects.order_by("volgnummer").values_list("volgnummer", "id").first()
        if eerste is None:
            return Uitkomst(0)
        return Uitkomst(0, "de kop van de hashketen ontbreekt", eerste[0], eerste[1])
    laatste, kop_hash, verwacht, vorige_hash = kop
    vorige_id = 0
    aantal = 0
    rijen = (
        Inzage.objects.filter(volgnummer__lte=laatste)
        .order_by("volgnummer")
        .values_list(*_KOLOMMEN)
        .iterator(chunk_size=blokgrootte)
    )
    for rij in rijen:
        velden = dict(zip(_KOLOMMEN, rij, strict=True))
        nummer, rij_id = velden["volgnummer"], velden["id"]
        if nummer != verwacht:
            soort = "ontbreekt" if nummer > verwacht else "hoort niet in de keten"
            return Uitkomst(
                aantal, f"regel {verwacht} {soort} (gevonden: regel {nummer}, id {rij_id})", verwacht, rij_id
            )
        if rij_id <= vorige_id:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) staat niet op zijn plaats", nummer, rij_id)
        if velden["vorige_hash"] != vorige_hash:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) sluit niet aan op de vorige regel", nummer, rij_id)
        if keten.bereken_hash(velden) != velden["hash"]:
            return Uitkomst(aantal, f"regel {nummer} (id {rij_id}) is gewijzigd", nummer, rij_id)
        vorige_hash, vorige_id, verwacht = velden["hash"], rij_id, verwacht + 1
        aantal += 1
    if verwacht - 1 != laatste or vorige_hash != kop_hash:
        return Uitkomst(
            aantal,
            f"het logboek eindigt bij regel {verwacht - 1}, maar de kop van de keten verwacht regel {laatste}: "
            f"regel {verwacht} en verder ontbreken of de kop is gewijzigd",
            verwacht,
            None,
        )
    # Every committed entry is at or before the head (they commit together), so anything after it was put there.
    nu = Ketenkop.objects.filter(pk=1).values_list("volgnummer", flat=True).first() or 0
    vreemd = Inzage.objects.filter(volgnummer__gt=nu).order_by("volgnummer").values_list("volgnummer", "id").first()
    if vreemd is not None:
        return Uitkomst(
            aantal, f"regel {vreemd[0]} (id {vreemd[1]}) staat na de kop van de keten", vreemd[0], vreemd[1]
        )
    return Uitkomst(aantal, laatste_hash=vorige_hash)
