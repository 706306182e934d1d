"""One record per background job: what it is, for which municipality, how far it got and whether it is alive.

The database decides that at most one job of a kind runs per municipality (a partial unique constraint), so
simultaneous start requests create exactly one. Progress is a cursor (the highest id of the last finished chunk),
advanced in the same transaction as that chunk's writes, so a crash never leaves half a chunk and a resumed job
continues where the last finished chunk ended.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    WACHTEND = "wachtend", _("Wacht op start")
    BEZIG = "bezig", _("Bezig")
    KLAAR = "klaar", _("Klaar")
    MISLUKT = "mislukt", _("Mislukt")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")


LOPEND = (Status.WACHTEND, Status.BEZIG)
AFGEROND = (Status.KLAAR, Status.MISLUKT, Status.GEANNULEERD)


class Taak(models.Model):
    soort = models.CharField(_("soort"), max_length=40)
    gemeente = models.ForeignKey("accounts.Gemeente", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.WACHTEND)
    totaal = models.PositiveIntegerField(_("totaal"), null=True, blank=True, help_text=_("Geteld bij de eerste start."))
    verwerkt = models.PositiveIntegerField(_("verwerkt"), default=0)
    cursor = models.BigIntegerField(
        _("laatste afgeronde deel"),
        null=True,
        blank=True,
        help_text=_("De hoogste id van het laatste deel dat helemaal is opgeslagen; hervatten begint erna."),
    )
    hartslag = models.DateTimeField(_("laatste teken van leven"), null=True, blank=True)
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    volgende_poging_op = models.DateTimeField(_("mag starten vanaf"), default=timezone.now)
    annuleren_gevraagd = models.BooleanField(_("annuleren gevraagd"), default=False)
    melding = models.TextField(_("melding"), blank=True)
    werker = models.CharField(_("werker"), max_length=120, blank=True)
    gestart_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gestart door"),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gestart_op = models.DateTimeField(_("gestart op"), null=True, blank=True)
    klaar_op = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        verbose_name = _("achtergrondtaak")
        verbose_name_plural = _("achtergrondtaken")
        ordering = ["-aangemaakt_op", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["soort", "gemeente"],
                condition=Q(status__in=LOPEND),
                name="taak_een_lopend_per_soort_en_gemeente",
            ),
            models.CheckConstraint(
                condition=Q(status__in=[s.value for s in Status]),
                name="taak_status_bekend",
            ),
        ]
        indexes = [models.Index(fields=["status", "volgende_poging_op"], name="taak_wachtrij")]

    def __str__(self) -> str:
        return f"{self.soort} #{self.pk} ({self.get_status_display()})"

    @property
    def loopt(self) -> bool:
        return self.status in LOPEND

    @property
    def procent(self) -> int:
        if not self.totaal:
            return 100 if self.status == Status.KLAAR else 0
        return min(100, int(self.verwerkt * 100 / self.totaal))
