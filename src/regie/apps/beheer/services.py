"""Writes of the functioneel beheerder: staff accounts, rights changes with four eyes, teams and wijken.

Every function checks who acts (the beheer pages check too, but a service is the last line), runs in a transaction,
and writes a log line; django-simple-history keeps the before and after of every row with who changed it.
Nothing here sets a superuser or staff flag, touches an inwoner account, or reveals a password.
"""

import logging

from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from regie.apps.accounts.beheerrechten import mag_gebruikers_beheren
from regie.apps.accounts.models import TEAMROLLEN, Gebruiker, Rol, Rolwijziging, Team
from regie.apps.dossier.models import Wijk

from . import selectors

logger = logging.getLogger("regie.beheer")


def _controleer_beheerder(beheerder) -> None:
    if not mag_gebruikers_beheren(beheerder):
        raise PermissionDenied(_("Alleen een functioneel beheerder beheert medewerkers, teams en wijken."))


def _controleer_ander_medewerker(beheerder, medewerker) -> None:
    """The beheerder's own account and accounts outside the beheer pages (inwoners, superusers) are off limits."""
    _controleer_beheerder(beheerder)
    if medewerker.pk == beheerder.pk:
        raise PermissionDenied(_("U kunt uw eigen account niet wijzigen. Vraag dit aan een andere beheerder."))
    if not selectors.medewerkers(beheerder).filter(pk=medewerker.pk).exists():
        raise PermissionDenied(_("Dit account valt niet onder het beheer van medewerkers."))


def _rechten(rol: str, team: Team | None, organisatie: str) -> None:
    """The same rules as the database constraints, as a clear message before anything is written."""
    if rol in TEAMROLLEN and team is None:
        raise ValidationError({"team": _("Een klantmanager of teamleider hoort bij een team.")})
    if rol == Rol.KRACHTCOACH and not organisatie.strip():
        raise ValidationError({"organisatie": _("Vul de organisatie van de krachtcoach in.")})


def _omschrijving(medewerker) -> str:
    delen = [medewerker.get_rol_display() or _("nog geen rol")]
    if medewerker.team_id:
        delen.append(str(medewerker.team))
    if medewerker.organisatie:
        delen.append(medewerker.organisatie)
    if medewerker.email:
        delen.append(medewerker.email)
    return ", ".join(delen)


@transaction.atomic
def maak_medewerker(
    beheerder, *, username, first_name, last_name, email, rol, team=None, organisatie="", toelichting=""
) -> Gebruiker:
    """A new staff account without a role, password or second factor; the role follows once a second beheerder
    approves the request made here, and the staff member sets a password through a link sent to their e-mail."""
    _controleer_beheerder(beheerder)
    _rechten(rol, team, organisatie)
    if Gebruiker.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("Deze gebruikersnaam is al in gebruik.")})
    medewerker = Gebruiker(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        rol="",
        gemeente_id=beheerder.gemeente_id,
    )
    medewerker.set_unusable_password()
    medewerker._history_user = beheerder
    medewerker.save()
    logger.info("Medewerker aangemaakt: %s door %s (rol wacht op goedkeuring)", username, beheerder.username)
    vraag_rolwijziging_aan(
        beheerder, medewerker, rol=rol, team=team, organisatie=organisatie, email=email, toelichting=toelichting
    )
    return medewerker


@transaction.atomic
def wijzig_medewerker(beheerder, medewerker, *, first_name, last_name, is_active) -> Gebruiker:
    """Name and active: immediate. Switching an account off takes rights away, so it needs no second beheerder."""
    _controleer_ander_medewerker(beheerder, medewerker)
    was_actief = medewerker.is_active
    medewerker.first_name, medewerker.last_name, medewerker.is_active = first_name, last_name, is_active
    medewerker._history_user = beheerder
    medewerker.save(update_fields=["first_name", "last_name", "is_active"])
    if was_actief != is_active:
        logger.info(
            "Medewerker %s: %s door %s",
            medewerker.username,
            "geactiveerd" if is_active else "gedeactiveerd",
            beheerder.username,
        )
    else:
        logger.info("Medewerker %s: naam gewijzigd door %s", medewerker.username, beheerder.username)
    return medewerker


@transaction.atomic
def vraag_rolwijziging_aan(
    beheerder, medewerker, *, rol, team=None, organisatie="", email="", toelichting=""
) -> Rolwijziging:
    _controleer_ander_medewerker(beheerder, medewerker)
    if rol not in {r.value for r in Rol if r != Rol.INWONER}:
        raise ValidationError({"rol": _("Kies een rol voor een medewerker.")})
    _rechten(rol, team, organisatie)
    if team is not None and team.gemeente_id != beheerder.gemeente_id:
        raise PermissionDenied(_("Dit team hoort niet bij uw gemeente."))
    if rol not in TEAMROLLEN:
        team = None  # only klantmanagers and teamleiders see inwoners through a team
    if (rol, team.pk if team else None, organisatie, email) == (
        medewerker.rol,
        medewerker.team_id,
        medewerker.organisatie,
        medewerker.email,
    ):
        raise ValidationError(_("Er verandert niets aan de rechten van deze medewerker."))
    try:
        with transaction.atomic():
            wijziging = Rolwijziging(
                gebruiker=medewerker,
                rol=rol,
                team=team,
                organisatie=organisatie.strip(),
                email=email,
                vorige=_omschrijving(medewerker),
                toelichting=toelichting,
                aangevraagd_door=beheerder,
            )
            wijziging._history_user = beheerder
            wijziging.save()
    except IntegrityError as fout:
        raise ValidationError(_("Voor deze medewerker wacht al een wijziging op goedkeuring.")) from fout
    logger.info(
        "Rolwijziging %s aangevraagd door %s: %s krijgt rol=%s team=%s organisatie=%s (was: %s)",
        wijziging.pk,
        beheerder.username,
        medewerker.username,
        rol,
        team.pk if team else "-",
        organisatie or "-",
        wijziging.vorige,
    )
    return wijziging


def _open_wijziging(beheerder, wijziging_id) -> Rolwijziging:
    _controleer_beheerder(beheerder)
    wijziging = (
        Rolwijziging.objects.select_for_update()
        .filter(pk=wijziging_id, gebruiker__gemeente_id=beheerder.gemeente_id)
        .first()
    )
    if wijziging is None:
        raise PermissionDenied(_("Deze wijziging bestaat niet of valt niet onder uw gemeente."))
    if wijziging.status != Rolwijziging.Status.OPEN:
        raise ValidationError(_("Deze wijziging is al behandeld."))
    if wijziging.aangevraagd_door_id == beheerder.pk:
        raise PermissionDenied(
            _("U kunt uw eigen aanvraag niet goedkeuren of afwijzen: dat doet een andere beheerder.")
        )
    if wijziging.gebruiker_id == beheerder.pk:
        raise PermissionDenied(_("Een wijziging van uw eigen rechten behandelt een andere beheerder."))
    return wijziging


@transaction.atomic
def keur_rolwijziging_goed(beheerder, wijziging_id) -> Rolwijziging:
    """The second beheerder approves: the new rights take effect now."""
    wijziging = _open_wijziging(beheerder, wijziging_id)
    medewerker = Gebruiker.objects.select_for_update().get(pk=wijziging.gebruiker_id)
    medewerker.rol = wijziging.rol
    medewerker.team = wijziging.team
    medewerker.organisatie = wijziging.organisatie
    medewerker.email = wijziging.email
    medewerker._history_user = beheerder
    medewerker.save(update_fields=["rol", "team", "organisatie", "email"])
    wijziging.status = Rolwijziging.Status.GOEDGEKEURD
    wijziging.behandeld_door = beheerder
    wijziging.behandeld_op = timezone.now()
    wijziging._history_user = beheerder
    wijziging.save(update_fields=["status", "behandeld_door", "behandeld_op"])
    logger.info(
        "Rolwijziging %s goedgekeurd door %s (aangevraagd door %s): %s heeft nu rol=%s team=%s",
        wijziging.pk,
        beheerder.username,
        wijziging.aangevraagd_door.username,
        medewerker.username,
        medewerker.rol,
        medewerker.team_id or "-",
    )
    return wijziging


@transaction.atomic
def wijs_rolwijziging_af(beheerder, wijziging_id) -> Rolwijziging:
    wijziging = _open_wijziging(beheerder, wijziging_id)
    wijziging.status = Rolwijziging.Status.AFGEWEZEN
    wijziging.behandeld_door = beheerder
    wijziging.behandeld_op = timezone.now()
    wijziging._history_user = beheerder
    wijziging.save(update_fields=["status", "behandeld_door", "behandeld_op"])
    logger.info("Rolwijziging %s afgewezen door %s", wijziging.pk, beheerder.username)
    return wijziging


def stuur_wachtwoordlink(beheerder, medewerker, *, huidig_ongeldig: bool, basis_url: str) -> None:
    """Sends a one-time set-password link to the staff member's own e-mail address; the beheerder never sees it.

    With ``huidig_ongeldig`` the current password stops working at once, which also ends every open session of the
    account (Django ties a session to the password hash).
    """
    _controleer_ander_medewerker(beheerder, medewerker)
    if not medewerker.email:
        raise ValidationError(
            _("Deze medewerker heeft geen e-mailadres. Vraag eerst een wijziging met het e-mailadres aan.")
        )
    with transaction.atomic():
        if huidig_ongeldig:
            medewerker.set_unusable_password()
            medewerker._history_user = beheerder
            medewerker.save(update_fields=["password"])
        token = default_token_generator.make_token(medewerker)
    uid = urlsafe_base64_encode(force_bytes(medewerker.pk))
    link = basis_url + reverse("accounts:wachtwoord_instellen", kwargs={"uidb64": uid, "token": token})
    send_mail(
        _("Stel uw wachtwoord voor Regie in"),
        _(
            "Beste %(naam)s,\n\nMet deze link stelt u uw wachtwoord voor Regie in. De link werkt één keer en "
            "verloopt na 24 uur:\n\n%(link)s\n\nHeeft u hier niet om gevraagd? Neem dan contact op met de "
            "functioneel beheerder."
        )
        % {"naam": medewerker.get_full_name() or medewerker.username, "link": link},
        None,
        [medewerker.email],
    )
    logger.info(
        "Wachtwoordlink verstuurd naar %s door %s (huidig wachtwoord %s)",
        medewerker.username,
        beheerder.username,
        "ongeldig gemaakt" if huidig_ongeldig else "blijft geldig",
    )


@transaction.atomic
def herstel_tweede_factor(beheerder, medewerker) -> None:
    """A lost phone: removes the authenticator and recovery codes, so the staff member enrols again at next login."""
    _controleer_ander_medewerker(beheerder, medewerker)
    TOTPDevice.objects.filter(user=medewerker).delete()
    StaticDevice.objects.filter(user=medewerker).delete()
    logger.info("Tweede factor van %s opnieuw in te stellen gemaakt door %s", medewerker.username, beheerder.username)


@transaction.atomic
def bewaar_team(beheerder, team: Team | None, *, naam: str) -> Team:
    _controleer_beheerder(beheerder)
    if team is not None and team.gemeente_id != beheerder.gemeente_id:
        raise PermissionDenied(_("Dit team hoort niet bij uw gemeente."))
    naam = naam.strip()
    dubbel = Team.objects.filter(gemeente_id=beheerder.gemeente_id, naam__iexact=naam)
    if team is not None:
        dubbel = dubbel.exclude(pk=team.pk)
    if dubbel.exists():
        raise ValidationError({"naam": _("Er is al een team met deze naam.")})
    nieuw = team is None
    team = team or Team(gemeente_id=beheerder.gemeente_id)
    team.naam = naam
    team._history_user = beheerder
    team.save()
    logger.info("Team %s %s door %s", team.pk, "aangemaakt" if nieuw else "gewijzigd", beheerder.username)
    return team


@transaction.atomic
def bewaar_wijk(beheerder, wijk: Wijk | None, *, naam: str, code: str) -> Wijk:
    _controleer_beheerder(beheerder)
    if wijk is not None and wijk.gemeente_id != beheerder.gemeente_id:
        raise PermissionDenied(_("Deze wijk hoort niet bij uw gemeente."))
    code = code.strip().upper()
    dubbel = Wijk.objects.filter(gemeente_id=beheerder.gemeente_id, code=code)
    if wijk is not None:
        dubbel = dubbel.exclude(pk=wijk.pk)
    if dubbel.exists():
        raise ValidationError({"code": _("Er is al een wijk met deze wijkcode.")})
    nieuw = wijk is None
    wijk = wijk or Wijk(gemeente_id=beheerder.gemeente_id)
    wijk.naam, wijk.code = naam.strip(), code
    wijk._history_user = beheerder
    wijk.save()
    logger.info("Wijk %s %s door %s", wijk.pk, "aangemaakt" if nieuw else "gewijzigd", beheerder.username)
    return wijk
