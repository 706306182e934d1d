"""Participation: an inwoner's profile (with their consent), the places in the neighbourhood and placements.

What the krachtcoach may see is decided in ``managers.py``; nothing here links to income, assets or sanctions.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.accounts.models import Gemeente
from regie.apps.dossier.models import Inwoner, Wijk

from .keuzes import DAGDEEL_KEUZES, DAGDEEL_VAN_CODE, Beperking, Gezelschap, Interesse, Omgeving, Reismodus, Taalniveau
from .managers import PlaatsingQuerySet, PlekQuerySet, ProfielQuerySet


def _labels(codes, keuzes) -> list[str]:
    """The labels of the chosen codes in the order of the choices (weekdays in week order), whatever the stored
    order."""
    gekozen = set(codes)
    return [str(label) for code, label in keuzes if code in gekozen]


def _controleer_lijst(waarde, toegestaan, veld: str, fouten: dict) -> None:
    if not isinstance(waarde, list) or any(v not in toegestaan for v in waarde):
        fouten[veld] = _("Kies alleen uit de getoonde mogelijkheden.")


class Postcode(models.Model):
    """Coordinates of a postcode (4 digits, or 4 digits and 2 letters), for distances to places."""

    postcode = models.CharField(_("postcode"), max_length=7, unique=True, help_text=_("1234 of 1234 AB."))
    lat = models.FloatField(_("breedtegraad"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    lon = models.FloatField(_("lengtegraad"), validators=[MinValueValidator(-180), MaxValueValidator(180)])

    class Meta:
        verbose_name = _("postcodelocatie")
        verbose_name_plural = _("postcodelocaties")

    def __str__(self) -> str:
        return self.postcode


class Organisatie(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente"))
    naam = models.CharField(_("naam"), max_length=150)
    contact = models.CharField(
        _("contact"), max_length=200, blank=True, help_text=_("Wie de krachtcoach kan bellen of mailen.")
    )

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [models.UniqueConstraint(fields=["gemeente", "naam"], name="organisatie_naam_uniek")]

    def __str__(self) -> str:
        return self.naam


class Plek(models.Model):
    """A place where an inwoner can take part: a bike workshop, a community lunch, a sports club."""

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="+", verbose_name=_("gemeente"))
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="plekken", verbose_name=_("organisatie")
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        blank=True,
        help_text=_("Nummer in de vacaturebank; een nieuwe import werkt hiermee bij."),
    )
    activiteit = models.CharField(_("activiteit"), max_length=120, help_text=_("Kort, bijvoorbeeld ‘Buurtlunch’."))
    omschrijving = models.TextField(
        _("omschrijving"), max_length=2000, help_text=_("Wat je er doet, in gewone woorden; telt mee in de matching.")
    )
    wijk = models.ForeignKey(
        Wijk, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("wijk")
    )
    adres = models.CharField(_("adres"), max_length=200, blank=True)
    lat = models.FloatField(_("breedtegraad"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    lon = models.FloatField(_("lengtegraad"), validators=[MinValueValidator(-180), MaxValueValidator(180)])
    tags = models.JSONField(_("interesses"), default=list, blank=True)
    dagdelen = models.JSONField(_("dagdelen"), default=list, help_text=_("Wanneer de plek iemand nodig heeft."))
    uren_per_week = models.DecimalField(
        _("uren per week"), max_digits=4, decimal_places=1, validators=[MinValueValidator(Decimal("0.5"))]
    )
    capaciteit = models.PositiveSmallIntegerField(
        _("aantal plekken"),
        validators=[MaxValueValidator(500)],
        help_text=_("Hoeveel inwoners hier tegelijk terecht kunnen; nooit meer dan dit aantal."),
    )
    gezelschap = models.CharField(_("samen of alleen"), max_length=10, choices=Gezelschap, default=Gezelschap.BEIDE)
    omgeving = models.CharField(_("binnen of buiten"), max_length=10, choices=Omgeving, default=Omgeving.BINNEN)
    rolstoeltoegankelijk = models.BooleanField(_("rolstoeltoegankelijk"), default=False)
    rustig = models.BooleanField(_("rustige plek"), default=False)
    zwaar_tillen = models.BooleanField(_("er wordt zwaar getild"), default=False)
    dieren_aanwezig = models.BooleanField(_("er zijn dieren"), default=False)
    begeleiding = models.BooleanField(_("begeleiding op de plek"), default=False)
    min_taalniveau = models.PositiveSmallIntegerField(
        _("minimaal taalniveau Nederlands"), choices=Taalniveau, default=Taalniveau.A0
    )
    actief = models.BooleanField(_("actief"), default=True, help_text=_("Een inactieve plek wordt niet voorgesteld."))
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True, db_index=True)
    history = HistoricalRecords()

    objects = PlekQuerySet.as_manager()

    class Meta:
        verbose_name = _("plek")
        verbose_name_plural = _("plekken")
        ordering = ["activiteit", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gemeente", "code"], condition=~Q(code=""), name="plek_code_uniek_per_gemeente"
            ),
            models.CheckConstraint(condition=Q(uren_per_week__gt=0), name="plek_uren_positief"),
        ]

    def __str__(self) -> str:
        return f"{self.activiteit} – {self.organisatie}"

    @property
    def interesse_labels(self) -> list[str]:
        return _labels(self.tags, Interesse.choices)

    @property
    def dagdeel_labels(self) -> list[str]:
        return _labels(self.dagdelen, DAGDEEL_KEUZES)

    def clean(self):
        fouten: dict = {}
        _controleer_lijst(self.tags, Interesse.values, "tags", fouten)
        _controleer_lijst(self.dagdelen, DAGDEEL_VAN_CODE, "dagdelen", fouten)
        if not fouten.get("dagdelen") and not self.dagdelen:
            fouten["dagdelen"] = _("Kies minstens één dagdeel.")
        if fouten:
            raise ValidationError(fouten)


class Toestemming(models.TextChoices):
    PORTAAL = "portaal", _("Zelf gegeven in het portaal")
    PERSOONLIJK = "persoonlijk", _("In een gesprek gegeven, vastgelegd door de klantmanager")
    TELEFONISCH = "telefonisch", _("Telefonisch gegeven, vastgelegd door de klantmanager")
    SCHRIFTELIJK = "schriftelijk", _("Schriftelijk gegeven, vastgelegd door de klantmanager")
    # Before functiescheiding a krachtcoach could record consent; existing records keep their origin.
    MONDELING = "mondeling", _("Mondeling gegeven, vastgelegd door de krachtcoach")


# How a klantmanager may record consent the inwoner gave outside the portal.
VASTLEGGEN_DOOR_KLANTMANAGER = (Toestemming.PERSOONLIJK, Toestemming.TELEFONISCH, Toestemming.SCHRIFTELIJK)


class Participatieprofiel(models.Model):
    """Talents, wishes and practical limits, filled in with the inwoner; shared with the krachtcoach by consent."""

    inwoner = models.OneToOneField(
        Inwoner, on_delete=models.CASCADE, related_name="participatieprofiel", verbose_name=_("inwoner")
    )
    talenten = models.TextField(
        _("talenten"), blank=True, max_length=1000, help_text=_("In eigen woorden, één per regel.")
    )
    hobbys = models.TextField(
        _("hobby’s"), blank=True, max_length=1000, help_text=_("In eigen woorden, één per regel.")
    )
    passies = models.TextField(
        _("passies"), blank=True, max_length=1000, help_text=_("In eigen woorden, één per regel.")
    )
    tags = models.JSONField(_("interesses"), default=list, blank=True)
    gezelschap = models.CharField(_("samen of alleen"), max_length=10, choices=Gezelschap, default=Gezelschap.BEIDE)
    omgeving = models.CharField(_("binnen of buiten"), max_length=10, choices=Omgeving, default=Omgeving.BEIDE)
    beschikbaar = models.JSONField(_("beschikbaar"), default=list, blank=True)
    uren_per_week = models.DecimalField(
        _("uren per week"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("8"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("40"))],
    )
    reismodus = models.CharField(_("reist met"), max_length=10, choices=Reismodus, default=Reismodus.FIETS)
    straal_km = models.DecimalField(
        _("maximale afstand in km"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("5"),
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("50"))],
    )
    beperkingen = models.JSONField(
        _("praktische grenzen"), default=list, blank=True, help_text=_("Wat een plek moet bieden; nooit een diagnose.")
    )
    taalniveau = models.PositiveSmallIntegerField(_("taalniveau Nederlands"), choices=Taalniveau, default=Taalniveau.A2)
    toestemming = models.BooleanField(
        _("toestemming om te delen met de krachtcoach"),
        default=False,
        help_text=_("Zonder toestemming ziet de krachtcoach alleen dat die ontbreekt."),
    )
    toestemming_via = models.CharField(_("toestemming gegeven"), max_length=12, choices=Toestemming, blank=True)
    toestemming_gegeven_op = models.DateField(
        _("datum waarop de toestemming is gegeven"),
        null=True,
        blank=True,
        help_text=_("De dag waarop de inwoner toestemming gaf, ook als die later is vastgelegd."),
    )
    toestemming_gewijzigd_op = models.DateTimeField(_("toestemming gewijzigd op"), null=True, blank=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    objects = ProfielQuerySet.as_manager()

    class Meta:
        verbose_name = _("participatieprofiel")
        verbose_name_plural = _("participatieprofielen")

    def __str__(self) -> str:
        return str(self.inwoner)

    def clean(self):
        fouten: dict = {}
        _controleer_lijst(self.tags, Interesse.values, "tags", fouten)
        _controleer_lijst(self.beschikbaar, DAGDEEL_VAN_CODE, "beschikbaar", fouten)
        _controleer_lijst(self.beperkingen, Beperking.values, "beperkingen", fouten)
        if fouten:
            raise ValidationError(fouten)

    @property
    def interesse_labels(self) -> list[str]:
        return _labels(self.tags, Interesse.choices)

    @property
    def beschikbaar_labels(self) -> list[str]:
        return _labels(self.beschikbaar, DAGDEEL_KEUZES)

    @property
    def beperking_labels(self) -> list[str]:
        return _labels(self.beperkingen, Beperking.choices)

    @property
    def talenten_lijst(self) -> tuple[str, ...]:
        return self.regels(self.talenten)

    @property
    def hobbys_lijst(self) -> tuple[str, ...]:
        return self.regels(self.hobbys)

    @property
    def passies_lijst(self) -> tuple[str, ...]:
        return self.regels(self.passies)

    @staticmethod
    def regels(tekst: str) -> tuple[str, ...]:
        return tuple(r.strip() for r in tekst.splitlines() if r.strip())


class Status(models.TextChoices):
    VOORGESTELD = "voorgesteld", _("Voorgesteld")
    KENNISMAKING = "kennismaking", _("Kennismaking gepland")
    GESTART = "gestart", _("Gestart")
    GEEVALUEERD = "geevalueerd", _("Geëvalueerd en afgerond")
    BEEINDIGD = "beeindigd", _("Beëindigd")


# A place is taken from the planned visit on: two people are never introduced for one free place.
BEZETTEND = (Status.KENNISMAKING, Status.GESTART)
LOPEND = (Status.VOORGESTELD, Status.KENNISMAKING, Status.GESTART)


class RedenEinde(models.TextChoices):
    GEEN_KLIK = "geen_klik", _("Geen klik")
    AGENDA = "agenda", _("Past niet in de agenda")
    AFSTAND = "afstand", _("Afstand")
    GEZONDHEID = "gezondheid", _("Gezondheid")
    BETAALD_WERK = "betaald_werk", _("Betaald werk gevonden")
    ANDERS = "anders", _("Anders")


class Plaatsing(models.Model):
    """One inwoner at one place: proposed, visited together, started, and evaluated or ended."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="plaatsingen")
    plek = models.ForeignKey(Plek, on_delete=models.PROTECT, related_name="plaatsingen", verbose_name=_("plek"))
    status = models.CharField(_("status"), max_length=15, choices=Status, default=Status.VOORGESTELD)
    uren_per_week = models.DecimalField(
        _("uren per week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("40"))],
        help_text=_("Telt mee voor de tegenprestatie zodra de plaatsing is gestart."),
    )
    kennismaking_op = models.DateField(_("datum kennismaking"), null=True, blank=True)
    gestart_op = models.DateField(_("gestart op"), null=True, blank=True)
    afgerond_op = models.DateField(_("afgerond op"), null=True, blank=True)
    reden_einde = models.CharField(_("reden van het einde"), max_length=15, choices=RedenEinde, blank=True)
    toelichting = models.TextField(_("toelichting"), max_length=2000, blank=True)
    score = models.FloatField(_("score bij het voorstel"), null=True, blank=True)
    uitleg = models.CharField(_("waarom deze plek"), max_length=500, blank=True)
    voorgesteld_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = PlaatsingQuerySet.as_manager()

    class Meta:
        verbose_name = _("plaatsing")
        verbose_name_plural = _("plaatsingen")
        ordering = ["-aangemaakt_op", "-pk"]
        indexes = [models.Index(fields=["plek", "status"], name="plaatsing_plek_status")]
        constraints = [
            models.UniqueConstraint(
                fields=["inwoner", "plek"],
                condition=Q(status__in=LOPEND),
                name="een_lopende_plaatsing_per_plek",
                violation_error_message=_("Deze inwoner heeft al een lopende plaatsing op deze plek."),
            ),
            models.CheckConstraint(
                condition=Q(status=Status.BEEINDIGD, reden_einde__gt="")
                | (~Q(status=Status.BEEINDIGD) & Q(reden_einde="")),
                name="reden_alleen_bij_beeindigd",
                violation_error_message=_("Kies waarom de plaatsing is beëindigd."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=[Status.VOORGESTELD, Status.BEEINDIGD]) | Q(kennismaking_op__isnull=False),
                name="kennismaking_heeft_datum",
                violation_error_message=_("Plan een datum voor de kennismaking."),
            ),
            models.CheckConstraint(
                condition=Q(gestart_op__isnull=True)
                | Q(afgerond_op__isnull=True)
                | Q(afgerond_op__gte=F("gestart_op")),
                name="plaatsing_periode_geldig",
                violation_error_message=_("De einddatum ligt voor de startdatum."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.inwoner} → {self.plek} ({self.get_status_display()})"

    @property
    def lopend(self) -> bool:
        return self.status in LOPEND
