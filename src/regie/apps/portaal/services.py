"""Writes for appointments and messages: permission checked, validated, in a transaction."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak, Voorwaarde, mag, mag_taak, voorwaarde
from regie.apps.dossier.models import Inwoner

from .models import Afspraak, Bericht


def _mag_schrijven(door, inwoner: Inwoner) -> bool:
    return mag(door, Actie.WIJZIGEN, Categorie.CONTACTNOTITIES, inwoner)


@transaction.atomic
def plan_afspraak(*, door, inwoner: Inwoner, wanneer, plaats: str, met_wie: str, onderwerp: str) -> Afspraak:
    if not mag_taak(door, Taak.CASELOAD) or not _mag_schrijven(door, inwoner):
        raise PermissionDenied(_("U mag voor deze inwoner geen afspraak maken."))
    if wanneer and wanneer < timezone.now():
        raise ValidationError({"wanneer": _("Een nieuwe afspraak ligt in de toekomst.")})
    afspraak = Afspraak(
        inwoner=inwoner, wanneer=wanneer, plaats=plaats, met_wie=met_wie, onderwerp=onderwerp, aangemaakt_door=door
    )
    afspraak.full_clean()
    afspraak.save()
    return afspraak


@transaction.atomic
def stuur_bericht(*, door, inwoner: Inwoner, tekst: str) -> Bericht:
    """Only the inwoner themself and a klantmanager of their team write in the thread."""
    in_gesprek = voorwaarde(door, Actie.LEZEN, Categorie.CONTACTNOTITIES) == Voorwaarde.ALTIJD
    if not in_gesprek or not _mag_schrijven(door, inwoner):
        raise PermissionDenied(_("U mag in dit gesprek geen bericht sturen."))
    if not (tekst or "").strip():
        raise ValidationError({"tekst": _("Schrijf eerst een bericht.")})
    bericht = Bericht(inwoner=inwoner, afzender=door, tekst=tekst.strip())
    bericht.full_clean()
    bericht.save()
    return bericht
