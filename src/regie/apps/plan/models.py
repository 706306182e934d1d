"""The inwoner's own plan: goals in their words, small steps, ruler scores over time, instruments and obstacles.

Motivation (importance and confidence per goal) and obstacles (what makes it hard) are kept in separate models on
purpose: someone who cannot needs something else than someone who does not want to (yet).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.dossier.models import Inwoner

from .instrumenten import Domein, Niveau, Trede
from .managers import (
    BelemmeringQuerySet,
    CheckinQuerySet,
    DoelQuerySet,
    MetingQuerySet,
    PlanQuerySet,
    StapQuerySet,
    ZelfredzaamheidScoreQuerySet,
)

LINIAAL = [MinValueValidator(0), MaxValueValidator(10)]


def _liniaal_check(veld: str, naam: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{veld}__gte": 0, f"{veld}__lte": 10}),
        name=naam,
        violation_error_message=_("Kies een getal van 0 tot en met 10."),
    )


class Plan(models.Model):
    inwoner = models.OneToOneField(Inwoner, on_delete=models.CASCADE, related_name="plan", verbose_name=_("inwoner"))
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plannen")

    def __str__(self) -> str:
        return str(_("Plan van %(naam)s") % {"naam": self.inwoner})


class Leefgebied(models.TextChoices):
    WERK = "werk", _("Werk")
    INKOMEN_SCHULDEN = "inkomen_schulden", _("Inkomen en schulden")
    GEZONDHEID = "gezondheid", _("Gezondheid")
    WONEN = "wonen", _("Wonen")
    SOCIALE_CONTACTEN = "sociale_contacten", _("Sociale contacten")
    DAGBESTEDING = "dagbesteding", _("Dagelijkse bezigheden")
    LEREN = "leren", _("Leren")
    ANDERS = "anders", _("Iets anders")


class DoelStatus(models.TextChoices):
    LOPEND = "lopend", _("Mee bezig")
    BEREIKT = "bereikt", _("Bereikt")
    LOSGELATEN = "losgelaten", _("Losgelaten")


class Doel(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="doelen", verbose_name=_("plan"))
    eigen_woorden = models.TextField(
        _("Mijn doel"),
        max_length=500,
        help_text=_("Wat wilt u bereiken? Schrijf het op in uw eigen woorden."),
    )
    leefgebied = models.CharField(
        _("Waar gaat het over?"),
        max_length=20,
        choices=Leefgebied.choices,
        blank=True,
        help_text=_("Een doel hoeft niet over werk te gaan."),
    )
    belang = models.PositiveSmallIntegerField(
        _("Hoe belangrijk is dit voor u?"),
        validators=LINIAAL,
        help_text=_("0 is helemaal niet belangrijk, 10 is heel erg belangrijk."),
    )
    vertrouwen = models.PositiveSmallIntegerField(
        _("Hoe zeker bent u dat het lukt?"),
        validators=LINIAAL,
        help_text=_("0 is helemaal niet zeker, 10 is heel zeker."),
    )
    geschreven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("opgeschreven door")
    )
    status = models.CharField(_("status"), max_length=12, choices=DoelStatus.choices, default=DoelStatus.LOPEND)
    reden = models.TextField(
        _("reden"),
        max_length=1000,
        blank=True,
        help_text=_("Waarom het doel is bereikt, veranderd of losgelaten."),
    )
    afgesloten_op = models.DateField(_("afgesloten op"), null=True, blank=True)
    gedeeld_met_krachtcoach = models.BooleanField(
        _("delen met mijn krachtcoach"),
        default=False,
        help_text=_(
            "De inwoner beslist of de krachtcoach dit doel en de stappen ziet. Een doel over inkomen, schulden of "
            "gezondheid ziet de krachtcoach nooit."
        ),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    objects = DoelQuerySet.as_manager()

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["aangemaakt_op", "pk"]
        constraints = [
            _liniaal_check("belang", "doel_belang_0_10"),
            _liniaal_check("vertrouwen", "doel_vertrouwen_0_10"),
            models.CheckConstraint(
                condition=Q(status="lopend") | (~Q(reden="") & Q(afgesloten_op__isnull=False)),
                name="doel_afgesloten_met_reden",
                violation_error_message=_("Schrijf op waarom het doel bereikt of losgelaten is."),
            ),
        ]

    def __str__(self) -> str:
        return self.eigen_woorden[:80]


class Wie(models.TextChoices):
    INWONER = "inwoner", _("De inwoner zelf")
    KLANTMANAGER = "klantmanager", _("Klantmanager")
    KRACHTCOACH = "krachtcoach", _("Krachtcoach")
    ANDER = "ander", _("Iemand anders")


class StapStatus(models.TextChoices):
    OPEN = "open", _("Nog te doen")
    GEDAAN = "gedaan", _("Gedaan")
    VERVALLEN = "vervallen", _("Niet meer nodig")


class Stap(models.Model):
    doel = models.ForeignKey(Doel, on_delete=models.CASCADE, related_name="stappen", verbose_name=_("doel"))
    wat = models.CharField(_("Wat is de stap?"), max_length=300, help_text=_("Een kleine, concrete stap."))
    wie = models.CharField(_("Wie doet het?"), max_length=12, choices=Wie.choices, default=Wie.INWONER)
    wie_anders = models.CharField(
        _("Naam van die ander"), max_length=120, blank=True, help_text=_("Alleen invullen bij 'iemand anders'.")
    )
    uiterlijk = models.DateField(_("Wanneer?"), null=True, blank=True, help_text=_("Uiterlijk op deze dag."))
    status = models.CharField(_("status"), max_length=10, choices=StapStatus.choices, default=StapStatus.OPEN)
    notitie = models.TextField(_("Notitie"), max_length=1000, blank=True, help_text=_("Hoe ging het?"))
    gedaan_op = models.DateField(_("gedaan op"), null=True, blank=True)
    gedeeld_met_krachtcoach = models.BooleanField(
        _("delen met mijn krachtcoach"),
        default=True,
        help_text=_("Een stap is gedeeld als het doel gedeeld is, tenzij de inwoner deze stap voor zich houdt."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)
    history = HistoricalRecords()

    objects = StapQuerySet.as_manager()

    class Meta:
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")
        ordering = ["uiterlijk", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="gedaan") | Q(gedaan_op__isnull=False),
                name="stap_gedaan_met_datum",
                violation_error_message=_("Een gedane stap heeft een datum."),
            ),
        ]
        indexes = [models.Index(fields=["status", "uiterlijk"], name="stap_status_uiterlijk")]

    def __str__(self) -> str:
        return self.wat


class Checkin(models.Model):
    """A contact moment's look at one goal: how it goes, and the two rulers again."""

    doel = models.ForeignKey(Doel, on_delete=models.CASCADE, related_name="checkins", verbose_name=_("doel"))
    datum = models.DateField(_("datum"))
    belang = models.PositiveSmallIntegerField(_("Hoe belangrijk is dit voor u?"), validators=LINIAAL)
    vertrouwen = models.PositiveSmallIntegerField(_("Hoe zeker bent u dat het lukt?"), validators=LINIAAL)
    voortgang = models.TextField(_("Hoe gaat het?"), max_length=2000, blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vastgelegd door")
    )
    history = HistoricalRecords()

    objects = CheckinQuerySet.as_manager()

    class Meta:
        verbose_name = _("voortgangsmoment")
        verbose_name_plural = _("voortgangsmomenten")
        ordering = ["datum", "pk"]
        constraints = [
            _liniaal_check("belang", "checkin_belang_0_10"),
            _liniaal_check("vertrouwen", "checkin_vertrouwen_0_10"),
        ]

    def __str__(self) -> str:
        return f"{self.datum:%d-%m-%Y}: {self.belang}/{self.vertrouwen}"


class Moment(models.TextChoices):
    INTAKE = "intake", _("Intake")
    HERONDERZOEK = "heronderzoek", _("Heronderzoek")
    TUSSENTIJDS = "tussentijds", _("Tussentijds")


class LadderMeting(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="laddermetingen")
    datum = models.DateField(_("datum"))
    moment = models.CharField(_("moment"), max_length=14, choices=Moment.choices)
    trede = models.PositiveSmallIntegerField(
        _("trede"), choices=Trede.choices, help_text=_("Waar staat de inwoner nu op de participatieladder?")
    )
    toelichting = models.TextField(_("toelichting"), max_length=1000, blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    history = HistoricalRecords()

    objects = MetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meting participatieladder")
        verbose_name_plural = _("metingen participatieladder")
        ordering = ["datum", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(trede__gte=1, trede__lte=6),
                name="ladder_trede_1_6",
                violation_error_message=_("Kies een trede van 1 tot en met 6."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.datum:%d-%m-%Y}: {self.trede}"


class ZelfredzaamheidMeting(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="zelfredzaamheidmetingen")
    datum = models.DateField(_("datum"))
    moment = models.CharField(_("moment"), max_length=14, choices=Moment.choices)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    history = HistoricalRecords()

    objects = MetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meting zelfredzaamheid")
        verbose_name_plural = _("metingen zelfredzaamheid")
        ordering = ["datum", "pk"]

    def __str__(self) -> str:
        return f"{self.datum:%d-%m-%Y}"


class ZelfredzaamheidScore(models.Model):
    meting = models.ForeignKey(ZelfredzaamheidMeting, on_delete=models.CASCADE, related_name="scores")
    domein = models.CharField(_("leefgebied"), max_length=24, choices=Domein.choices)
    niveau = models.PositiveSmallIntegerField(_("niveau"), choices=Niveau.choices)
    history = HistoricalRecords()

    objects = ZelfredzaamheidScoreQuerySet.as_manager()

    class Meta:
        verbose_name = _("score zelfredzaamheid")
        verbose_name_plural = _("scores zelfredzaamheid")
        constraints = [
            models.UniqueConstraint(fields=["meting", "domein"], name="een_score_per_domein"),
            models.CheckConstraint(condition=Q(niveau__gte=1, niveau__lte=5), name="zrm_niveau_1_5"),
        ]

    def __str__(self) -> str:
        return f"{self.get_domein_display()}: {self.niveau}"


class SoortBelemmering(models.TextChoices):
    GEZONDHEID = "gezondheid", _("Gezondheid")
    ZORGTAKEN = "zorgtaken", _("Zorg voor een ander")
    SCHULDEN = "schulden", _("Schulden")
    TAAL = "taal", _("Taal")
    HUISVESTING = "huisvesting", _("Huisvesting")
    KINDEROPVANG = "kinderopvang", _("Kinderopvang")
    VERVOER = "vervoer", _("Vervoer")
    ANDERS = "anders", _("Iets anders")


class Belemmering(models.Model):
    """Something that makes it hard (can't), recorded apart from motivation (won't, not yet)."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="belemmeringen")
    soort = models.CharField(_("soort belemmering"), max_length=14, choices=SoortBelemmering.choices)
    omschrijving = models.TextField(_("omschrijving"), max_length=1000, help_text=_("Wat maakt het moeilijk?"))
    wat_helpt = models.TextField(
        _("wat zou helpen"), max_length=1000, help_text=_("Wat is nodig om deze belemmering kleiner te maken?")
    )
    medisch = models.BooleanField(
        _("medisch"),
        default=False,
        help_text=_(
            "Medische informatie. Een krachtcoach ziet nooit een belemmering over gezondheid of schulden, "
            "aangevinkt of niet."
        ),
    )
    ontheffingen = models.ManyToManyField(
        "inkomen.Ontheffing",
        blank=True,
        related_name="belemmeringen",
        verbose_name=_("ontheffingen"),
        help_text=_("Ontheffingen die om deze belemmering zijn verleend."),
    )
    vastgelegd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    vastgelegd_op = models.DateField(_("vastgelegd op"))
    opgelost_op = models.DateField(_("opgelost op"), null=True, blank=True)
    history = HistoricalRecords()

    objects = BelemmeringQuerySet.as_manager()

    class Meta:
        verbose_name = _("belemmering")
        verbose_name_plural = _("belemmeringen")
        ordering = ["opgelost_op", "-vastgelegd_op", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.omschrijving[:60]}"


class SignaalGelezen(models.Model):
    """That a klantmanager has seen one signal of their inbox (a message, a step done, a decision…), by its key."""

    gebruiker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sleutel = models.CharField(_("signaal"), max_length=80)
    gelezen_op = models.DateTimeField(_("gelezen op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("gelezen signaal")
        verbose_name_plural = _("gelezen signalen")
        constraints = [models.UniqueConstraint(fields=["gebruiker", "sleutel"], name="signaal_een_keer_gelezen")]

    def __str__(self) -> str:
        return self.sleutel
