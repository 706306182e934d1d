"""Rechtmatigheid: income, assets, the stored calculations, the pointer to the current one, and the recalculation."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.dossier.models import Inwoner
from regie.opmaak import bedrag, datum_kort
from regie.perioden import Looptijd, looptijd

from ..managers import FinancieelQuerySet

NUL = Decimal("0.00")


class Periode(models.Model):
    geldig_vanaf = models.DateField(_("geldig vanaf"))
    geldig_tot = models.DateField(_("geldig tot en met"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def looptijd(self) -> Looptijd:
        """Toekomstig, lopend or beëindigd today (``regie.perioden``)."""
        return looptijd(self.geldig_vanaf, self.geldig_tot)


class Van(models.TextChoices):
    AANVRAGER = "aanvrager", _("Inwoner zelf")
    PARTNER = "partner", _("Partner")


class SoortInkomen(models.TextChoices):
    ARBEID = "arbeid", _("Loon uit werk")
    UITKERING = "uitkering", _("Andere uitkering")
    ALIMENTATIE = "alimentatie", _("Alimentatie")
    OVERIG = "overig", _("Ander inkomen")


class Inkomstenbron(Periode):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="inkomstenbronnen", verbose_name=_("inwoner")
    )
    van = models.CharField(_("van wie"), max_length=10, choices=Van.choices, default=Van.AANVRAGER)
    soort = models.CharField(_("soort inkomen"), max_length=12, choices=SoortInkomen.choices)
    omschrijving = models.CharField(_("omschrijving"), max_length=120, blank=True)
    netto_per_maand = models.DecimalField(
        _("netto per maand"), max_digits=9, decimal_places=2, validators=[MinValueValidator(NUL)]
    )
    vrijlating_sinds = models.DateField(
        _("vrijlating sinds"),
        null=True,
        blank=True,
        help_text=_("Eerste dag van de vrijlating van inkomsten uit werk (art. 31 lid 2 n). Leeg: geen vrijlating."),
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("inkomstenbron")
        verbose_name_plural = _("inkomstenbronnen")
        ordering = ["-geldig_vanaf"]
        constraints = [
            models.CheckConstraint(condition=Q(netto_per_maand__gte=0), name="inkomen_niet_negatief"),
            models.CheckConstraint(
                condition=Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=F("geldig_vanaf")),
                name="inkomen_periode_geldig",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {bedrag(self.netto_per_maand)}"


class SoortVermogen(models.TextChoices):
    BANK = "bank", _("Bank- en spaarrekeningen")
    CONTANT = "contant", _("Contant geld")
    VOERTUIG = "voertuig", _("Auto of ander voertuig")
    EIGEN_WONING = "eigen_woning", _("Overwaarde eigen woning")
    OVERIG = "overig", _("Ander vermogen")


class Vermogensbestanddeel(Periode):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="vermogen", verbose_name=_("inwoner"))
    soort = models.CharField(_("soort vermogen"), max_length=14, choices=SoortVermogen.choices)
    omschrijving = models.CharField(_("omschrijving"), max_length=120, blank=True)
    bedrag = models.DecimalField(
        _("bedrag"),
        max_digits=11,
        decimal_places=2,
        validators=[MinValueValidator(NUL)],
        help_text=_("De netto waarde die meetelt, na direct opeisbare schulden."),
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("vermogensbestanddeel")
        verbose_name_plural = _("vermogen")
        ordering = ["-geldig_vanaf"]
        constraints = [
            models.CheckConstraint(condition=Q(bedrag__gte=0), name="vermogen_niet_negatief"),
            models.CheckConstraint(
                condition=Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=F("geldig_vanaf")),
                name="vermogen_periode_geldig",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {bedrag(self.bedrag)}"


class Uitkeringsgegevens(models.Model):
    """Facts for the calculation that are neither household, income nor assets."""

    inwoner = models.OneToOneField(
        Inwoner, on_delete=models.CASCADE, related_name="uitkeringsgegevens", verbose_name=_("inwoner")
    )
    in_inrichting = models.BooleanField(_("verblijft in een inrichting"), default=False)
    ouders_kunnen_niet_bijdragen = models.BooleanField(
        _("ouders kunnen niet bijdragen"),
        default=False,
        help_text=_("Voor 18- tot 21-jarigen: de ouders kunnen niet in het levensonderhoud voorzien (art. 20 lid 3)."),
    )
    medisch_urenbeperkt = models.BooleanField(
        _("medisch urenbeperkt"),
        default=False,
        help_text=_("Kan om medische redenen minder uren werken (art. 31 lid 2 y)."),
    )
    giften_per_jaar = models.DecimalField(
        _("giften per jaar"), max_digits=9, decimal_places=2, default=NUL, validators=[MinValueValidator(NUL)]
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitkeringsgegevens")
        verbose_name_plural = _("uitkeringsgegevens")

    def __str__(self) -> str:
        return str(self.inwoner)


class Aanleiding(models.TextChoices):
    HANDMATIG = "handmatig", _("Berekend door een medewerker")
    HERBEREKENING = "herberekening", _("Herberekening van de hele gemeente")


class Berekening(models.Model):
    """One calculation, frozen: the case as it was read, the engine version, the result and its explanation."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="berekeningen", verbose_name=_("inwoner")
    )
    peildatum = models.DateField(_("peildatum"))
    engine_versie = models.CharField(_("versie rekenregels"), max_length=20)
    invoer = models.JSONField(_("invoer"), help_text=_("De gegevens waarmee is gerekend, zoals ze toen waren."))
    resultaat = models.JSONField(_("resultaat met toelichting"))
    recht = models.BooleanField(_("recht op bijstand"))
    uitkering = models.DecimalField(_("uitkering per maand"), max_digits=9, decimal_places=2)
    aanleiding = models.CharField(_("aanleiding"), max_length=16, choices=Aanleiding.choices)
    berekend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("berekend door"),
    )
    herberekening = models.ForeignKey(
        "Herberekening",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="berekeningen",
        verbose_name=_("herberekening"),
    )
    berekend_op = models.DateTimeField(_("berekend op"), auto_now_add=True)

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("berekening")
        verbose_name_plural = _("berekeningen")
        ordering = ["-berekend_op", "-pk"]
        indexes = [models.Index(fields=["inwoner", "-berekend_op"], name="berekening_per_inwoner")]

    def __str__(self) -> str:
        return f"{self.inwoner} {datum_kort(self.peildatum)}: {bedrag(self.uitkering)}"


class Herberekening(models.Model):
    """A recalculation of every inwoner of a municipality, e.g. after new norms; runs as a background job (Taak)."""

    gemeente = models.ForeignKey("accounts.Gemeente", on_delete=models.PROTECT, related_name="+")
    taak = models.OneToOneField(
        "taken.Taak", on_delete=models.PROTECT, related_name="herberekening", verbose_name=_("achtergrondtaak")
    )
    peildatum = models.DateField(_("peildatum"))
    gestart_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("gestart door")
    )
    gewijzigd = models.PositiveIntegerField(_("uitkering gewijzigd"), default=0)
    fouten = models.PositiveIntegerField(_("niet te berekenen"), default=0)
    gestart_op = models.DateTimeField(_("gestart op"), auto_now_add=True)

    class Meta:
        verbose_name = _("herberekening")
        verbose_name_plural = _("herberekeningen")
        ordering = ["-gestart_op", "-pk"]

    def __str__(self) -> str:
        return f"{self.peildatum:%d-%m-%Y}"


class NietBerekend(models.Model):
    """An inwoner the engine refused during a herberekening, with the engine's reason, so someone can fix the data."""

    herberekening = models.ForeignKey(
        Herberekening, on_delete=models.CASCADE, related_name="niet_berekend", verbose_name=_("herberekening")
    )
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="+", verbose_name=_("inwoner"))
    reden = models.TextField(_("reden"))

    class Meta:
        verbose_name = _("niet te berekenen inwoner")
        verbose_name_plural = _("niet te berekenen inwoners")
        ordering = ["inwoner_id"]
        constraints = [
            models.UniqueConstraint(fields=["herberekening", "inwoner"], name="niet_berekend_eenmaal_per_inwoner")
        ]

    def __str__(self) -> str:
        return f"{self.inwoner_id}: {self.reden[:60]}"


class HuidigeBerekening(models.Model):
    """Points at each inwoner's current (latest) calculation and the one before it, so no page reads the history.

    Written in the same transaction as every new calculation (``services``), so it never lags behind.
    """

    inwoner = models.OneToOneField(
        Inwoner, on_delete=models.CASCADE, related_name="huidige_berekening", verbose_name=_("inwoner")
    )
    berekening = models.ForeignKey(
        Berekening, on_delete=models.CASCADE, related_name="+", verbose_name=_("huidige berekening")
    )
    vorige = models.ForeignKey(
        Berekening,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vorige berekening"),
    )

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("huidige berekening")
        verbose_name_plural = _("huidige berekeningen")

    def __str__(self) -> str:
        return f"{self.inwoner_id} → {self.berekening_id}"
