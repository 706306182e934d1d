"""Writing maatwerk decisions (record, approve, share for intervisie) and finding similar earlier cases."""

import numpy as np
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.audit.services import log_verwerking
from regie.apps.participatie.koppeling import encoder
from regie.privacy import Pseudonimiseerder

from .models import FINANCIELE_SOORTEN, MaatwerkBesluit, StatusMaatwerk

VELDEN = ("situatie", "perspectief", "regel", "besluit", "redenen")


def _categorie(soort: str) -> Categorie:
    return Categorie.FINANCIEEL if soort in FINANCIELE_SOORTEN else Categorie.CONTACTNOTITIES


def casustekst(besluit: MaatwerkBesluit) -> str:
    """The decision without identifying details: the inwoner's names and street, and every pattern of regie.privacy."""
    inwoner = besluit.inwoner
    vervang = Pseudonimiseerder(
        inwoner_namen=[inwoner.voornamen, inwoner.achternaam, inwoner.volledige_naam], straten=[inwoner.straat]
    )
    kopjes = {
        "situatie": _("Situatie"),
        "perspectief": _("Perspectief van de inwoner"),
        "regel": _("Regel"),
        "besluit": _("Besluit"),
        "redenen": _("Redenen"),
    }
    return "\n\n".join(f"{kopjes[v]}: {vervang(getattr(besluit, v))}" for v in VELDEN)


def vector_van(tekst: str) -> list[float]:
    return [round(float(x), 5) for x in encoder().encode([tekst])[0]]


def leg_vast(*, door, inwoner, gegevens: dict) -> MaatwerkBesluit:
    if not mag_taak(door, Taak.MAATWERK_VASTLEGGEN) or not mag(
        door, Actie.WIJZIGEN, _categorie(gegevens["soort"]), inwoner
    ):
        raise PermissionDenied
    besluit = MaatwerkBesluit(inwoner=inwoner, door=door, datum=timezone.localdate(), **gegevens)
    besluit.full_clean()
    if besluit.gedeeld:
        besluit.casustekst = casustekst(besluit)
        besluit.vector = vector_van(besluit.casustekst)
    with transaction.atomic():
        besluit.save()
        log_verwerking(
            actor=door,
            actie="wijzigen",
            categorie=str(_categorie(besluit.soort)),
            activiteit="begeleiding",
            onderdeel=f"maatwerkbesluit vastgelegd: {besluit.soort}",
            inwoner_id=inwoner.pk,
        )
    return besluit


def beoordeel(*, door, besluit_id: int, goedgekeurd: bool, commentaar: str) -> MaatwerkBesluit:
    if not mag_taak(door, Taak.MAATWERK_BEOORDELEN):
        raise PermissionDenied
    with transaction.atomic():
        besluit = MaatwerkBesluit.objects.select_for_update().select_related("inwoner").get(pk=besluit_id)
        if besluit.inwoner.team_id != door.team_id:
            raise PermissionDenied
        if besluit.status != StatusMaatwerk.INGEDIEND:
            raise ValidationError(_("Dit maatwerkbesluit is al beoordeeld."))
        besluit.status = StatusMaatwerk.GOEDGEKEURD if goedgekeurd else StatusMaatwerk.NIET_GOEDGEKEURD
        besluit.commentaar = commentaar
        besluit.beoordeeld_door = door
        besluit.save(update_fields=["status", "commentaar", "beoordeeld_door"])
        log_verwerking(
            actor=door,
            actie="wijzigen",
            categorie=str(_categorie(besluit.soort)),
            activiteit="begeleiding",
            onderdeel=f"maatwerkbesluit beoordeeld: {besluit.status}",
            inwoner_id=besluit.inwoner_id,
        )
    return besluit


# --- the case library: only shared, pseudonymised texts; never a name, never a financial detail to a krachtcoach


def bibliotheek(user):
    """Shared cases of the user's municipality; financial maatwerk only for roles that may read financial data."""
    if not mag_taak(user, Taak.CASUSBIBLIOTHEEK):
        return MaatwerkBesluit.objects.none()
    qs = MaatwerkBesluit.objects.filter(gedeeld=True, inwoner__gemeente_id=user.gemeente_id or -1)
    if not mag(user, Actie.LEZEN, Categorie.FINANCIEEL):
        qs = qs.filter(financieel=False)
    return qs.only("pk", "soort", "datum", "status", "casustekst", "vector", "financieel")


def zoek(user, vraag: str, *, uitsluiten: int | None = None, aantal: int = 5) -> list[tuple[MaatwerkBesluit, float]]:
    """The shared cases most similar in meaning to ``vraag``, best first, with their cosine similarity."""
    kandidaten = [b for b in bibliotheek(user).exclude(pk=uitsluiten or -1) if b.vector]
    if not kandidaten or not vraag.strip():
        return []
    v = np.asarray(vector_van(vraag), dtype=np.float32)
    matrix = np.asarray([b.vector for b in kandidaten], dtype=np.float32)
    if matrix.shape[1] != v.shape[0]:  # cases embedded with another encoder: fall back on text search
        return [(b, 0.0) for b in kandidaten if vraag.lower() in b.casustekst.lower()][:aantal]
    scores = matrix @ v
    volgorde = np.argsort(-scores)[:aantal]
    return [(kandidaten[i], float(scores[i])) for i in volgorde]


def zoek_tekst(user, tekst: str):
    return bibliotheek(user).filter(casustekst__icontains=tekst.strip())[:20] if tekst.strip() else []
