"""Writes of the koppelingen app: applications and their keys (the beheerder), contact details (through the API)."""

import uuid

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.beheerrechten import mag_gebruikers_beheren
from regie.apps.accounts.permissions import Actie, Categorie
from regie.apps.dossier.models import Inwoner

from . import sleutels
from .models import Applicatie


def _vereis_beheerder(door) -> None:
    if not mag_gebruikers_beheren(door):
        raise PermissionDenied(_("Alleen de functioneel beheerder beheert koppelingen."))


@transaction.atomic
def maak_applicatie(*, door, gegevens: dict) -> tuple[Applicatie, str]:
    """A new application with a technical account in the beheerder's municipality; returns it and its key (once)."""
    _vereis_beheerder(door)
    if not door.gemeente_id:
        raise ValidationError(_("Uw account hoort niet bij een gemeente."))
    if Applicatie.objects.filter(gemeente_id=door.gemeente_id, naam=gegevens["naam"]).exists():
        raise ValidationError({"naam": _("Er is al een applicatie met deze naam.")})
    account = get_user_model()(
        username=f"koppeling-{uuid.uuid4().hex[:20]}",
        first_name=gegevens["naam"][:150],
        rol="",
        gemeente_id=door.gemeente_id,
        organisatie=_("Koppeling: %(naam)s") % {"naam": gegevens["naam"]},
    )
    account.set_unusable_password()
    account.save()
    sleutel, prefix, hash_ = sleutels.nieuwe_sleutel()
    applicatie = Applicatie(
        gemeente_id=door.gemeente_id,
        account=account,
        aangemaakt_door=door,
        sleutel_prefix=prefix,
        sleutel_hash=hash_,
        **gegevens,
    )
    applicatie.full_clean()
    applicatie.save()
    return applicatie, sleutel


@transaction.atomic
def wijzig_applicatie(*, door, applicatie_id: int, gegevens: dict) -> Applicatie:
    _vereis_beheerder(door)
    applicatie = Applicatie.objects.select_for_update().get(pk=applicatie_id, gemeente_id=door.gemeente_id)
    for veld, waarde in gegevens.items():
        setattr(applicatie, veld, waarde)
    applicatie.full_clean()
    applicatie.save()
    account = applicatie.account
    account.is_active = applicatie.actief
    account.save(update_fields=["is_active"])
    return applicatie


@transaction.atomic
def vervang_sleutel(*, door, applicatie_id: int) -> tuple[Applicatie, str]:
    """A new key; the old one stops working at once."""
    _vereis_beheerder(door)
    applicatie = Applicatie.objects.select_for_update().get(pk=applicatie_id, gemeente_id=door.gemeente_id)
    sleutel, applicatie.sleutel_prefix, applicatie.sleutel_hash = sleutels.nieuwe_sleutel()
    applicatie.save(update_fields=["sleutel_prefix", "sleutel_hash"])
    return applicatie, sleutel


def markeer_gebruikt(applicatie: Applicatie) -> None:
    """At most once a minute, so a busy application does not write on every request."""
    nu = timezone.now()
    if applicatie.laatst_gebruikt is None or (nu - applicatie.laatst_gebruikt).total_seconds() > 60:
        Applicatie.objects.filter(pk=applicatie.pk).update(laatst_gebruikt=nu)


class VersieVerouderd(Exception):
    """The If-Match of the request is not the current version: someone changed the record in between."""


@transaction.atomic
def wijzig_contactgegevens(*, door, inwoner_id: int, gegevens: dict, versie_klopt) -> Inwoner:
    """Change an inwoner's address or contact details; ``versie_klopt(inwoner)`` checks If-Match under the row lock,
    so two systems that read the same version cannot both write (the second gets 412)."""
    zichtbaar = Inwoner.objects.zichtbaar_voor(door, Categorie.CONTACT, Actie.WIJZIGEN)
    inwoner = zichtbaar.select_for_update().get(pk=inwoner_id)
    if not versie_klopt(inwoner):
        raise VersieVerouderd
    for veld, waarde in gegevens.items():
        setattr(inwoner, veld, waarde)
    inwoner.full_clean()
    inwoner.save(update_fields=list(gegevens))
    return inwoner
