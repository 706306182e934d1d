"""Obligations, exemptions and the periodic review."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.dossier.models import Inwoner
from regie.opmaak import datum_kort
from regie.perioden import Looptijd, looptijd

from ..managers import FinancieelQuerySet
from .financieel import Berekening


class SoortVerplichting(models.TextChoices):
    ARBEIDSVERPLICHTING = "arbeidsverplichting", _("Arbeidsverplichting (art. 9)")
    TEGENPRESTATIE = "tegenprestatie", _("Tegenprestatie (art. 9 lid 1 c)")
    TAALEIS = "taaleis", _("Taaleis (art. 18b)")


class StatusVerplichting(models.TextChoices):
    GELDT = "geldt", _("Geldt")
    VOLDAAN = "voldaan", _("Voldaan")
    NIET_VAN_TOEPASSING = "niet_van_toepassing", _("Niet van toepassing")


class Verplichting(models.Model):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="verplichtingen", verbose_name=_("inwoner")
    )
    soort = models.CharField(_("verplichting"), max_length=24, choices=SoortVerplichting.choices)
    status = models.CharField(
        _("status"), max_length=24, choices=StatusVerplichting.choices, default=StatusVerplichting.GELDT
    )
    toelichting = models.TextField(_("toelichting"), blank=True, max_length=2000)
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("verplichting")
        verbose_name_plural = _("verplichtingen")
        ordering = ["soort"]
        constraints = [models.UniqueConstraint(fields=["inwoner", "soort"], name="een_verplichting_per_soort")]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.get_status_display()}"


class RedenOntheffing(models.TextChoices):
    ZORGTAKEN = "zorgtaken", _("Zorgtaken of mantelzorg")
    GEZONDHEID = "gezondheid", _("Gezondheid")
    ALLEENSTAANDE_OUDER = "alleenstaande_ouder", _("Alleenstaande ouder met kind onder 5 (art. 9a)")
    OVERIG = "overig", _("Andere dringende reden")


class Ontheffing(models.Model):
    """A temporary exemption from an obligation (art. 9 lid 2), always with a reason and an end date."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="ontheffingen", verbose_name=_("inwoner")
    )
    verplichting = models.CharField(_("ontheffing van"), max_length=24, choices=SoortVerplichting.choices)
    reden = models.CharField(_("reden"), max_length=24, choices=RedenOntheffing.choices)
    toelichting = models.TextField(
        _("toelichting"),
        max_length=2000,
        help_text=_("Waarom deze ontheffing, in de woorden van de situatie van de inwoner."),
    )
    vanaf = models.DateField(_("vanaf"))
    tot = models.DateField(_("tot en met"), help_text=_("Een ontheffing is tijdelijk; u krijgt vooraf een signaal."))
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("besloten door")
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("ontheffing")
        verbose_name_plural = _("ontheffingen")
        ordering = ["-vanaf"]
        constraints = [
            models.CheckConstraint(
                condition=Q(tot__gte=F("vanaf")),
                name="ontheffing_periode_geldig",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verplichting_display()} {datum_kort(self.vanaf)} – {datum_kort(self.tot)}"

    @property
    def looptijd(self) -> Looptijd:
        """Toekomstig, lopend or beëindigd today (``regie.perioden``)."""
        return looptijd(self.vanaf, self.tot)


class Heronderzoek(models.Model):
    """The periodic review: one task that checks eligibility and talks about the inwoner's plan."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="heronderzoeken", verbose_name=_("inwoner")
    )
    gepland_op = models.DateField(_("gepland op"))
    afgerond_op = models.DateField(_("afgerond op"), null=True, blank=True)
    berekening = models.ForeignKey(
        Berekening,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("controle van het recht"),
    )
    gesprek = models.TextField(
        _("gesprek over het plan"),
        blank=True,
        max_length=5000,
        help_text=_("Wat wil de inwoner bereiken, wat gaat goed, wat is de volgende stap?"),
    )
    afgerond_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afgerond door"),
    )
    history = HistoricalRecords()

    objects = FinancieelQuerySet.as_manager()

    class Meta:
        verbose_name = _("heronderzoek")
        verbose_name_plural = _("heronderzoeken")
        ordering = ["-gepland_op"]
        constraints = [
            models.CheckConstraint(
                condition=Q(afgerond_op__isnull=True) | (Q(berekening__isnull=False) & ~Q(gesprek="")),
                name="heronderzoek_afgerond_met_berekening_en_gesprek",
                violation_error_message=_(
                    "Een heronderzoek is pas af met een berekening én een gesprek over het plan."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.inwoner} {self.gepland_op:%d-%m-%Y}"
