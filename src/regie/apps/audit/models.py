"""The logboek dataverwerkingen: every read and write of personal data leaves an entry.

An entry says who (actor, role, organisation), did what (action) with which kind of data (categories), about whom (the
inwoner as a keyed pseudonym; the internal id only for links inside this database), why (an activity from the
register of processing activities), with which result, when, and from where (IP, a hash of the session, the W3C
trace id). The model is still called ``Inzage`` and keeps its table, so code that reads the log keeps working.

Entries are append-only: the model and its queryset refuse updates and deletes, on PostgreSQL a trigger refuses
them in the database too, and a hash chain (``keten``) makes any change, removal or reordering detectable with
``regie logboek verifieer``.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .register import Actie


class Resultaat(models.TextChoices):
    GETOOND = "getoond", _("Getoond")
    GEWEIGERD = "geweigerd", _("Geweigerd of niet gevonden")


class ActieKeuze(models.TextChoices):
    LEZEN = Actie.LEZEN, _("lezen")
    WIJZIGEN = Actie.WIJZIGEN, _("wijzigen")
    AANMAKEN = Actie.AANMAKEN, _("aanmaken")
    VERWIJDEREN = Actie.VERWIJDEREN, _("verwijderen")
    EXPORTEREN = Actie.EXPORTEREN, _("exporteren")
    ZOEKEN = Actie.ZOEKEN, _("zoeken")


class AppendOnlyError(RuntimeError):
    pass


class InzageQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Het logboek dataverwerkingen kan niet worden gewijzigd.")

    def delete(self):
        raise AppendOnlyError("Het logboek dataverwerkingen kan niet worden verwijderd.")

    def van_pseudoniem(self, pseudoniem: str):
        return self.filter(pseudoniem=pseudoniem)


class Inzage(models.Model):
    volgnummer = models.BigIntegerField(_("volgnummer"), unique=True, editable=False)
    tijdstip = models.DateTimeField(_("tijdstip"), default=timezone.now, editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="inzagen", verbose_name=_("wie")
    )
    actor_rol = models.CharField(_("rol"), max_length=32)
    organisatie = models.CharField(_("organisatie"), max_length=250, blank=True)
    actie = models.CharField(_("actie"), max_length=16, choices=ActieKeuze.choices, default=Actie.LEZEN)
    categorie = models.CharField(
        _("gegevenscategorieën"), max_length=200, blank=True, help_text=_("Codes, gescheiden door komma's.")
    )
    # No database constraint: a refused request for an id that does not exist is logged too.
    inwoner = models.ForeignKey(
        "dossier.Inwoner",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        verbose_name=_("inwoner"),
    )
    pseudoniem = models.CharField(_("pseudoniem van de inwoner"), max_length=64, blank=True)
    activiteit = models.CharField(_("verwerkingsactiviteit"), max_length=40, default="begeleiding")
    onderdeel = models.CharField(_("wat"), max_length=100, help_text=_("Welk deel van het dossier werd getoond."))
    doel = models.CharField(_("waarom"), max_length=200, blank=True)
    resultaat = models.CharField(_("resultaat"), max_length=16, choices=Resultaat.choices)
    pad = models.CharField(_("adres van de pagina"), max_length=300, blank=True)
    ip = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    sessie = models.CharField(_("sessie (hash)"), max_length=64, blank=True)
    trace_id = models.CharField(_("trace-id"), max_length=32, blank=True)
    vorige_hash = models.CharField(_("hash van de vorige regel"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64)

    objects = InzageQuerySet.as_manager()

    class Meta:
        verbose_name = _("verwerking")
        verbose_name_plural = _("logboek dataverwerkingen")
        ordering = ["-tijdstip"]
        indexes = [
            models.Index(fields=["inwoner", "-tijdstip"], name="inzage_per_inwoner"),
            models.Index(fields=["pseudoniem", "-tijdstip"], name="inzage_per_pseudoniem"),
        ]

    def __str__(self) -> str:
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.actor_id} {self.actie} {self.onderdeel} {self.resultaat}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AppendOnlyError("Het logboek dataverwerkingen kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Het logboek dataverwerkingen kan niet worden verwijderd.")

    @property
    def categorieen(self) -> list[str]:
        return [c for c in self.categorie.split(",") if c]


class Ketenkop(models.Model):
    """One row: the sequence number and hash of the last entry. Appends lock it, so the chain never forks, and the
    verifier compares it with the last entry, so entries cut off at the end are noticed too."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    volgnummer = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)
    # Where the chain starts: entry 1 after the zero hash, or, once older entries were archived (docs/logboek.md),
    # the first kept entry and the hash of the last archived one.
    begin_volgnummer = models.BigIntegerField(default=1)
    begin_hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        db_table = "audit_ketenkop"  # named in the triggers and in services' SQL
        verbose_name = _("kop van de hashketen")
        verbose_name_plural = _("kop van de hashketen")
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="ketenkop_een_rij")]

    def __str__(self) -> str:
        return f"{self.volgnummer} {self.hash}"

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("De kop van de hashketen kan niet worden verwijderd.")
