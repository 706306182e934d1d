"""Every write of rechtmatigheid data: calculations (with the pointer to the current one), income, assets."""

import logging
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie import rules
from regie.apps.accounts.permissions import Actie, Categorie, mag
from regie.apps.dossier.models import Inwoner
from regie.apps.dossier.services import vergrendel_dossier

from . import beschikking
from .casus import casussen
from .models import (
    Aanleiding,
    Berekening,
    Heronderzoek,
    HuidigeBerekening,
    Inkomstenbron,
    Ontheffing,
    Uitkeringsgegevens,
    Vermogensbestanddeel,
    Verplichting,
)

logger = logging.getLogger(__name__)


def _mag_rekenen(door, inwoner: Inwoner) -> None:
    if not mag(door, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner):
        raise PermissionDenied(_("Alleen een klantmanager van dit team mag de uitkering berekenen."))


def _reken(casus: dict):
    try:
        return rules.bereken(rules.case_from_dict(casus))
    except rules.InvoerFout as fout:
        raise ValidationError(_("De gegevens zijn niet compleet of kloppen niet: %(fout)s") % {"fout": fout}) from fout
    except rules.NormenFout as fout:
        raise ValidationError(str(fout)) from fout


def _berekening(inwoner_id: int, casus: dict, resultaat, **extra) -> Berekening:
    return Berekening(
        inwoner_id=inwoner_id,
        peildatum=resultaat.peildatum,
        engine_versie=resultaat.engine_version,
        invoer=casus,
        resultaat=rules.result_to_dict(resultaat),
        recht=resultaat.recht,
        uitkering=resultaat.uitkering,
        **extra,
    )


@transaction.atomic
def bereken(*, door, inwoner: Inwoner, peildatum: date) -> Berekening:
    """Calculate from the stored household, income and asset data, and keep the calculation with its explanation."""
    _mag_rekenen(door, inwoner)
    casus = casussen([inwoner.pk], peildatum)[inwoner.pk]
    berekening = _berekening(inwoner.pk, casus, _reken(casus), aanleiding=Aanleiding.HANDMATIG, berekend_door=door)
    zet_huidig([berekening])
    vorige = HuidigeBerekening.objects.filter(inwoner=inwoner).select_related("vorige").first()
    beschikking.maak_berekeningbeschikking(berekening, vorige.vorige if vorige else None)
    return berekening


def zet_huidig(nieuwe: list[Berekening]) -> int:
    """Store new calculations and make each its inwoner's current one; returns how many changed the benefit.

    Call inside a transaction. The pointer rows are locked first, so a manual calculation and a herberekening of
    the same inwoner at the same moment each keep the other's calculation as "vorige" rather than losing one.
    """
    if not nieuwe:
        return 0
    ids = [b.inwoner_id for b in nieuwe]
    huidig = {
        inwoner_id: (berekening_id, uitkering)
        for inwoner_id, berekening_id, uitkering in HuidigeBerekening.objects.select_for_update(of=("self",))
        .filter(inwoner_id__in=ids)
        .values_list("inwoner_id", "berekening_id", "berekening__uitkering")
    }
    Berekening.objects.bulk_create(nieuwe, batch_size=500)
    geen = (None, None)
    HuidigeBerekening.objects.bulk_create(
        [
            HuidigeBerekening(inwoner_id=b.inwoner_id, berekening_id=b.pk, vorige_id=huidig.get(b.inwoner_id, geen)[0])
            for b in nieuwe
        ],
        batch_size=500,
        update_conflicts=True,
        unique_fields=["inwoner"],
        update_fields=["berekening", "vorige"],
    )
    return sum(1 for b in nieuwe if b.inwoner_id in huidig and huidig[b.inwoner_id][1] != b.uitkering)


def _bewaar(model, *, door, inwoner: Inwoner, gegevens: dict):
    _mag_rekenen(door, inwoner)
    object_ = model(inwoner=inwoner, **gegevens)
    object_.full_clean()
    object_.save()
    return object_


@transaction.atomic
def voeg_inkomstenbron_toe(*, door, inwoner: Inwoner, gegevens: dict) -> Inkomstenbron:
    return _bewaar(Inkomstenbron, door=door, inwoner=inwoner, gegevens=gegevens)


@transaction.atomic
def voeg_vermogen_toe(*, door, inwoner: Inwoner, gegevens: dict) -> Vermogensbestanddeel:
    return _bewaar(Vermogensbestanddeel, door=door, inwoner=inwoner, gegevens=gegevens)


@transaction.atomic
def beeindig(object_, *, door, einddatum: date):
    """End an income source or asset from a date on; the row stays for calculations of earlier dates."""
    _mag_rekenen(door, object_.inwoner)
    object_.geldig_tot = einddatum
    object_.full_clean()
    object_.save(update_fields=["geldig_tot"])
    return object_


@transaction.atomic
def wijzig_uitkeringsgegevens(*, door, inwoner: Inwoner, gegevens: dict) -> Uitkeringsgegevens:
    _mag_rekenen(door, inwoner)
    object_, _nieuw = Uitkeringsgegevens.objects.get_or_create(inwoner=inwoner)
    for veld, waarde in gegevens.items():
        setattr(object_, veld, waarde)
    object_.full_clean()
    object_.save()
    return object_


# --- obligations, exemptions, review


@transaction.atomic
def zet_verplichting(*, door, inwoner: Inwoner, gegevens: dict) -> Verplichting:
    _mag_rekenen(door, inwoner)
    verplichting, _nieuw = Verplichting.objects.get_or_create(inwoner=inwoner, soort=gegevens["soort"])
    verplichting.status = gegevens["status"]
    verplichting.toelichting = gegevens.get("toelichting", "")
    verplichting.full_clean()
    verplichting.save()
    return verplichting


@transaction.atomic
def verleen_ontheffing(*, door, inwoner: Inwoner, gegevens: dict) -> Ontheffing:
    _mag_rekenen(door, inwoner)
    ontheffing = Ontheffing(inwoner=inwoner, besloten_door=door, **gegevens)
    ontheffing.full_clean()
    ontheffing.save()
    return ontheffing


@transaction.atomic
def plan_heronderzoek(*, door, inwoner: Inwoner, gepland_op: date) -> Heronderzoek:
    _mag_rekenen(door, inwoner)
    vergrendel_dossier(inwoner.pk)  # two clicks at once must not plan two open reviews
    if Heronderzoek.objects.filter(inwoner=inwoner, afgerond_op__isnull=True).exists():
        raise ValidationError(_("Er staat al een heronderzoek gepland. Rond dat eerst af."))
    return Heronderzoek.objects.create(inwoner=inwoner, gepland_op=gepland_op)


@transaction.atomic
def rond_heronderzoek_af(*, door, inwoner: Inwoner, peildatum: date, gesprek: str) -> Heronderzoek:
    """Close the review: a fresh calculation (the eligibility check) and the conversation about the plan, together."""
    _mag_rekenen(door, inwoner)
    heronderzoek = Heronderzoek.objects.select_for_update().filter(inwoner=inwoner, afgerond_op__isnull=True).first()
    if heronderzoek is None:
        raise ValidationError(_("Er staat geen heronderzoek open. Plan er eerst een."))
    if not gesprek.strip():
        raise ValidationError(
            {"gesprek": _("Beschrijf het gesprek over het plan: een heronderzoek is meer dan controle.")}
        )
    heronderzoek.berekening = bereken(door=door, inwoner=inwoner, peildatum=peildatum)
    heronderzoek.gesprek = gesprek.strip()
    heronderzoek.afgerond_op = timezone.localdate()
    heronderzoek.afgerond_door = door
    heronderzoek.full_clean()
    heronderzoek.save()
    # The next review is planned at once, so none is forgotten; the interval is the municipality's setting.
    Heronderzoek.objects.create(
        inwoner=inwoner,
        gepland_op=maanden_later(heronderzoek.afgerond_op, settings.REGIE_HERONDERZOEK_INTERVAL_MAANDEN),
    )
    return heronderzoek


def maanden_later(datum: date, maanden: int) -> date:
    """The same day ``maanden`` months later; the last day of the month when that day does not exist."""
    import calendar

    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    jaar, maand = datum.year + jaar, maand + 1
    return date(jaar, maand, min(datum.day, calendar.monthrange(jaar, maand)[1]))
