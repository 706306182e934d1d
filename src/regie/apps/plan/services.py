"""Every write to the plan, the instruments and the obstacles: permission checked, validated, in one transaction.

Who may write what:
- goals, steps and check-ins: the inwoner themself, a klantmanager of their team and their krachtcoach (the plan is
  made together; a teamleider reads along);
- ladder and self-reliance: the klantmanager and the krachtcoach, at intake and reviews;
- obstacles: the klantmanager only, because they can be medical and can lead to an exemption.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Actie, Categorie, Voorwaarde, mag, voorwaarde
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen.models import Ontheffing

from .instrumenten import Domein
from .managers import LEEFGEBIED_CATEGORIE, belemmering_categorie
from .models import (
    Belemmering,
    Checkin,
    Doel,
    DoelStatus,
    LadderMeting,
    Plan,
    Stap,
    StapStatus,
    Wie,
    ZelfredzaamheidMeting,
    ZelfredzaamheidScore,
)


def _mag(door, inwoner: Inwoner, categorie: Categorie, melding: str) -> None:
    if not mag(door, Actie.WIJZIGEN, categorie, inwoner):
        raise PermissionDenied(melding)


def _mag_doel_wijzigen(door, doel: Doel) -> None:
    """The goal's category decides (income and debts, health, or plan) and, for a krachtcoach, whether it is shared."""
    if not Doel.objects.zichtbaar_voor(door, Actie.WIJZIGEN).filter(pk=doel.pk).exists():
        raise PermissionDenied(_("U mag dit plan niet wijzigen."))


def _mag_stap_wijzigen(door, stap: Stap) -> None:
    if not Stap.objects.zichtbaar_voor(door, Actie.WIJZIGEN).filter(pk=stap.pk).exists():
        raise PermissionDenied(_("U mag dit plan niet wijzigen."))


def _bewaar(object_, **kwargs):
    object_.full_clean(**kwargs)
    object_.save()
    return object_


def _vergrendeld(object_):
    """The row as it is now, held until the transaction ends: a write that depends on its state (a goal still
    running, the latest check-in) waits for a concurrent one instead of acting on what it read before."""
    return type(object_).objects.select_for_update().get(pk=object_.pk)


def plan_van(inwoner: Inwoner) -> Plan:
    plan, _nieuw = Plan.objects.get_or_create(inwoner=inwoner)
    return plan


@transaction.atomic
def voeg_doel_toe(
    *, door, inwoner: Inwoner, eigen_woorden: str, belang: int, vertrouwen: int, leefgebied: str = ""
) -> Doel:
    """A new goal in the inwoner's words; its ruler scores are also the first point of the chart.

    A krachtcoach may only write goals the inwoner shares with them, so a goal they write with the inwoner is shared.
    """
    categorie = LEEFGEBIED_CATEGORIE.get(leefgebied or "", Categorie.PLAN)
    _mag(door, inwoner, categorie, _("U mag dit plan niet wijzigen."))
    gedeeld = voorwaarde(door, Actie.WIJZIGEN, categorie) == Voorwaarde.GEDEELD
    if not (eigen_woorden or "").strip():
        raise ValidationError({"eigen_woorden": _("Schrijf uw doel op in uw eigen woorden.")})
    doel = _bewaar(
        Doel(
            plan=plan_van(inwoner),
            eigen_woorden=eigen_woorden.strip(),
            leefgebied=leefgebied or "",
            belang=belang,
            vertrouwen=vertrouwen,
            geschreven_door=door,
            gedeeld_met_krachtcoach=gedeeld,
        )
    )
    _bewaar(Checkin(doel=doel, datum=timezone.localdate(), belang=belang, vertrouwen=vertrouwen, door=door))
    return doel


@transaction.atomic
def wijzig_doel(*, door, doel: Doel, eigen_woorden: str, reden: str) -> Doel:
    """Change the words of a goal; the earlier words stay in the history together with the reason."""
    _mag_doel_wijzigen(door, doel)
    if not (reden or "").strip():
        raise ValidationError({"reden": _("Schrijf op waarom het doel verandert.")})
    doel = _vergrendeld(doel)
    if doel.status != DoelStatus.LOPEND:
        raise ValidationError(_("Dit doel is al afgesloten."))
    doel.eigen_woorden = (eigen_woorden or "").strip()
    doel._change_reason = reden.strip()[:100]
    return _bewaar(doel)


@transaction.atomic
def sluit_doel_af(*, door, doel: Doel, status: str, reden: str) -> Doel:
    _mag_doel_wijzigen(door, doel)
    if status not in (DoelStatus.BEREIKT, DoelStatus.LOSGELATEN):
        raise ValidationError({"status": _("Kies 'bereikt' of 'losgelaten'.")})
    if not (reden or "").strip():
        raise ValidationError({"reden": _("Schrijf op waarom het doel bereikt of losgelaten is.")})
    doel = _vergrendeld(doel)
    if doel.status != DoelStatus.LOPEND:
        raise ValidationError(_("Dit doel is al afgesloten."))
    doel.status = status
    doel.reden = reden.strip()
    doel.afgesloten_op = timezone.localdate()
    return _bewaar(doel)


@transaction.atomic
def voeg_stap_toe(
    *, door, doel: Doel, wat: str, wie: str = Wie.INWONER, wie_anders: str = "", uiterlijk: date | None = None
) -> Stap:
    _mag_doel_wijzigen(door, doel)
    doel = _vergrendeld(doel)
    if doel.status != DoelStatus.LOPEND:
        raise ValidationError(_("Bij een afgesloten doel komen geen nieuwe stappen."))
    if wie == Wie.ANDER and not (wie_anders or "").strip():
        raise ValidationError({"wie_anders": _("Schrijf op wie deze stap doet.")})
    return _bewaar(
        Stap(doel=doel, wat=wat, wie=wie, wie_anders=wie_anders if wie == Wie.ANDER else "", uiterlijk=uiterlijk)
    )


@transaction.atomic
def markeer_stap(*, door, stap: Stap, status: str = StapStatus.GEDAAN, notitie: str = "") -> Stap:
    _mag_stap_wijzigen(door, stap)
    stap = _vergrendeld(stap)
    stap.status = status
    stap.gedaan_op = timezone.localdate() if status == StapStatus.GEDAAN else None
    if notitie:
        stap.notitie = notitie.strip()
    return _bewaar(stap)


@transaction.atomic
def leg_checkin_vast(
    *, door, doel: Doel, belang: int, vertrouwen: int, voortgang: str = "", datum: date | None = None
) -> Checkin:
    """New ruler scores for a goal: kept as a point in time, and the goal shows the latest."""
    _mag_doel_wijzigen(door, doel)
    datum = datum or timezone.localdate()
    if datum > timezone.localdate():
        raise ValidationError({"datum": _("Deze datum ligt in de toekomst.")})
    # Locked first, so of two check-ins at once the goal ends with the scores of the one that is really the latest.
    doel = _vergrendeld(doel)
    checkin = _bewaar(
        Checkin(doel=doel, datum=datum, belang=belang, vertrouwen=vertrouwen, voortgang=voortgang or "", door=door)
    )
    laatste = doel.checkins.order_by("-datum", "-pk").first()
    doel.belang, doel.vertrouwen = laatste.belang, laatste.vertrouwen
    doel.full_clean()
    doel.save(update_fields=["belang", "vertrouwen"])
    return checkin


@transaction.atomic
def leg_laddermeting_vast(*, door, inwoner: Inwoner, datum: date, moment: str, trede: int, toelichting: str = ""):
    _mag(door, inwoner, Categorie.INSTRUMENTEN, _("Alleen de klantmanager meet dit."))
    if datum > timezone.localdate():
        raise ValidationError({"datum": _("Deze datum ligt in de toekomst.")})
    return _bewaar(
        LadderMeting(inwoner=inwoner, datum=datum, moment=moment, trede=trede, toelichting=toelichting, door=door)
    )


@transaction.atomic
def leg_zelfredzaamheid_vast(*, door, inwoner: Inwoner, datum: date, moment: str, scores: dict[str, int]):
    """One measurement: a level for every domain that was discussed (at least one)."""
    _mag(door, inwoner, Categorie.INSTRUMENTEN, _("Alleen de klantmanager meet dit."))
    if datum > timezone.localdate():
        raise ValidationError({"datum": _("Deze datum ligt in de toekomst.")})
    ingevuld = {d: n for d, n in scores.items() if n}
    if not ingevuld:
        raise ValidationError(_("Vul voor minstens één leefgebied een niveau in."))
    onbekend = set(ingevuld) - set(Domein.values)
    if onbekend:
        raise ValidationError(_("Onbekend leefgebied: %(d)s") % {"d": ", ".join(sorted(onbekend))})
    meting = _bewaar(ZelfredzaamheidMeting(inwoner=inwoner, datum=datum, moment=moment, door=door))
    for domein, niveau in ingevuld.items():
        _bewaar(ZelfredzaamheidScore(meting=meting, domein=domein, niveau=int(niveau)))
    return meting


@transaction.atomic
def leg_belemmering_vast(
    *,
    door,
    inwoner: Inwoner,
    soort: str,
    omschrijving: str,
    wat_helpt: str,
    medisch: bool = False,
    ontheffingen=(),
) -> Belemmering:
    _mag(door, inwoner, belemmering_categorie(soort, medisch), _("Alleen de klantmanager legt belemmeringen vast."))
    eigen = Ontheffing.objects.zichtbaar_voor(door).filter(inwoner=inwoner)
    ontheffingen = list(ontheffingen)
    if (
        any(o.inwoner_id != inwoner.pk for o in ontheffingen)
        or len(ontheffingen) != eigen.filter(pk__in=[o.pk for o in ontheffingen]).count()
    ):
        raise ValidationError({"ontheffingen": _("Kies alleen ontheffingen van deze inwoner.")})
    belemmering = _bewaar(
        Belemmering(
            inwoner=inwoner,
            soort=soort,
            omschrijving=omschrijving,
            wat_helpt=wat_helpt,
            medisch=medisch,
            vastgelegd_door=door,
            vastgelegd_op=timezone.localdate(),
        )
    )
    belemmering.ontheffingen.set(ontheffingen)
    return belemmering


@transaction.atomic
def los_belemmering_op(*, door, belemmering: Belemmering) -> Belemmering:
    if not Belemmering.objects.zichtbaar_voor(door, Actie.WIJZIGEN).filter(pk=belemmering.pk).exists():
        raise PermissionDenied(_("Alleen de klantmanager wijzigt belemmeringen."))
    belemmering.opgelost_op = timezone.localdate()
    return _bewaar(belemmering)


@transaction.atomic
def deel_doel(*, door, doel: Doel, gedeeld: bool) -> Doel:
    """The inwoner decides whether their krachtcoach sees this goal and its steps; a klantmanager may set it on the
    inwoner's word. A goal about income, debts or health stays hidden from the krachtcoach either way."""
    _mag(
        door,
        doel.plan.inwoner,
        Categorie.TOESTEMMING,
        _("Alleen de inwoner of de klantmanager bepaalt wat gedeeld wordt."),
    )
    doel.gedeeld_met_krachtcoach = gedeeld
    return _bewaar(doel)


@transaction.atomic
def deel_stap(*, door, stap: Stap, gedeeld: bool) -> Stap:
    """A step of a shared goal is shared too, unless the inwoner keeps it to themself."""
    _mag(
        door,
        stap.doel.plan.inwoner,
        Categorie.TOESTEMMING,
        _("Alleen de inwoner of de klantmanager bepaalt wat gedeeld wordt."),
    )
    stap.gedeeld_met_krachtcoach = gedeeld
    return _bewaar(stap)
