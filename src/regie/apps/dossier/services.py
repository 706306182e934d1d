"""Every write to the dossier: validated, in one transaction, so a failure never leaves half a record."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.models import Rol
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.datums import valideer_ingangsdatum_huishouden

from .models import Contactmoment, Huisgenoot, Huishouden, Inwoner, Relatie, Samenstelling, Toewijzing


def vergrendel_dossier(inwoner_id: int) -> None:
    """Hold the inwoner's row until the transaction ends.

    A write that first reads the dossier (the running household, an open review) and then writes calls this first,
    so two such writes on one dossier queue up, in any process, instead of both acting on what they read. On SQLite
    every transaction already starts with the write lock (``transaction_mode`` IMMEDIATE), so this is a no-op there.
    """
    list(Inwoner.objects.select_for_update().filter(pk=inwoner_id).values_list("pk", flat=True))


def _vereis(toegestaan: bool, melding: str) -> None:
    if not toegestaan:
        raise PermissionDenied(melding)


@transaction.atomic
def registreer_inwoner(*, door, gegevens: dict, peildatum: date | None = None) -> Inwoner:
    """Register a new inwoner in the klantmanager's team: the person, a first household and the caseload link."""
    _vereis(mag_taak(door, Taak.INWONER_AANMELDEN), _("Uw rol mag dit niet doen."))
    peildatum = peildatum or timezone.localdate()
    inwoner = Inwoner(gemeente_id=door.gemeente_id or door.team.gemeente_id, team_id=door.team_id, **gegevens)
    inwoner.full_clean()
    try:
        with transaction.atomic():
            inwoner.save()
    except IntegrityError as fout:  # the same person registered at the same moment by a colleague
        raise ValidationError({"bsn": _("Er is al een inwoner met dit BSN in Regie.")}) from fout
    Huishouden.objects.create(inwoner=inwoner, samenstelling=Samenstelling.ALLEENSTAAND, geldig_vanaf=peildatum)
    Toewijzing.objects.create(inwoner=inwoner, medewerker=door, rol=Rol.KLANTMANAGER, vanaf=peildatum)
    return inwoner


@transaction.atomic
def leg_contactmoment_vast(*, door, inwoner: Inwoner, gegevens: dict) -> Contactmoment:
    _vereis(mag_taak(door, Taak.CASELOAD), _("Uw rol mag dit niet doen."))
    _vereis(mag(door, Actie.WIJZIGEN, Categorie.CONTACTNOTITIES, inwoner), _("Deze inwoner staat niet in uw caseload."))
    contact = Contactmoment(inwoner=inwoner, medewerker=door, **gegevens)
    contact.full_clean()
    contact.save()
    # Only ever moves forward: entering an older contact later must not hide a more recent one.
    Inwoner.objects.filter(pk=inwoner.pk).filter(
        Q(laatste_contact__isnull=True) | Q(laatste_contact__lt=contact.datum)
    ).update(laatste_contact=contact.datum)
    return contact


@dataclass(frozen=True)
class NieuweHuisgenoot:
    relatie: str
    voornaam: str
    geboortedatum: date
    achternaam: str = ""
    soort: str = ""


@transaction.atomic
def wijzig_huishouden(
    *, door, inwoner: Inwoner, samenstelling: str, ingangsdatum: date, huisgenoten: list[NieuweHuisgenoot]
) -> Huishouden:
    """Close the running household the day before ``ingangsdatum`` and open the new composition from then on."""
    _vereis(mag(door, Actie.WIJZIGEN, Categorie.HUISHOUDEN, inwoner), _("Deze inwoner staat niet in uw caseload."))
    try:
        valideer_ingangsdatum_huishouden(ingangsdatum)
    except ValidationError as fout:
        raise ValidationError({"ingangsdatum": fout.messages}) from None
    vergrendel_dossier(inwoner.pk)
    partners = sum(1 for h in huisgenoten if h.relatie == Relatie.PARTNER)
    if samenstelling == Samenstelling.ALLEENSTAAND and partners:
        raise ValidationError({"samenstelling": _("Een alleenstaande heeft geen partner in het huishouden.")})
    if samenstelling != Samenstelling.ALLEENSTAAND and partners != 1:
        raise ValidationError({"samenstelling": _("Voeg de partner toe als huisgenoot.")})

    lopend = Huishouden.objects.select_for_update().filter(inwoner=inwoner, geldig_tot__isnull=True).first()
    if lopend is not None:
        if ingangsdatum <= lopend.geldig_vanaf:
            raise ValidationError(
                {
                    "ingangsdatum": _("De ingangsdatum moet na %(datum)s liggen, de start van het huidige huishouden.")
                    % {"datum": lopend.geldig_vanaf.strftime("%d-%m-%Y")}
                }
            )
        lopend.geldig_tot = ingangsdatum - timedelta(days=1)
        lopend.save(update_fields=["geldig_tot"])
    nieuw = Huishouden(inwoner=inwoner, samenstelling=samenstelling, geldig_vanaf=ingangsdatum)
    nieuw.full_clean()
    nieuw.save()
    for huisgenoot in huisgenoten:
        lid = Huisgenoot(huishouden=nieuw, **huisgenoot.__dict__)
        lid.full_clean()
        lid.save()
    return nieuw
