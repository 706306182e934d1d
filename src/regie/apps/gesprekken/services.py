"""Every write of conversations: adding, confirming speakers (which codes the turns), correcting a code, sharing.

Coding runs in the request: a conversation of 400 turns takes about a second once the model is loaded, so the
professional sees the feedback straight after confirming the speakers.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie import mi
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.dossier.models import Inwoner

from .inlezen import RuweBeurt
from .models import (
    CODES_INWONER,
    CODES_PROFESSIONAL,
    Beurt,
    Gesprek,
    SoortGesprek,
    Spreker,
    StatusGesprek,
    Teamtrend,
)


def _mag_toevoegen(door, inwoner: Inwoner) -> None:
    if not mag_taak(door, Taak.GESPREKKEN_VOEREN) or not mag(door, Actie.WIJZIGEN, Categorie.GESPREKKEN, inwoner):
        raise PermissionDenied


def _eigen(door, gesprek: Gesprek) -> None:
    if gesprek.eigenaar_id != door.pk or not Gesprek.objects.eigen(door).filter(pk=gesprek.pk).exists():
        raise PermissionDenied


@transaction.atomic
def voeg_transcript_toe(
    *, door, inwoner: Inwoner, datum: date, beurten: list[RuweBeurt], aantekeningen: str = ""
) -> Gesprek:
    _mag_toevoegen(door, inwoner)
    if not beurten:
        raise ValidationError(_("Het transcript bevat geen beurten."))
    gesprek = Gesprek(eigenaar=door, inwoner=inwoner, datum=datum, aantekeningen=aantekeningen)
    gesprek.full_clean()
    gesprek.save()
    rijen = [
        Beurt(gesprek=gesprek, volgorde=i, spreker_label=b.spreker_label[:80], tekst=b.tekst)
        for i, b in enumerate(beurten, start=1)
    ]
    for rij in rijen:
        rij.full_clean(exclude=["gesprek"])
    Beurt.objects.bulk_create(rijen)
    return gesprek


@transaction.atomic
def voeg_aantekeningen_toe(*, door, inwoner: Inwoner, datum: date, aantekeningen: str) -> Gesprek:
    _mag_toevoegen(door, inwoner)
    if not aantekeningen.strip():
        raise ValidationError({"aantekeningen": _("Schrijf uw aantekeningen van het gesprek op.")})
    gesprek = Gesprek(
        eigenaar=door,
        inwoner=inwoner,
        datum=datum,
        soort=SoortGesprek.AANTEKENINGEN,
        status=StatusGesprek.AANTEKENINGEN,
        aantekeningen=aantekeningen,
    )
    gesprek.full_clean()
    gesprek.save()
    return gesprek


@transaction.atomic
def bevestig_sprekers(*, door, gesprek: Gesprek, rollen: dict[str, str]) -> Gesprek:
    """Give every speaker label a role, then code all turns and store the counts."""
    _eigen(door, gesprek)
    gesprek = Gesprek.objects.select_for_update().get(pk=gesprek.pk)
    if gesprek.status != StatusGesprek.SPREKERS_BEVESTIGEN:
        raise ValidationError(_("De sprekers van dit gesprek zijn al bevestigd."))
    beurten = list(gesprek.beurten.order_by("volgorde"))
    labels = {b.spreker_label for b in beurten}
    if set(rollen) != labels or not set(rollen.values()) <= set(Spreker.values):
        raise ValidationError(_("Kies voor elke spreker of het de professional of de inwoner is."))
    if set(rollen.values()) != set(Spreker.values):
        raise ValidationError(_("Kies ten minste één spreker als professional en één als inwoner."))
    for beurt in beurten:
        beurt.spreker = rollen[beurt.spreker_label]
    _codeer(gesprek, beurten)
    Beurt.objects.bulk_update(beurten, ["spreker", "code", "zekerheid"])
    gesprek.status = StatusGesprek.GECODEERD
    _tel(gesprek, beurten)
    gesprek.save()
    return gesprek


def _codeer(gesprek: Gesprek, beurten: list[Beurt]) -> None:
    gecodeerd = mi.code_utterances(
        [mi.Utterance(f"gesprek-{gesprek.pk}", b.volgorde, b.spreker, b.tekst) for b in beurten]
    )
    for beurt, resultaat in zip(beurten, gecodeerd, strict=True):
        beurt.code = resultaat.code.value
        beurt.zekerheid = round(resultaat.confidence, 3)
    gesprek.taal = gecodeerd[0].language if gecodeerd else ""


def als_gecodeerd(gesprek: Gesprek, beurten: list[Beurt]) -> list[mi.CodedUtterance]:
    """The turns as the engine's coded utterances, with the professional's corrections in place of the model's code."""
    return [
        mi.CodedUtterance(
            utterance=mi.Utterance(f"gesprek-{gesprek.pk}", b.volgorde, b.spreker, b.tekst),
            code=mi.Code(b.definitieve_code),
            confidence=1.0 if b.is_gecorrigeerd else (b.zekerheid or 0.0),
            probabilities=(),
            language=gesprek.taal or "nl",
        )
        for b in beurten
        if b.spreker and b.definitieve_code
    ]


def _tel(gesprek: Gesprek, beurten: list[Beurt]) -> None:
    samenvatting = mi.summarise(als_gecodeerd(gesprek, beurten))
    tel = samenvatting.counts
    gesprek.aantal_vragen = tel[mi.Code.Q]
    gesprek.aantal_eenvoudige_reflecties = tel[mi.Code.SR]
    gesprek.aantal_complexe_reflecties = tel[mi.Code.CR]
    gesprek.aantal_adherent = samenvatting.mi_adherent
    gesprek.aantal_niet_adherent = samenvatting.mi_non_adherent
    gesprek.aantal_verandertaal = tel[mi.Code.CT]
    gesprek.aantal_behoudtaal = tel[mi.Code.ST]
    gesprek.woorden_professional = sum(mi.scores.word_count(b.tekst) for b in beurten if b.spreker == "professional")
    gesprek.woorden_inwoner = sum(mi.scores.word_count(b.tekst) for b in beurten if b.spreker == "client")


@transaction.atomic
def corrigeer_code(*, door, beurt: Beurt, code: str) -> Beurt:
    """Store the professional's code for a turn; choosing the model's own code again removes the correction."""
    gesprek = Gesprek.objects.select_for_update().get(pk=beurt.gesprek_id)
    _eigen(door, gesprek)
    if gesprek.status != StatusGesprek.GECODEERD:
        raise ValidationError(_("Dit gesprek is nog niet gecodeerd."))
    toegestaan = CODES_PROFESSIONAL if beurt.spreker == Spreker.PROFESSIONAL else CODES_INWONER
    if code not in toegestaan:
        raise ValidationError({"code": _("Deze code hoort niet bij deze spreker.")})
    beurt.correctie = "" if code == beurt.code else code
    beurt.gecorrigeerd_op = timezone.now() if beurt.correctie else None
    beurt.full_clean()
    beurt.save(update_fields=["correctie", "gecorrigeerd_op"])
    _tel(gesprek, list(gesprek.beurten.order_by("volgorde")))
    gesprek.save()
    return beurt


@transaction.atomic
def deel_met_team(*, door, gesprek: Gesprek, delen: bool) -> Gesprek:
    _eigen(door, gesprek)
    if delen and gesprek.status != StatusGesprek.GECODEERD:
        raise ValidationError(_("Alleen een gecodeerd gesprek kan gedeeld worden."))
    gesprek.gedeeld_met = door.team if delen else None
    gesprek.full_clean()
    gesprek.save(update_fields=["gedeeld_met"])
    return gesprek


@transaction.atomic
def leg_teamtrend_vast(*, team_id: int, kwartaal, sommen: dict) -> Teamtrend:
    """Store a closed quarter's team figures the first time they are shown; if another request stored them first,
    those stay (the first figures shown are the only ones ever shown)."""
    trend, _nieuw = Teamtrend.objects.get_or_create(team_id=team_id, kwartaal=kwartaal, defaults=sommen)
    return trend
