"""A placement proposal for a krachtcoach's caseload: advice, computed per request and never stored.

A caseload is tens to a few hundred people, which the engine divides in milliseconds, so the proposal runs inside
the request; the krachtcoach takes over (or not) each proposed placement, which records it as ``voorgesteld``.
"""

from dataclasses import dataclass, field

from regie import matching
from regie.apps.audit.services import log_inzage
from regie.apps.dossier.models import Inwoner

from . import koppeling
from .models import Participatieprofiel, Plaatsing, Postcode


@dataclass(frozen=True)
class Regel:
    inwoner: Inwoner
    plaatsing: matching.VoorgesteldePlaatsing

    @property
    def plek_pk(self) -> int | None:
        return int(self.plaatsing.plek_id) if self.plaatsing.plek_id else None


@dataclass
class Caseloadvoorstel:
    regels: list[Regel] = field(default_factory=list)
    zonder_toestemming: int = 0
    al_geplaatst: int = 0
    zonder_locatie: list[Inwoner] = field(default_factory=list)
    optimaliteit: matching.Optimaliteit | None = None


def _locaties(postcodes: set[str]) -> dict[str, tuple[float, float]]:
    """Coordinates for many postcodes in one query (full postcode first, else its four digits)."""
    sleutels = set()
    for postcode in postcodes:
        compact = postcode.replace(" ", "").upper()
        sleutels |= {f"{compact[:4]} {compact[4:]}".strip(), compact[:4]}
    bekend = {p.postcode: (p.lat, p.lon) for p in Postcode.objects.filter(postcode__in=sleutels)}
    uitkomst = {}
    for postcode in postcodes:
        compact = postcode.replace(" ", "").upper()
        gevonden = bekend.get(f"{compact[:4]} {compact[4:]}".strip()) or bekend.get(compact[:4])
        if gevonden:
            uitkomst[postcode] = gevonden
    return uitkomst


def caseloadvoorstel(user, *, pad: str = "") -> Caseloadvoorstel:
    caseload = Inwoner.objects.zichtbaar_voor(user).in_caseload_van(user)
    profielen = list(
        Participatieprofiel.objects.zichtbaar_voor(user)
        .filter(inwoner__in=caseload.values("pk"))
        .select_related("inwoner")
    )
    uitkomst = Caseloadvoorstel(zonder_toestemming=caseload.count() - len(profielen))
    geplaatst = set(
        Plaatsing.objects.filter(inwoner__in=caseload.values("pk")).lopend().values_list("inwoner_id", flat=True)
    )
    profielen = [p for p in profielen if p.inwoner_id not in geplaatst]
    uitkomst.al_geplaatst = len(geplaatst)
    locaties = _locaties({p.inwoner.postcode for p in profielen})
    invoer, inwoners = [], {}
    for profiel in profielen:
        plek = locaties.get(profiel.inwoner.postcode)
        if plek is None:
            uitkomst.zonder_locatie.append(profiel.inwoner)
            continue
        invoer.append(koppeling.naar_profiel(profiel, plek))
        inwoners[str(profiel.inwoner_id)] = profiel.inwoner
    if not invoer:
        return uitkomst
    gemeente_id = profielen[0].inwoner.gemeente_id
    voorstel = matching.maak_voorstel(invoer, koppeling.plek_index(gemeente_id))
    uitkomst.optimaliteit = voorstel.optimaliteit
    for plaatsing in voorstel.plaatsingen:
        inwoner = inwoners[plaatsing.inwoner_id]
        log_inzage(actor=user, inwoner_id=inwoner.pk, onderdeel="participatie: caseloadvoorstel", pad=pad)
        uitkomst.regels.append(Regel(inwoner, plaatsing))
    uitkomst.regels.sort(key=lambda r: (r.plek_pk is None, r.inwoner.achternaam))
    return uitkomst
