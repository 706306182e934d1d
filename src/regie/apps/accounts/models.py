"""Who works with Regie: the municipality, its teams and every user with one role.

Inwoners log in too (their own portal), so the user model holds every person who can log in and the role decides
what they may see; the access rules themselves live in ``accounts.permissions``.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
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
    INWONER = "inwoner", _("Inwoner")


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
