"""A change the inwoner reports (income, household, address), with an optional document, for the klantmanager."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.apps.dossier.models import Inwoner

from ..managers import FinancieelQuerySet


class SoortWijziging(models.TextChoices):
    INKOMEN = "inkomen", _("Inkomen (bijvoorbeeld een loonstrook of een nieuwe baan)")
    HUISHOUDEN = "huishouden", _("Huishouden (iemand komt bij u wonen of gaat weg)")
    ADRES = "adres", _("Adres (u gaat verhuizen)")


class Wijziging(models.Model):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="wijzigingen", verbose_name=_("inwoner")
    )
    soort = models.CharField(_("wat verandert er"), max_length=12, choices=SoortWijziging.choices)
    ingangsdatum = models.DateField(_("vanaf wanneer"))
    omschrijving = models.TextField(_("wat is er veranderd"), max_length=2000)
    document = models.BinaryField(_("document"), blank=True, null=True)
    document_naam = models.CharField(_("naam van het document"), max_length=200, blank=True)
    document_type = models.CharField(_("soort document"), max_length=40, blank=True)
    gemeld_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    gemeld_op = models.DateTimeField(_("doorgegeven op"), default=timezone.now, editable=False)

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("wijziging")
        verbose_name_plural = _("wijzigingen")
        ordering = ["-gemeld_op", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} ({self.ingangsdatum:%d-%m-%Y})"
