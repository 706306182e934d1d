"""The access log: every read of personal data leaves a row (who, which inwoner, what, when, why, result).

Rows are append-only: the model refuses updates and deletes, so the log can be trusted as evidence. A later step makes
the chain tamper-evident; the single entry point (``services.log_inzage``) stays the same.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Resultaat(models.TextChoices):
    GETOOND = "getoond", _("Getoond")
    GEWEIGERD = "geweigerd", _("Geweigerd of niet gevonden")


class AppendOnlyError(RuntimeError):
    pass


class InzageQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Het inzagelog kan niet worden gewijzigd.")

    def delete(self):
        raise AppendOnlyError("Het inzagelog kan niet worden verwijderd.")


class Inzage(models.Model):
    tijdstip = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="inzagen", verbose_name=_("wie")
    )
    actor_rol = models.CharField(_("rol"), max_length=32)
    # No database constraint: a refused request for an id that does not exist is logged too.
    inwoner = models.ForeignKey(
        "dossier.Inwoner",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        verbose_name=_("inwoner"),
    )
    onderdeel = models.CharField(_("wat"), max_length=100, help_text=_("Welk deel van het dossier werd getoond."))
    doel = models.CharField(_("waarom"), max_length=200, blank=True)
    resultaat = models.CharField(_("resultaat"), max_length=16, choices=Resultaat.choices)
    pad = models.CharField(_("adres van de pagina"), max_length=300, blank=True)

    objects = InzageQuerySet.as_manager()

    class Meta:
        verbose_name = _("inzage")
        verbose_name_plural = _("inzagelog")
        ordering = ["-tijdstip"]
        indexes = [models.Index(fields=["inwoner", "-tijdstip"], name="inzage_per_inwoner")]

    def __str__(self) -> str:
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.actor_id} {self.onderdeel} {self.resultaat}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Het inzagelog kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Het inzagelog kan niet worden verwijderd.")
