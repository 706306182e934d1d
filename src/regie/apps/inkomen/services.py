"""Every write of rechtmatigheid data: calculations, income, assets and the city-wide recalculation."""

import logging
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie import jobs, rules
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.dossier.models import Inwoner

from .casus import casussen
from .models import (
    Aanleiding,
    Berekening,
    Herberekening,
    Heronderzoek,
    Inkomstenbron,
    Ontheffing,
    Status,
    Uitkeringsgegevens,
    Vermogensbestanddeel,
    Verplichting,
)

logger = logging.getLogger(__name__)
CHUNK = 2000


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
    berekening.save()
    return berekening


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


# --- recalculating a whole municipality


def start_herberekening(*, door, peildatum: date) -> Herberekening:
    if not mag_taak(door, Taak.HERBEREKENING) or not door.gemeente_id:
        raise PermissionDenied(_("Alleen een functioneel beheerder of teamleider start een herberekening."))
    if Herberekening.objects.filter(gemeente_id=door.gemeente_id, status__in=[Status.WACHTEND, Status.BEZIG]).exists():
        raise ValidationError(_("Er loopt al een herberekening. Wacht tot die klaar is."))
    try:
        rules.standaard_normen().tabel_voor(peildatum)  # a date before the first norm table is refused up front
    except rules.NormenFout as fout:
        raise ValidationError({"peildatum": str(fout)}) from fout
    herberekening = Herberekening.objects.create(gemeente_id=door.gemeente_id, peildatum=peildatum, gestart_door=door)
    transaction.on_commit(lambda: jobs.start("regie.apps.inkomen.services.voer_herberekening_uit", herberekening.pk))
    return herberekening


def voer_herberekening_uit(herberekening_id: int, voortgang=None) -> None:
    """The job: every inwoner of the municipality, in chunks; progress is saved after each chunk."""
    herberekening = Herberekening.objects.get(pk=herberekening_id)
    ids = list(
        Inwoner.objects.filter(gemeente_id=herberekening.gemeente_id).order_by("pk").values_list("pk", flat=True)
    )
    Herberekening.objects.filter(pk=herberekening.pk).update(status=Status.BEZIG, totaal=len(ids))
    verwerkt = gewijzigd = fouten = 0
    try:
        for start in range(0, len(ids), CHUNK):
            deel = ids[start : start + CHUNK]
            vorige = _laatste_uitkeringen(deel)
            nieuwe = []
            for inwoner_id, casus in casussen(deel, herberekening.peildatum).items():
                try:
                    resultaat = rules.bereken(rules.case_from_dict(casus))
                except (rules.InvoerFout, rules.NormenFout):
                    fouten += 1
                    continue
                gewijzigd += inwoner_id in vorige and vorige[inwoner_id] != resultaat.uitkering
                nieuwe.append(
                    _berekening(
                        inwoner_id,
                        casus,
                        resultaat,
                        aanleiding=Aanleiding.HERBEREKENING,
                        herberekening_id=herberekening.pk,
                    )
                )
            with transaction.atomic():
                Berekening.objects.bulk_create(nieuwe, batch_size=500)
            verwerkt += len(deel)
            Herberekening.objects.filter(pk=herberekening.pk).update(
                verwerkt=verwerkt, gewijzigd=gewijzigd, fouten=fouten
            )
            if voortgang:
                voortgang(verwerkt, len(ids))
    except Exception as fout:
        Herberekening.objects.filter(pk=herberekening.pk).update(
            status=Status.MISLUKT, melding=str(fout)[:2000], klaar_op=timezone.now()
        )
        raise
    Herberekening.objects.filter(pk=herberekening.pk).update(status=Status.KLAAR, klaar_op=timezone.now())


def _laatste_uitkeringen(inwoner_ids: list[int]) -> dict:
    laatste = {}
    for inwoner_id, uitkering in (
        Berekening.objects.filter(inwoner_id__in=inwoner_ids)
        .order_by("inwoner_id", "berekend_op", "pk")
        .values_list("inwoner_id", "uitkering")
    ):
        laatste[inwoner_id] = uitkering  # ordered ascending, so the last one written wins
    return laatste


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
    return heronderzoek
