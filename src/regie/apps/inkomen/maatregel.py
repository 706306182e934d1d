"""Writes for the maatregel: hear first, then propose, then a second person decides with reasons."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.dossier.models import Inwoner

from .beschikking import maak_maatregelbeschikking
from .models import Horen, Maatregel, StatusMaatregel

# A hearing must be recent enough to still reflect the person's situation when the proposal is made.
HOREN_GELDIG_DAGEN = 90


def _mag_voorstellen(door, inwoner: Inwoner) -> None:
    if not mag(door, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner):
        raise PermissionDenied(
            _("Alleen een klantmanager van dit team legt het horen vast en stelt een maatregel voor.")
        )


@transaction.atomic
def leg_horen_vast(*, door, inwoner: Inwoner, gegevens: dict) -> Horen:
    _mag_voorstellen(door, inwoner)
    horen = Horen(inwoner=inwoner, vastgelegd_door=door, **gegevens)
    horen.full_clean()
    horen.save()
    return horen


@transaction.atomic
def stel_maatregel_voor(*, door, inwoner: Inwoner, gegevens: dict) -> Maatregel:
    _mag_voorstellen(door, inwoner)
    grens = timezone.localdate() - timedelta(days=HOREN_GELDIG_DAGEN)
    horen = (
        Horen.objects.filter(inwoner=inwoner, verplichting=gegevens["verplichting"], datum__gte=grens)
        .order_by("-datum")
        .first()
    )
    if horen is None:
        raise ValidationError(
            _(
                "Een maatregel kan pas worden voorgesteld nadat de inwoner is gehoord over deze verplichting "
                "(in de afgelopen %(dagen)s dagen). Leg eerst het horen vast, met het verhaal van de inwoner zelf."
            )
            % {"dagen": HOREN_GELDIG_DAGEN}
        )
    maatregel = Maatregel(inwoner=inwoner, horen=horen, voorgesteld_door=door, **gegevens)
    maatregel.full_clean()
    maatregel.save()
    return maatregel


@transaction.atomic
def besluit(*, door, maatregel: Maatregel, opleggen: bool, reden: str, ingangsdatum=None) -> Maatregel:
    """A teamleider decides on the proposal — never the one who proposed it — and the reason is kept.

    An imposed maatregel needs the day the lowering starts; from then on every calculation of a month in its period
    lowers the benefit (``casus.casussen`` passes it to the engine).
    """
    if not mag_taak(door, Taak.MAATREGEL_BESLUITEN) or not mag(
        door, Actie.LEZEN, Categorie.FINANCIEEL, maatregel.inwoner
    ):
        raise PermissionDenied(_("Alleen een teamleider van dit team besluit over een maatregel."))
    maatregel = Maatregel.objects.select_for_update().get(pk=maatregel.pk)
    if maatregel.status != StatusMaatregel.VOORSTEL:
        raise ValidationError(_("Over deze maatregel is al besloten."))
    if not reden.strip():
        raise ValidationError({"reden": _("Schrijf de reden van het besluit op.")})
    if opleggen and ingangsdatum is None:
        raise ValidationError({"ingangsdatum": _("Vul de ingangsdatum van de verlaging in.")})
    maatregel.status = StatusMaatregel.BESLOTEN if opleggen else StatusMaatregel.AFGEZIEN
    maatregel.besluit_reden = reden.strip()
    maatregel.besloten_door = door
    maatregel.ingangsdatum = ingangsdatum if opleggen else None
    maatregel.besloten_op = timezone.now()
    maatregel.full_clean()
    maatregel.save()
    maak_maatregelbeschikking(maatregel)
    return maatregel
