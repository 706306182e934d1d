"""Applications (other systems of the municipality) that use Regie's API, with their key and authorisations."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.accounts.models import Gemeente
from regie.apps.accounts.permissions import Actie, Koppelrechten
from regie.apps.audit.register import ACTIVITEITEN


class Applicatie(models.Model):
    """One system with its own key. It acts through a technical account, so the processing log names it as actor."""

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente"))
    naam = models.CharField(_("naam"), max_length=100, help_text=_("Bijvoorbeeld ‘Uitkeringsadministratie’."))
    leverancier = models.CharField(_("leverancier"), max_length=150, blank=True)
    contact = models.EmailField(_("e-mailadres van de beheerder van het systeem"), blank=True)
    activiteit = models.CharField(
        _("verwerkingsactiviteit"),
        max_length=40,
        choices=[(a, a) for a in ACTIVITEITEN],
        default="rechtmatigheid",
        help_text=_("Waarvoor het systeem de gegevens verwerkt; zo staat het in het logboek."),
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applicatie", verbose_name=_("account")
    )
    # The key is shown once; Regie keeps its prefix (to find the row) and a SHA-256 of the secret part.
    sleutel_prefix = models.CharField(_("begin van de sleutel"), max_length=16, unique=True)
    sleutel_hash = models.CharField(max_length=64)
    scopes = models.JSONField(_("resources"), default=list, blank=True)
    categorieen = models.JSONField(_("gegevenscategorieën"), default=list, blank=True)
    limiet_per_minuut = models.PositiveIntegerField(
        _("verzoeken per minuut"), default=600, validators=[MinValueValidator(1), MaxValueValidator(100_000)]
    )
    actief = models.BooleanField(_("actief"), default=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("aangemaakt door")
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    laatst_gebruikt = models.DateTimeField(_("laatst gebruikt"), null=True, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["sleutel_hash", "laatst_gebruikt"])

    class Meta:
        verbose_name = _("applicatie")
        verbose_name_plural = _("applicaties")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "naam"], name="applicatie_naam_uniek_per_gemeente"),
        ]

    def __str__(self) -> str:
        return self.naam

    def mag(self, resource: str, actie: Actie = Actie.LEZEN) -> bool:
        return self.actief and f"{resource}:{actie}" in self.scopes

    def rechten(self) -> Koppelrechten:
        lezen = {c.split(":")[0] for c in self.categorieen if c.endswith(f":{Actie.LEZEN}")}
        wijzigen = {c.split(":")[0] for c in self.categorieen if c.endswith(f":{Actie.WIJZIGEN}")}
        return Koppelrechten(gemeente_id=self.gemeente_id, lezen=frozenset(lezen), wijzigen=frozenset(wijzigen))
