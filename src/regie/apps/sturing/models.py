"""Records for steering and casuistry: benefit periods (for outflow and return) and maatwerk decisions."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from regie.apps.dossier.models import Inwoner


class RedenEinde(models.TextChoices):
    WERK = "werk", _("Werk")
    ANDER_INKOMEN = "ander_inkomen", _("Ander inkomen of uitkering")
    VERHUIZING = "verhuizing", _("Verhuizing")
    SAMENWONEN = "samenwonen", _("Samenwonen of partner met inkomen")
    OVERIG = "overig", _("Overig")


class Uitkeringsperiode(models.Model):
    """One uninterrupted period on benefit; its end and reason give outflow, a later period gives return."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="uitkeringsperiodes")
    begin = models.DateField(_("begin"))
    einde = models.DateField(_("einde"), null=True, blank=True)
    reden_einde = models.CharField(_("reden van het einde"), max_length=15, choices=RedenEinde.choices, blank=True)

    class Meta:
        verbose_name = _("uitkeringsperiode")
        verbose_name_plural = _("uitkeringsperiodes")
        ordering = ["begin", "pk"]
        indexes = [
            models.Index(fields=["inwoner", "begin"], name="uitkperiode_inwoner_begin"),
            models.Index(fields=["einde", "reden_einde"], name="uitkperiode_einde_reden"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(einde__isnull=True) | Q(einde__gte=F("begin")),
                name="uitkperiode_einde_na_begin",
                violation_error_message=_("Het einde ligt voor het begin."),
            ),
            models.CheckConstraint(
                condition=Q(einde__isnull=True, reden_einde="") | Q(einde__isnull=False) & ~Q(reden_einde=""),
                name="uitkperiode_reden_bij_einde",
                violation_error_message=_("Een beëindigde periode heeft een reden, een lopende niet."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.begin:%d-%m-%Y} – {self.einde:%d-%m-%Y}" if self.einde else f"{self.begin:%d-%m-%Y} –"


class SoortMaatwerk(models.TextChoices):
    EENMALIGE_BETALING = "eenmalige_betaling", _("Eenmalige betaling")
    ONTHEFFING = "ontheffing", _("Ontheffing")
    ANDERE_VERPLICHTING = "andere_verplichting", _("Andere verplichting")
    UITZONDERING = "uitzondering", _("Uitzondering op een gemeentelijke regel")


# Maatwerk of these kinds is about money: financial data, never shown to a krachtcoach.
FINANCIELE_SOORTEN = (SoortMaatwerk.EENMALIGE_BETALING,)


class StatusMaatwerk(models.TextChoices):
    INGEDIEND = "ingediend", _("Wacht op de teamleider")
    GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd")
    NIET_GOEDGEKEURD = "niet_goedgekeurd", _("Niet goedgekeurd")


class MaatwerkBesluit(models.Model):
    """A deviation from the standard, with the inwoner's own perspective, the rule, the decision and its reasons."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="maatwerkbesluiten")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    datum = models.DateField(_("datum"))
    soort = models.CharField(_("soort maatwerk"), max_length=20, choices=SoortMaatwerk.choices)
    financieel = models.BooleanField(_("financieel"), default=False, editable=False)
    situatie = models.TextField(_("situatie"), max_length=3000)
    perspectief = models.TextField(
        _("perspectief van de inwoner"), max_length=3000, help_text=_("In de eigen woorden van de inwoner.")
    )
    regel = models.CharField(_("de regel waarvan wordt afgeweken"), max_length=300)
    besluit = models.TextField(_("besluit"), max_length=2000)
    redenen = models.TextField(_("redenen"), max_length=3000)
    status = models.CharField(
        _("status"), max_length=20, choices=StatusMaatwerk.choices, default=StatusMaatwerk.INGEDIEND
    )
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    commentaar = models.TextField(_("commentaar van de teamleider"), max_length=2000, blank=True)
    # The pseudonymised text shared with colleagues (case library) and its embedding for search by meaning.
    gedeeld = models.BooleanField(_("gedeeld voor intervisie"), default=False)
    casustekst = models.TextField(_("gepseudonimiseerde casus"), blank=True, editable=False)
    vector = models.JSONField(null=True, blank=True, editable=False)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("maatwerkbesluit")
        verbose_name_plural = _("maatwerkbesluiten")
        ordering = ["-datum", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} ({self.datum:%d-%m-%Y})"

    def save(self, *args, **kwargs):
        self.financieel = self.soort in FINANCIELE_SOORTEN
        super().save(*args, **kwargs)
