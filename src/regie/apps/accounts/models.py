"""Who works with Regie: the municipality, its teams and every user with one role.

Inwoners log in too (their own portal), so the user model holds every person who can log in and the role decides
what they may see; the access rules themselves live in ``accounts.permissions``.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Gemeente(models.Model):
    naam = models.CharField(_("naam"), max_length=100, unique=True)
    cbs_code = models.CharField(
        _("CBS-code"), max_length=6, unique=True, help_text=_("Gemeentecode van het CBS, bijvoorbeeld GM0344.")
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Team(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="teams", verbose_name=_("gemeente"))
    naam = models.CharField(_("naam"), max_length=100)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["naam"]
        constraints = [models.UniqueConstraint(fields=["gemeente", "naam"], name="team_naam_uniek_per_gemeente")]

    def __str__(self) -> str:
        return self.naam


class Rol(models.TextChoices):
    KLANTMANAGER = "klantmanager", _("Klantmanager")
    KRACHTCOACH = "krachtcoach", _("Krachtcoach")
    TEAMLEIDER = "teamleider", _("Teamleider")
    FUNCTIONEEL_BEHEERDER = "functioneel_beheerder", _("Functioneel beheerder")
    MANAGEMENT = "management", _("Management (alleen totalen)")
    INWONER = "inwoner", _("Inwoner")


# Roles of people who work with Regie (everyone but the inwoner); they log in with a second factor.
MEDEWERKERROLLEN = (Rol.KLANTMANAGER, Rol.KRACHTCOACH, Rol.TEAMLEIDER, Rol.FUNCTIONEEL_BEHEERDER, Rol.MANAGEMENT)

# Roles that belong to a team of the municipality; the krachtcoach often works for another organisation.
TEAMROLLEN = (Rol.KLANTMANAGER, Rol.TEAMLEIDER)


class Gebruiker(AbstractUser):
    """Everyone who logs in: medewerkers of the municipality, krachtcoaches of partner organisations, inwoners."""

    rol = models.CharField(_("rol"), max_length=32, choices=Rol.choices)
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, null=True, blank=True, related_name="gebruikers", verbose_name=_("gemeente")
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="leden",
        verbose_name=_("team"),
        help_text=_("Verplicht voor klantmanagers en teamleiders: zij zien de inwoners van hun team."),
    )
    organisatie = models.CharField(
        _("organisatie"),
        max_length=150,
        blank=True,
        help_text=_("De organisatie waarvoor een krachtcoach werkt, vaak een welzijns- of buurtorganisatie."),
    )
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        constraints = [
            models.CheckConstraint(
                condition=~Q(rol__in=[r.value for r in TEAMROLLEN]) | Q(team__isnull=False),
                name="teamrol_heeft_team",
                violation_error_message=_("Een klantmanager of teamleider hoort bij een team."),
            ),
            models.CheckConstraint(
                condition=~Q(rol=Rol.KRACHTCOACH) | ~Q(organisatie=""),
                name="krachtcoach_heeft_organisatie",
                violation_error_message=_("Vul de organisatie van de krachtcoach in."),
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Rolwijziging(models.Model):
    """A requested change of a staff member's rights (role, team, organisation, e-mail address for set-password
    links), which takes effect only when a second functioneel beheerder approves it (four eyes).

    The database itself refuses an approval by the requester, and a request or approval concerning one's own account.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Wacht op goedkeuring")
        GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd en doorgevoerd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    gebruiker = models.ForeignKey(
        Gebruiker, on_delete=models.CASCADE, related_name="rolwijzigingen", verbose_name=_("medewerker")
    )
    rol = models.CharField(_("nieuwe rol"), max_length=32, choices=[(r.value, r.label) for r in MEDEWERKERROLLEN])
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("nieuw team")
    )
    organisatie = models.CharField(_("nieuwe organisatie"), max_length=150, blank=True)
    email = models.EmailField(_("nieuw e-mailadres"), blank=True)
    vorige = models.CharField(_("was"), max_length=400, blank=True)
    toelichting = models.CharField(_("toelichting"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    aangevraagd_door = models.ForeignKey(
        Gebruiker, on_delete=models.PROTECT, related_name="+", verbose_name=_("aangevraagd door")
    )
    aangevraagd_op = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    behandeld_door = models.ForeignKey(
        Gebruiker, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("behandeld door")
    )
    behandeld_op = models.DateTimeField(_("behandeld op"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("rolwijziging")
        verbose_name_plural = _("rolwijzigingen")
        ordering = ["-aangevraagd_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker"],
                condition=Q(status="open"),
                name="rolwijziging_een_open_per_gebruiker",
                violation_error_message=_("Voor deze medewerker wacht al een wijziging op goedkeuring."),
            ),
            models.CheckConstraint(
                condition=~Q(aangevraagd_door=F("gebruiker")),
                name="rolwijziging_niet_voor_zichzelf",
                violation_error_message=_("U kunt geen wijziging van uw eigen rechten aanvragen."),
            ),
            models.CheckConstraint(
                condition=Q(behandeld_door__isnull=True)
                | (~Q(behandeld_door=F("aangevraagd_door")) & ~Q(behandeld_door=F("gebruiker"))),
                name="rolwijziging_vier_ogen",
                violation_error_message=_(
                    "Een tweede beheerder keurt de wijziging goed: niet wie hem aanvroeg en niet de medewerker zelf."
                ),
            ),
            models.CheckConstraint(
                condition=Q(status="open") | (Q(behandeld_door__isnull=False) & Q(behandeld_op__isnull=False)),
                name="rolwijziging_behandeld_door_iemand",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.gebruiker}: {self.get_rol_display()} ({self.get_status_display()})"
