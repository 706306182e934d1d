"""Appointments and messages between the inwoner and the people who guide them; kept deliberately small."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.dossier.models import Inwoner

from .managers import AfspraakQuerySet, BerichtQuerySet


class Afspraak(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="afspraken", verbose_name=_("inwoner"))
    wanneer = models.DateTimeField(_("wanneer"))
    plaats = models.CharField(_("waar"), max_length=200, help_text=_("Adres, of 'telefonisch' of 'video'."))
    met_wie = models.CharField(_("met wie"), max_length=200)
    onderwerp = models.CharField(_("waarover"), max_length=200)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    history = HistoricalRecords()

    objects = AfspraakQuerySet.as_manager()

    class Meta:
        verbose_name = _("afspraak")
        verbose_name_plural = _("afspraken")
        ordering = ["wanneer"]
        indexes = [models.Index(fields=["inwoner", "wanneer"], name="afspraak_inwoner_wanneer")]

    def __str__(self) -> str:
        return f"{self.wanneer:%d-%m-%Y %H:%M} {self.onderwerp}"


class Bericht(models.Model):
    """One message in the single thread between an inwoner and their klantmanager(s)."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="berichten", verbose_name=_("inwoner"))
    afzender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    tekst = models.TextField(_("bericht"), max_length=2000)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    objects = BerichtQuerySet.as_manager()

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["verstuurd_op", "pk"]
        indexes = [models.Index(fields=["inwoner", "verstuurd_op"], name="bericht_inwoner_verstuurd")]

    def __str__(self) -> str:
        return self.tekst[:60]
