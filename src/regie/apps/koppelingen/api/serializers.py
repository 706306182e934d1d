"""What the API shows of each resource. Fields of a category the caller may not read are left out, not emptied."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from regie.apps.dossier.models import Contactmoment, Huisgenoot, Huishouden, Inwoner
from regie.apps.gesprekken.models import Gesprek
from regie.apps.inkomen.models import Berekening
from regie.apps.participatie.models import Plaatsing, Plek
from regie.apps.plan.models import Doel, Plan

CONTACTVELDEN = (
    "voornamen",
    "tussenvoegsel",
    "achternaam",
    "straat",
    "huisnummer",
    "huisnummer_toevoeging",
    "postcode",
    "woonplaats",
    "wijk",
    "telefoon",
    "email",
    "voorkeurstaal",
)
IDENTIFICATIEVELDEN = ("bsn", "geboortedatum")
WIJZIGBAAR = ("straat", "huisnummer", "huisnummer_toevoeging", "postcode", "woonplaats", "telefoon", "email")


class InwonerSerializer(serializers.ModelSerializer):
    """Contact details for whoever may see the inwoner; BSN and date of birth only with the identification category."""

    email = serializers.CharField(read_only=True, help_text="E-mailadres; leeg als het niet bekend is.")
    bsn = serializers.CharField(read_only=True, required=False)
    geboortedatum = serializers.DateField(read_only=True, required=False)

    class Meta:
        model = Inwoner
        fields = ("id", *CONTACTVELDEN, *IDENTIFICATIEVELDEN)
        read_only_fields = fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not getattr(instance, "mag_identificatie", False):
            for veld in IDENTIFICATIEVELDEN:
                data.pop(veld, None)
        return data


class InwonerWijzigSerializer(serializers.ModelSerializer):
    class Meta:
        model = Inwoner
        fields = WIJZIGBAAR
        extra_kwargs = {veld: {"required": False} for veld in WIJZIGBAAR}


class HuisgenootSerializer(serializers.ModelSerializer):
    class Meta:
        model = Huisgenoot
        fields = ("relatie", "voornaam", "achternaam", "geboortedatum", "soort")
        read_only_fields = fields


class HuishoudenSerializer(serializers.ModelSerializer):
    huisgenoten = HuisgenootSerializer(many=True, read_only=True)

    class Meta:
        model = Huishouden
        fields = ("id", "inwoner", "samenstelling", "geldig_vanaf", "geldig_tot", "huisgenoten")
        read_only_fields = fields


class PlanSerializer(serializers.ModelSerializer):
    class Meta:
        model = Plan
        fields = ("id", "inwoner", "aangemaakt_op")
        read_only_fields = fields


class DoelSerializer(serializers.ModelSerializer):
    inwoner = serializers.IntegerField(source="plan.inwoner_id", read_only=True)

    class Meta:
        model = Doel
        fields = (
            "id",
            "plan",
            "inwoner",
            "eigen_woorden",
            "leefgebied",
            "belang",
            "vertrouwen",
            "status",
            "afgesloten_op",
            "gedeeld_met_krachtcoach",
            "aangemaakt_op",
        )
        read_only_fields = fields


class ContactmomentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contactmoment
        fields = ("id", "inwoner", "datum", "soort", "duur_minuten", "samenvatting", "aangemaakt_op")
        read_only_fields = fields


class BerekeningSerializer(serializers.ModelSerializer):
    class Meta:
        model = Berekening
        fields = (
            "id",
            "inwoner",
            "peildatum",
            "engine_versie",
            "recht",
            "uitkering",
            "aanleiding",
            "berekend_op",
            "resultaat",
        )
        read_only_fields = fields


class PlekSerializer(serializers.ModelSerializer):
    organisatie = serializers.CharField(source="organisatie.naam", read_only=True)

    class Meta:
        model = Plek
        fields = (
            "id",
            "code",
            "activiteit",
            "omschrijving",
            "organisatie",
            "wijk",
            "adres",
            "lat",
            "lon",
            "tags",
            "dagdelen",
            "uren_per_week",
            "capaciteit",
            "gezelschap",
            "omgeving",
            "rolstoeltoegankelijk",
            "actief",
            "gewijzigd_op",
        )
        read_only_fields = fields


# The reason a placement ended, as a non-sensitive category: health is never told to other systems as such.
REDEN_ALS_CATEGORIE = {"gezondheid": "persoonlijke_omstandigheden"}


class PlaatsingSerializer(serializers.ModelSerializer):
    reden_einde = serializers.SerializerMethodField()

    class Meta:
        model = Plaatsing
        fields = (
            "id",
            "inwoner",
            "plek",
            "status",
            "uren_per_week",
            "kennismaking_op",
            "gestart_op",
            "afgerond_op",
            "reden_einde",
        )
        read_only_fields = fields

    @extend_schema_field(
        serializers.ChoiceField(
            choices=["", "geen_klik", "agenda", "afstand", "persoonlijke_omstandigheden", "betaald_werk", "anders"]
        )
    )
    def get_reden_einde(self, obj) -> str:
        return REDEN_ALS_CATEGORIE.get(obj.reden_einde, obj.reden_einde)


class GesprekSerializer(serializers.ModelSerializer):
    """Metadata and MI counts only: never the notes, the utterances or anything else of the transcript."""

    class Meta:
        model = Gesprek
        fields = (
            "id",
            "inwoner",
            "datum",
            "soort",
            "status",
            "taal",
            "aantal_vragen",
            "aantal_eenvoudige_reflecties",
            "aantal_complexe_reflecties",
            "aantal_adherent",
            "aantal_niet_adherent",
            "aantal_verandertaal",
            "aantal_behoudtaal",
            "woorden_professional",
            "woorden_inwoner",
            "aangemaakt_op",
        )
        read_only_fields = fields


class BerekenInvoerSerializer(serializers.Serializer):
    """The case, as ``regie bereken`` reads it (docs/berekening.md, table "Input")."""

    peildatum = serializers.CharField(help_text="JJJJ-MM-DD")
    aanvrager = serializers.DictField(help_text="Onder meer geboortedatum.")


class BerekenUitvoerSerializer(serializers.Serializer):
    peildatum = serializers.CharField()
    recht = serializers.BooleanField()
    uitkering = serializers.CharField()
    engine_version = serializers.CharField()
    toelichting = serializers.ListField(child=serializers.DictField(), required=False)
