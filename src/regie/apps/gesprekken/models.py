"""Conversations of a professional with an inwoner, their turns, the MI codes and the professional's corrections.

A conversation and its scores belong to the professional who held it: learning, not controlling. The summary counts
are kept on the conversation so that team trends are sums in the database, never a look at one person's coding.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.accounts.models import Team
from regie.apps.dossier.models import Inwoner

from .managers import BeurtQuerySet, GesprekQuerySet


class SoortGesprek(models.TextChoices):
    TRANSCRIPT = "transcript", _("Transcript van het gesprek")
    AANTEKENINGEN = "aantekeningen", _("Eigen aantekeningen, zonder transcript")


class StatusGesprek(models.TextChoices):
    SPREKERS_BEVESTIGEN = "sprekers_bevestigen", _("Sprekers nog bevestigen")
    GECODEERD = "gecodeerd", _("Gecodeerd")
    AANTEKENINGEN = "aantekeningen", _("Alleen aantekeningen")


class Spreker(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    INWONER = "client", _("Inwoner")


class Code(models.TextChoices):
    Q = "Q", _("vraag")
    SR = "SR", _("eenvoudige reflectie")
    CR = "CR", _("complexe reflectie")
    GI = "GI", _("informatie geven")
    PERSUADE = "PERSUADE", _("overtuigen")
    PWP = "PWP", _("overtuigen met toestemming")
    AF = "AF", _("bevestigen")
    SEEK = "SEEK", _("samenwerking zoeken")
    EMPH = "EMPH", _("autonomie benadrukken")
    CONFRONT = "CONFRONT", _("confronteren")
    OTHER = "OTHER", _("overig")
    CT = "CT", _("verandertaal")
    ST = "ST", _("behoudtaal")
    NT = "NT", _("neutraal")


CODES_PROFESSIONAL = ("Q", "SR", "CR", "GI", "PERSUADE", "PWP", "AF", "SEEK", "EMPH", "CONFRONT", "OTHER")
CODES_INWONER = ("CT", "ST", "NT")


class Gesprek(models.Model):
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="gesprekken",
        verbose_name=_("professional"),
        help_text=_("Wie het gesprek voerde; alleen deze persoon ziet de codering en de scores."),
    )
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="gesprekken", verbose_name=_("inwoner"))
    datum = models.DateField(_("datum van het gesprek"))
    soort = models.CharField(_("soort"), max_length=16, choices=SoortGesprek.choices, default=SoortGesprek.TRANSCRIPT)
    status = models.CharField(
        _("status"), max_length=24, choices=StatusGesprek.choices, default=StatusGesprek.SPREKERS_BEVESTIGEN
    )
    aantekeningen = models.TextField(
        _("aantekeningen"),
        max_length=10000,
        blank=True,
        help_text=_("Uw eigen aantekeningen: wat besproken is, wat opviel, wat u de volgende keer anders wilt doen."),
    )
    taal = models.CharField(_("taal"), max_length=2, blank=True, help_text=_("Door Regie herkend: nl of en."))
    gedeeld_met = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="gedeelde_gesprekken",
        verbose_name=_("gedeeld met team"),
        help_text=_("Teamgenoten zien het gesprek voor intervisie, met namen en herleidbare gegevens vervangen."),
    )
    # Counts of the current (corrected) codes, so that team trends are aggregates in the database.
    aantal_vragen = models.PositiveIntegerField(default=0)
    aantal_eenvoudige_reflecties = models.PositiveIntegerField(default=0)
    aantal_complexe_reflecties = models.PositiveIntegerField(default=0)
    aantal_adherent = models.PositiveIntegerField(default=0)
    aantal_niet_adherent = models.PositiveIntegerField(default=0)
    aantal_verandertaal = models.PositiveIntegerField(default=0)
    aantal_behoudtaal = models.PositiveIntegerField(default=0)
    woorden_professional = models.PositiveIntegerField(default=0)
    woorden_inwoner = models.PositiveIntegerField(default=0)
    aangemaakt_op = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)
    history = HistoricalRecords()

    objects = GesprekQuerySet.as_manager()

    class Meta:
        verbose_name = _("gesprek")
        verbose_name_plural = _("gesprekken")
        ordering = ["-datum", "-pk"]
        indexes = [
            models.Index(fields=["eigenaar", "-datum"], name="gesprek_eigenaar_datum"),
            models.Index(fields=["gedeeld_met", "-datum"], name="gesprek_gedeeld_datum"),
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum:%d-%m-%Y}"

    @property
    def is_gecodeerd(self) -> bool:
        return self.status == StatusGesprek.GECODEERD


class Beurt(models.Model):
    """One turn; ``code`` is what the model said, ``correctie`` what the professional decided instead."""

    gesprek = models.ForeignKey(Gesprek, on_delete=models.CASCADE, related_name="beurten", verbose_name=_("gesprek"))
    volgorde = models.PositiveIntegerField(_("beurt"))
    spreker_label = models.CharField(
        _("spreker in het transcript"), max_length=80, help_text=_("De naam of afkorting zoals in het transcript.")
    )
    spreker = models.CharField(_("rol"), max_length=16, choices=Spreker.choices, blank=True)
    tekst = models.TextField(_("tekst"), max_length=5000)
    code = models.CharField(_("code van Regie"), max_length=10, choices=Code.choices, blank=True)
    zekerheid = models.FloatField(_("zekerheid"), null=True, blank=True)
    correctie = models.CharField(
        _("gecorrigeerde code"),
        max_length=10,
        choices=Code.choices,
        blank=True,
        help_text=_("De code die u zelf kiest; die telt voortaan mee in de scores."),
    )
    gecorrigeerd_op = models.DateTimeField(_("gecorrigeerd op"), null=True, blank=True)
    history = HistoricalRecords()

    objects = BeurtQuerySet.as_manager()

    class Meta:
        verbose_name = _("beurt")
        verbose_name_plural = _("beurten")
        ordering = ["gesprek", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["gesprek", "volgorde"], name="beurt_uniek_per_gesprek"),
            models.CheckConstraint(
                condition=Q(correctie="")
                | Q(spreker="professional", correctie__in=CODES_PROFESSIONAL)
                | Q(spreker="client", correctie__in=CODES_INWONER),
                name="correctie_past_bij_spreker",
                violation_error_message=_("Deze code hoort bij de andere spreker."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.volgorde}. {self.spreker_label}"

    @property
    def definitieve_code(self) -> str:
        return self.correctie or self.code

    @property
    def is_gecorrigeerd(self) -> bool:
        return bool(self.correctie) and self.correctie != self.code


class Teamtrend(models.Model):
    """A team's summed MI counts for one closed quarter, stored the first time they were shown and never changed.

    Figures that moved when one conversation was added later would give that conversation's counts away by
    subtraction (read, add one, read again), so a quarter is only shown once it has ended, and then always the same.
    Only professionals with at least two conversations in the quarter count towards it.
    """

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="mi_trends", verbose_name=_("team"))
    kwartaal = models.DateField(_("kwartaal"), help_text=_("De eerste dag van het kwartaal."))
    gesprekken = models.PositiveIntegerField(_("gesprekken"))
    professionals = models.PositiveIntegerField(_("professionals"))
    vragen = models.PositiveIntegerField(default=0)
    eenvoudige_reflecties = models.PositiveIntegerField(default=0)
    complexe_reflecties = models.PositiveIntegerField(default=0)
    adherent = models.PositiveIntegerField(default=0)
    niet_adherent = models.PositiveIntegerField(default=0)
    verandertaal = models.PositiveIntegerField(default=0)
    behoudtaal = models.PositiveIntegerField(default=0)
    woorden_professional = models.PositiveIntegerField(default=0)
    woorden_inwoner = models.PositiveIntegerField(default=0)
    vastgelegd_op = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("teamtrend")
        verbose_name_plural = _("teamtrends")
        ordering = ["team", "kwartaal"]
        constraints = [models.UniqueConstraint(fields=["team", "kwartaal"], name="teamtrend_uniek_per_kwartaal")]

    def __str__(self) -> str:
        return f"{self.team_id} {self.kwartaal:%Y-%m}"
