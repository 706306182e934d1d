"""Every write of participation data: consent, the profile, places and placements.

A place's capacity is guarded here: whoever takes a slot (planning a visit) locks the place's row first and counts
the taken slots inside the same transaction, so concurrent requests in other processes queue instead of both
seeing the last free slot.
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie import matching
from regie.apps.accounts.permissions import Actie, Categorie, Taak, in_scope, is_actief, mag, mag_taak
from regie.apps.dossier.models import Inwoner

from . import koppeling
from .models import (
    LOPEND,
    VASTLEGGEN_DOOR_KLANTMANAGER,
    Organisatie,
    Participatieprofiel,
    Plaatsing,
    Plek,
    RedenEinde,
    Status,
    Toestemming,
)

PROFIELVELDEN = (
    "talenten",
    "hobbys",
    "passies",
    "tags",
    "gezelschap",
    "omgeving",
    "beschikbaar",
    "uren_per_week",
    "reismodus",
    "straal_km",
    "beperkingen",
    "taalniveau",
)


def _is_de_inwoner(door, inwoner: Inwoner) -> bool:
    return is_actief(door) and inwoner.account_id == door.pk


def _krachtcoach_met_toestemming(door, inwoner: Inwoner) -> Participatieprofiel:
    """The krachtcoach edits the profile, and only while the inwoner consents (``permissions`` decides both)."""
    if not mag_taak(door, Taak.VOORSTEL_CASELOAD) or not in_scope(door, inwoner):
        raise PermissionDenied(_("Alleen de krachtcoach van deze inwoner werkt met het participatieprofiel."))
    if not mag(door, Actie.WIJZIGEN, Categorie.PARTICIPATIE, inwoner):
        raise PermissionDenied(_("De inwoner heeft (nog) geen toestemming gegeven om het profiel te delen."))
    return Participatieprofiel.objects.get(inwoner=inwoner)


# --- consent


@transaction.atomic
def geef_toestemming(*, door, inwoner: Inwoner, via: str = "", datum: date | None = None) -> Participatieprofiel:
    """The inwoner in the portal, or a klantmanager recording consent given in person, by phone or in writing.

    A krachtcoach never records consent: it would unlock the profile for themself (functiescheiding).
    """
    if not mag(door, Actie.WIJZIGEN, Categorie.TOESTEMMING, inwoner):
        raise PermissionDenied(_("Alleen de inwoner zelf of diens klantmanager legt de toestemming vast."))
    if _is_de_inwoner(door, inwoner):
        via, datum = Toestemming.PORTAAL, timezone.localdate()
    elif via not in VASTLEGGEN_DOOR_KLANTMANAGER or datum is None:
        raise ValidationError(_("Leg vast hoe en wanneer de inwoner toestemming gaf."))
    elif datum > timezone.localdate():
        raise ValidationError({"datum": _("De datum van de toestemming ligt niet in de toekomst.")})
    profiel, _nieuw = Participatieprofiel.objects.select_for_update().get_or_create(inwoner=inwoner)
    profiel.toestemming = True
    profiel.toestemming_via = via
    profiel.toestemming_gegeven_op = datum
    profiel.toestemming_gewijzigd_op = timezone.now()
    profiel.bijgewerkt_door = door
    profiel.full_clean()
    profiel.save()
    return profiel


@transaction.atomic
def trek_toestemming_in(*, door, inwoner: Inwoner) -> Participatieprofiel:
    """Only the inwoner withdraws; from then on the krachtcoach sees nothing but that consent is missing."""
    if not _is_de_inwoner(door, inwoner):
        raise PermissionDenied(_("Alleen de inwoner zelf trekt de toestemming in."))
    profiel, _nieuw = Participatieprofiel.objects.select_for_update().get_or_create(inwoner=inwoner)
    profiel.toestemming = False
    profiel.toestemming_via = ""
    profiel.toestemming_gegeven_op = None
    profiel.toestemming_gewijzigd_op = timezone.now()
    profiel.bijgewerkt_door = door
    profiel.save()
    return profiel


# --- the profile


@transaction.atomic
def bewaar_profiel(*, door, inwoner: Inwoner, gegevens: dict) -> Participatieprofiel:
    profiel = _krachtcoach_met_toestemming(door, inwoner)
    for veld in PROFIELVELDEN:
        if veld in gegevens:
            setattr(profiel, veld, gegevens[veld])
    profiel.bijgewerkt_door = door
    profiel.full_clean()
    profiel.save()
    return profiel


# --- places


def _mag_plekken_beheren(door) -> None:
    if not mag_taak(door, Taak.PLEKKEN_BEHEREN) or not door.gemeente_id:
        raise PermissionDenied(_("Alleen krachtcoaches en de functioneel beheerder beheren de plekken."))


@transaction.atomic
def bewaar_plek(*, door, plek: Plek, organisatie_naam: str) -> Plek:
    """Create or change a place; a lower capacity than the slots now taken is refused."""
    _mag_plekken_beheren(door)
    if plek.pk is None:
        plek.gemeente_id = door.gemeente_id
    elif plek.gemeente_id != door.gemeente_id:
        raise PermissionDenied
    plek.organisatie, _nieuw = Organisatie.objects.get_or_create(
        gemeente_id=door.gemeente_id, naam=" ".join(organisatie_naam.split())
    )
    if plek.pk is not None:
        Plek.objects.select_for_update().filter(pk=plek.pk).first()
        bezet = Plaatsing.objects.filter(plek_id=plek.pk).bezettend().count()
        if plek.capaciteit < bezet:
            raise ValidationError(
                {
                    "capaciteit": _(
                        "Er zijn nu %(bezet)s plekken bezet door een kennismaking of lopende plaatsing; "
                        "kies minstens %(bezet)s."
                    )
                    % {"bezet": bezet}
                }
            )
    plek.full_clean()
    plek.save()
    return plek


# --- placements


def _eigen_plaatsing(door, plaatsing: Plaatsing) -> Plaatsing:
    _krachtcoach_met_toestemming(door, plaatsing.inwoner)
    return plaatsing


@transaction.atomic
def stel_voor(*, door, inwoner: Inwoner, plek: Plek) -> Plaatsing:
    """Record a proposed placement (no slot is taken yet), keeping the score and reasons at this moment."""
    profiel = _krachtcoach_met_toestemming(door, inwoner)
    if plek.gemeente_id != inwoner.gemeente_id or not plek.actief:
        raise ValidationError(_("Deze plek hoort niet bij de actieve plekken van de gemeente."))
    if Plaatsing.objects.filter(inwoner=inwoner, plek=plek, status__in=LOPEND).exists():
        raise ValidationError(_("Deze plek is al voorgesteld of loopt al voor deze inwoner."))
    score, uitleg = None, ""
    plek_locatie = koppeling.locatie(inwoner.postcode)
    if plek_locatie is not None:
        index = koppeling.plek_index(inwoner.gemeente_id)
        if str(plek.pk) in index.positie:
            beoordeling = matching.beoordeel(koppeling.naar_profiel(profiel, plek_locatie), index, str(plek.pk))
            score, uitleg = round(beoordeling.score, 3), beoordeling.uitleg[:500]
    uren = min(plek.uren_per_week, profiel.uren_per_week) if profiel.uren_per_week else plek.uren_per_week
    plaatsing = Plaatsing(
        inwoner=inwoner,
        plek=plek,
        uren_per_week=max(uren, Decimal("0.5")),
        score=score,
        uitleg=uitleg,
        voorgesteld_door=door,
    )
    plaatsing.full_clean()
    try:
        with transaction.atomic():
            plaatsing.save()
    except IntegrityError as fout:  # the same proposal made at the same moment in another request
        raise ValidationError(_("Deze plek is al voorgesteld of loopt al voor deze inwoner.")) from fout
    return plaatsing


def _overgang(plaatsing: Plaatsing, van: tuple[str, ...]) -> None:
    if plaatsing.status not in van:
        raise ValidationError(
            _("Dat kan niet: de plaatsing heeft nu de status ‘%(status)s’.")
            % {"status": plaatsing.get_status_display()}
        )


def _vol(plek: Plek, bezet: int) -> ValidationError:
    return ValidationError(
        _(
            "%(plek)s is vol: alle %(capaciteit)s plekken zijn al bezet door een geplande kennismaking of een lopende "
            "plaatsing. Er is niets opgeslagen; kies samen een andere plek of probeer het later opnieuw."
        )
        % {"plek": plek, "capaciteit": plek.capaciteit, "bezet": bezet}
    )


def plan_kennismaking(*, door, plaatsing_id: int, datum: date) -> Plaatsing:
    """Plan the visit together; this takes a slot, so the place's row is locked while the slots are counted."""
    try:
        with transaction.atomic():
            plaatsing = Plaatsing.objects.select_for_update().select_related("inwoner").get(pk=plaatsing_id)
            _eigen_plaatsing(door, plaatsing)
            _overgang(plaatsing, (Status.VOORGESTELD, Status.KENNISMAKING))
            if plaatsing.status == Status.VOORGESTELD:
                plek = Plek.objects.select_for_update().get(pk=plaatsing.plek_id)
                bezet = Plaatsing.objects.filter(plek_id=plek.pk).bezettend().count()
                if not plek.actief or bezet >= plek.capaciteit:
                    raise _vol(plek, bezet)
            plaatsing.status = Status.KENNISMAKING
            plaatsing.kennismaking_op = datum
            plaatsing.full_clean()
            plaatsing.save()
            return plaatsing
    except IntegrityError as fout:  # a database rule caught what validation could not see
        raise ValidationError(_("De plaatsing kon niet worden opgeslagen; probeer het opnieuw.")) from fout


@transaction.atomic
def start(*, door, plaatsing_id: int, datum: date) -> Plaatsing:
    plaatsing = Plaatsing.objects.select_for_update().select_related("inwoner").get(pk=plaatsing_id)
    _eigen_plaatsing(door, plaatsing)
    _overgang(plaatsing, (Status.KENNISMAKING,))
    if datum < plaatsing.kennismaking_op:
        raise ValidationError({"datum": _("De start ligt voor de kennismaking.")})
    plaatsing.status = Status.GESTART
    plaatsing.gestart_op = datum
    plaatsing.full_clean()
    plaatsing.save()
    return plaatsing


@transaction.atomic
def evalueer(*, door, plaatsing_id: int, datum: date, toelichting: str) -> Plaatsing:
    plaatsing = Plaatsing.objects.select_for_update().select_related("inwoner").get(pk=plaatsing_id)
    _eigen_plaatsing(door, plaatsing)
    _overgang(plaatsing, (Status.GESTART,))
    if not toelichting.strip():
        raise ValidationError({"toelichting": _("Schrijf kort op hoe het ging.")})
    plaatsing.status = Status.GEEVALUEERD
    plaatsing.afgerond_op = datum
    plaatsing.toelichting = toelichting
    plaatsing.full_clean()
    plaatsing.save()
    return plaatsing


@transaction.atomic
def beeindig(*, door, plaatsing_id: int, datum: date, reden: str, toelichting: str = "") -> Plaatsing:
    """End a placement at any point before its evaluation; the reason is kept as feedback for the catalogue."""
    plaatsing = Plaatsing.objects.select_for_update().select_related("inwoner").get(pk=plaatsing_id)
    _eigen_plaatsing(door, plaatsing)
    _overgang(plaatsing, LOPEND)
    if reden not in RedenEinde.values:
        raise ValidationError({"reden": _("Kies waarom de plaatsing stopt.")})
    if reden == RedenEinde.ANDERS and not toelichting.strip():
        raise ValidationError({"toelichting": _("Schrijf kort op waarom, bij ‘anders’.")})
    plaatsing.status = Status.BEEINDIGD
    plaatsing.reden_einde = reden
    plaatsing.toelichting = toelichting
    plaatsing.afgerond_op = datum
    plaatsing.full_clean()
    plaatsing.save()
    return plaatsing
