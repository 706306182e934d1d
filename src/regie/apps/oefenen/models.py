"""Practice sessions with a simulated inwoner. They hold no inwoner data and belong to the professional alone."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Oefensessie(models.Model):
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oefensessies", verbose_name=_("eigenaar")
    )
    persona = models.CharField(_("persona"), max_length=60)
    casus = models.CharField(_("casus"), max_length=80, blank=True, help_text=_("Gedeelde casus voor intervisie."))
    seed = models.PositiveIntegerField(_("startgetal"))
    beurten = models.JSONField(_("beurten"), default=list)
    samenvatting = models.JSONField(_("samenvatting"), default=dict, blank=True)
    gestart = models.DateTimeField(_("gestart"), auto_now_add=True)
    afgerond = models.DateTimeField(_("afgerond"), null=True, blank=True)

    class Meta:
        ordering = ["-gestart", "-pk"]
        verbose_name = _("oefensessie")
        verbose_name_plural = _("oefensessies")
        indexes = [models.Index(fields=["eigenaar", "-gestart"], name="oefensessie_eigenaar_idx")]

    def __str__(self) -> str:
        return f"{self.persona} ({self.gestart:%Y-%m-%d})"
