"""A maatregel (benefit reduction, art. 18 lid 2) can only follow a hearing with the inwoner's own account."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.dossier.models import Inwoner

from ..managers import FinancieelQuerySet
from .verplichtingen import SoortVerplichting


class Horen(models.Model):
    """The hearing (Awb 4:8): the inwoner's perspective, recorded before any decision that goes against them."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="hoorzittingen", verbose_name=_("inwoner")
    )
    verplichting = models.CharField(_("over de verplichting"), max_length=24, choices=SoortVerplichting.choices)
    datum = models.DateField(_("datum van het horen"))
    eigen_verhaal = models.TextField(
        _("het verhaal van de inwoner"),
        max_length=5000,
        help_text=_("Wat vertelt de inwoner zelf over wat er gebeurde en waarom? Zo veel mogelijk in eigen woorden."),
    )
    toelichting = models.TextField(_("aantekening van de medewerker"), blank=True, max_length=3000)
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vastgelegd door")
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("horen")
        verbose_name_plural = _("hoorzittingen")
        ordering = ["-datum"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(eigen_verhaal=""),
                name="horen_met_eigen_verhaal",
                violation_error_message=_("Leg het verhaal van de inwoner zelf vast."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verplichting_display()} {self.datum:%d-%m-%Y}"


class StatusMaatregel(models.TextChoices):
    VOORSTEL = "voorstel", _("Voorstel")
    BESLOTEN = "besloten", _("Besloten: opgelegd")
    AFGEZIEN = "afgezien", _("Afgezien van een maatregel")


class Maatregel(models.Model):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="maatregelen", verbose_name=_("inwoner")
    )
    horen = models.ForeignKey(
        Horen,
        on_delete=models.PROTECT,
        related_name="maatregelen",
        verbose_name=_("horen"),
        help_text=_("Zonder horen geen maatregel."),
    )
    verplichting = models.CharField(_("verplichting"), max_length=24, choices=SoortVerplichting.choices)
    gedraging = models.TextField(_("wat er gebeurde"), max_length=3000)
    percentage = models.PositiveSmallIntegerField(
        _("verlaging in procenten"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Volgens de verordening van de gemeente."),
    )
    duur_maanden = models.PositiveSmallIntegerField(
        _("duur in maanden"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    motivering = models.TextField(
        _("motivering"),
        max_length=5000,
        help_text=_("Waarom deze maatregel, gezien het verhaal van de inwoner en de belemmeringen?"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=StatusMaatregel.choices, default=StatusMaatregel.VOORSTEL
    )
    voorgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("voorgesteld door")
    )
    voorgesteld_op = models.DateTimeField(_("voorgesteld op"), auto_now_add=True)
    ingangsdatum = models.DateField(
        _("ingangsdatum van de verlaging"),
        null=True,
        blank=True,
        help_text=_("De eerste dag waarop de bijstand lager is. Verplicht bij een opgelegde maatregel."),
    )
    besluit_reden = models.TextField(_("reden van het besluit"), blank=True, max_length=3000)
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besloten door"),
    )
    besloten_op = models.DateTimeField(_("besloten op"), null=True, blank=True)
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("maatregel")
        verbose_name_plural = _("maatregelen")
        ordering = ["-voorgesteld_op"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="voorstel") | (~Q(besluit_reden="") & Q(besloten_door__isnull=False)),
                name="maatregel_besluit_met_reden",
                violation_error_message=_("Een besluit over een maatregel heeft een reden en een beslisser."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verplichting_display()} {self.percentage}% {self.get_status_display()}"

    @property
    def einddatum(self):
        """The last day of the lowering: ``duur_maanden`` calendar months from the ingangsdatum."""
        from ..afstemming import einddatum

        return None if self.ingangsdatum is None else einddatum(self.ingangsdatum, self.duur_maanden)
