"""The inwoner's dossier: who they are, who they live with (over time), who guides them, and every contact."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regie.apps.accounts.models import Gemeente, Rol, Team

from .managers import (
    ContactmomentQuerySet,
    HuisgenootQuerySet,
    HuishoudenQuerySet,
    InwonerQuerySet,
    ToewijzingQuerySet,
)
from .validators import valideer_bsn, valideer_niet_in_toekomst, valideer_postcode


class Wijk(models.Model):
    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="wijken", verbose_name=_("gemeente"))
    naam = models.CharField(_("naam"), max_length=100)
    code = models.CharField(_("wijkcode"), max_length=10, help_text=_("Wijkcode van het CBS, bijvoorbeeld WK034401."))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        ordering = ["naam"]
        constraints = [models.UniqueConstraint(fields=["gemeente", "code"], name="wijkcode_uniek_per_gemeente")]

    def __str__(self) -> str:
        return self.naam


class Taal(models.TextChoices):
    NEDERLANDS = "nl", _("Nederlands")
    ENGELS = "en", _("Engels")
    ARABISCH = "ar", _("Arabisch")
    TURKS = "tr", _("Turks")
    POOLS = "pl", _("Pools")
    TIGRINYA = "ti", _("Tigrinya")
    OEKRAIENS = "uk", _("Oekraïens")
    PAPIAMENTS = "pap", _("Papiaments")


class Inwoner(models.Model):
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="inwoners", verbose_name=_("gemeente")
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        related_name="inwoners",
        verbose_name=_("team"),
        help_text=_("Het team van Werk & Inkomen dat deze inwoner begeleidt."),
    )
    bsn = models.CharField(_("BSN"), max_length=9, unique=True, validators=[valideer_bsn])
    voornamen = models.CharField(_("voornamen"), max_length=120)
    tussenvoegsel = models.CharField(_("tussenvoegsel"), max_length=20, blank=True)
    achternaam = models.CharField(_("achternaam"), max_length=120)
    geboortedatum = models.DateField(_("geboortedatum"), validators=[valideer_niet_in_toekomst])
    straat = models.CharField(_("straat"), max_length=120)
    huisnummer = models.PositiveIntegerField(_("huisnummer"), validators=[MinValueValidator(1)])
    huisnummer_toevoeging = models.CharField(_("toevoeging"), max_length=10, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[valideer_postcode])
    woonplaats = models.CharField(_("woonplaats"), max_length=80)
    wijk = models.ForeignKey(Wijk, on_delete=models.PROTECT, related_name="inwoners", verbose_name=_("wijk"))
    telefoon = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    voorkeurstaal = models.CharField(
        _("voorkeurstaal"),
        max_length=3,
        choices=Taal.choices,
        default=Taal.NEDERLANDS,
        help_text=_("De taal waarin de inwoner het liefst het gesprek voert."),
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inwoner",
        limit_choices_to={"rol": Rol.INWONER},
        verbose_name=_("account voor het portaal"),
    )
    # Kept up to date by the contact-moment service so that sorting a caseload of thousands needs no aggregate.
    laatste_contact = models.DateField(_("laatste contact"), null=True, blank=True, editable=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    history = HistoricalRecords()

    objects = InwonerQuerySet.as_manager()

    class Meta:
        verbose_name = _("inwoner")
        verbose_name_plural = _("inwoners")
        ordering = ["achternaam", "voornamen"]
        indexes = [
            models.Index(fields=["team", "achternaam", "voornamen"], name="inwoner_team_naam"),
            models.Index(fields=["team", "laatste_contact"], name="inwoner_team_laatste_contact"),
            models.Index(fields=["team", "geboortedatum"], name="inwoner_team_geboortedatum"),
            models.Index(fields=["postcode"], name="inwoner_postcode"),
        ]

    def __str__(self) -> str:
        return self.volledige_naam

    @property
    def volledige_naam(self) -> str:
        return " ".join(part for part in (self.voornamen, self.tussenvoegsel, self.achternaam) if part)

    @property
    def adres(self) -> str:
        nummer = f"{self.huisnummer}{self.huisnummer_toevoeging}"
        return f"{self.straat} {nummer}, {self.postcode} {self.woonplaats}"


class Samenstelling(models.TextChoices):
    ALLEENSTAAND = "alleenstaand", _("Alleenstaand")
    GEHUWD = "gehuwd", _("Gehuwd of geregistreerd partner")
    GEZAMENLIJKE_HUISHOUDING = "gezamenlijk", _("Gezamenlijke huishouding")


class Huishouden(models.Model):
    """The household as it was from ``geldig_vanaf`` until ``geldig_tot``; a change closes one and opens the next."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="huishoudens", verbose_name=_("inwoner")
    )
    samenstelling = models.CharField(_("samenstelling"), max_length=20, choices=Samenstelling.choices)
    geldig_vanaf = models.DateField(_("geldig vanaf"))
    geldig_tot = models.DateField(_("geldig tot en met"), null=True, blank=True)
    history = HistoricalRecords()

    objects = HuishoudenQuerySet.as_manager()

    class Meta:
        verbose_name = _("huishouden")
        verbose_name_plural = _("huishoudens")
        ordering = ["-geldig_vanaf"]
        constraints = [
            models.CheckConstraint(
                condition=Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=F("geldig_vanaf")),
                name="huishouden_periode_geldig",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            ),
            models.UniqueConstraint(
                fields=["inwoner"],
                condition=Q(geldig_tot__isnull=True),
                name="een_lopend_huishouden_per_inwoner",
                violation_error_message=_("Een inwoner heeft maar één lopende huishoudsamenstelling."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_samenstelling_display()} ({self.geldig_vanaf:%d-%m-%Y})"

    @property
    def heeft_partner(self) -> bool:
        return self.samenstelling != Samenstelling.ALLEENSTAAND


class Relatie(models.TextChoices):
    PARTNER = "partner", _("Partner")
    KIND = "kind", _("Kind")
    MEDEBEWONER = "medebewoner", _("Medebewoner")


class SoortMedebewoner(models.TextChoices):
    """The kinds that matter for the kostendelersnorm (Participatiewet art. 19a)."""

    FAMILIE = "familie", _("Familielid")
    COMMERCIELE_HUURDER = "commerciele_huurder", _("Commerciële huurder of kostganger")
    STUDENT = "student", _("Student met studiefinanciering of in de BBL")
    OVERIG = "overig", _("Andere medebewoner")


class Huisgenoot(models.Model):
    huishouden = models.ForeignKey(
        Huishouden, on_delete=models.CASCADE, related_name="huisgenoten", verbose_name=_("huishouden")
    )
    relatie = models.CharField(_("relatie"), max_length=20, choices=Relatie.choices)
    voornaam = models.CharField(_("voornaam"), max_length=120)
    achternaam = models.CharField(_("achternaam"), max_length=120, blank=True)
    geboortedatum = models.DateField(_("geboortedatum"), validators=[valideer_niet_in_toekomst])
    soort = models.CharField(
        _("soort medebewoner"),
        max_length=24,
        choices=SoortMedebewoner.choices,
        blank=True,
        help_text=_("Alleen voor medebewoners: bepaalt of iemand meetelt voor de kostendelersnorm."),
    )
    history = HistoricalRecords()

    objects = HuisgenootQuerySet.as_manager()

    class Meta:
        verbose_name = _("huisgenoot")
        verbose_name_plural = _("huisgenoten")
        ordering = ["relatie", "geboortedatum"]
        constraints = [
            models.UniqueConstraint(
                fields=["huishouden"],
                condition=Q(relatie="partner"),
                name="hoogstens_een_partner",
                violation_error_message=_("Een huishouden heeft hoogstens één partner."),
            ),
            models.CheckConstraint(
                condition=Q(relatie="medebewoner", soort__gt="") | (~Q(relatie="medebewoner") & Q(soort="")),
                name="soort_alleen_bij_medebewoner",
                violation_error_message=_("Kies bij een medebewoner de soort; bij partner of kind blijft die leeg."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.voornaam} ({self.get_relatie_display()})"


class Toewijzing(models.Model):
    """Who guides whom, from when: the klantmanager and the krachtcoach of an inwoner."""

    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="toewijzingen", verbose_name=_("inwoner")
    )
    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="toewijzingen",
        limit_choices_to={"rol__in": [Rol.KLANTMANAGER, Rol.KRACHTCOACH]},
        verbose_name=_("medewerker"),
    )
    rol = models.CharField(
        _("rol"),
        max_length=32,
        choices=[(Rol.KLANTMANAGER.value, Rol.KLANTMANAGER.label), (Rol.KRACHTCOACH.value, Rol.KRACHTCOACH.label)],
    )
    vanaf = models.DateField(_("vanaf"))
    tot = models.DateField(_("tot en met"), null=True, blank=True)
    history = HistoricalRecords()

    objects = ToewijzingQuerySet.as_manager()

    class Meta:
        verbose_name = _("caseloadtoewijzing")
        verbose_name_plural = _("caseloadtoewijzingen")
        ordering = ["-vanaf"]
        constraints = [
            models.UniqueConstraint(
                fields=["inwoner", "rol"],
                condition=Q(tot__isnull=True),
                name="een_lopende_toewijzing_per_rol",
                violation_error_message=_("Deze inwoner heeft al een lopende toewijzing voor deze rol."),
            ),
            models.CheckConstraint(
                condition=Q(tot__isnull=True) | Q(tot__gte=F("vanaf")),
                name="toewijzing_periode_geldig",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            ),
        ]
        indexes = [models.Index(fields=["medewerker", "rol", "tot"], name="toewijzing_medewerker_rol")]

    def __str__(self) -> str:
        return f"{self.medewerker} → {self.inwoner} ({self.get_rol_display()})"


class SoortContact(models.TextChoices):
    GESPREK = "gesprek", _("Gesprek op kantoor")
    HUISBEZOEK = "huisbezoek", _("Huisbezoek")
    TELEFONISCH = "telefonisch", _("Telefonisch")
    VIDEO = "video", _("Videogesprek")
    BERICHT = "bericht", _("Bericht of e-mail")
    KENNISMAKING = "kennismaking", _("Kennismaking op een plek")


class Contactmoment(models.Model):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="contactmomenten", verbose_name=_("inwoner")
    )
    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="contactmomenten",
        verbose_name=_("medewerker"),
    )
    datum = models.DateField(_("datum"), validators=[valideer_niet_in_toekomst])
    soort = models.CharField(_("soort contact"), max_length=20, choices=SoortContact.choices)
    duur_minuten = models.PositiveSmallIntegerField(
        _("duur in minuten"),
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("De tijd die het contact kostte, inclusief voorbereiding en verslag."),
    )
    samenvatting = models.TextField(_("samenvatting"), max_length=5000)
    aangemaakt_op = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    history = HistoricalRecords()

    objects = ContactmomentQuerySet.as_manager()

    class Meta:
        verbose_name = _("contactmoment")
        verbose_name_plural = _("contactmomenten")
        ordering = ["-datum", "-aangemaakt_op"]
        constraints = [
            models.CheckConstraint(
                condition=Q(duur_minuten__gte=1) & Q(duur_minuten__lte=600),
                name="contactmoment_duur_redelijk",
                violation_error_message=_("De duur ligt tussen 1 en 600 minuten."),
            )
        ]
        indexes = [models.Index(fields=["inwoner", "-datum"], name="contactmoment_tijdlijn")]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum:%d-%m-%Y}"
