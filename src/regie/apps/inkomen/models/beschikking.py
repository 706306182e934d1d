"""A beschikking: the decision letter sent to the inwoner, kept as the PDF that was sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.apps.dossier.models import Inwoner

from ..managers import FinancieelQuerySet
from .maatregel import Maatregel


class SoortBeschikking(models.TextChoices):
    MAATREGEL = "maatregel", _("Besluit over een maatregel")
    TOEKENNING = "toekenning", _("Toekenning van bijstand")
    WIJZIGING = "wijziging", _("Wijziging van de bijstand")


class Beschikking(models.Model):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="beschikkingen", verbose_name=_("inwoner")
    )
    soort = models.CharField(_("soort"), max_length=12, choices=SoortBeschikking.choices)
    maatregel = models.OneToOneField(
        Maatregel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="beschikking",
        verbose_name=_("maatregel"),
    )
    berekening = models.OneToOneField(
        "inkomen.Berekening",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="beschikking",
        verbose_name=_("berekening"),
    )
    datum = models.DateField(_("datum van de brief"))
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    pdf = models.BinaryField(_("brief als PDF"))
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("beschikking")
        verbose_name_plural = _("beschikkingen")
        ordering = ["-datum", "-pk"]

    def __str__(self) -> str:
        return f"{self.onderwerp} ({self.datum:%d-%m-%Y})"
