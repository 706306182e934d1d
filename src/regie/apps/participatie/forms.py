from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.forms import DateInput, UtrechtFormMixin

from . import koppeling
from .keuzes import DAGDEEL_KEUZES, Beperking, Interesse
from .models import VASTLEGGEN_DOOR_KLANTMANAGER, Participatieprofiel, Plek, RedenEinde
from .services import PROFIELVELDEN

VINKJES = "utrecht-checkbox utrecht-checkbox--html-input"


def _vinkjes(choices, label, help_text=""):
    return forms.MultipleChoiceField(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple, help_text=help_text
    )


class _VinkjesMixin:
    """Checkbox groups get the checkbox class instead of the text-box class the shared mixin gives them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in self.fields.values():
            if isinstance(veld.widget, forms.CheckboxSelectMultiple):
                veld.widget.attrs["class"] = VINKJES

    @property
    def vinkvelden(self):
        return [
            self[naam] for naam, veld in self.fields.items() if isinstance(veld.widget, forms.CheckboxSelectMultiple)
        ]

    @property
    def gewone_velden(self):
        return [
            self[naam]
            for naam, veld in self.fields.items()
            if not isinstance(veld.widget, forms.CheckboxSelectMultiple)
        ]


class ProfielFormulier(UtrechtFormMixin, _VinkjesMixin, forms.ModelForm):
    tags = _vinkjes(Interesse.choices, _("Interesses"), _("Waar de inwoner zelf warm voor loopt."))
    beschikbaar = _vinkjes(DAGDEEL_KEUZES, _("Beschikbaar"), _("De dagdelen waarop de inwoner kan."))
    beperkingen = _vinkjes(
        Beperking.choices, _("Praktische grenzen"), _("Wat een plek moet bieden. Schrijf nooit een diagnose op.")
    )

    class Meta:
        model = Participatieprofiel
        fields = list(PROFIELVELDEN)
        widgets = {naam: forms.Textarea(attrs={"rows": 3}) for naam in ("talenten", "hobbys", "passies")}


class ToestemmingFormulier(UtrechtFormMixin, forms.Form):
    """A klantmanager records consent the inwoner gave in person, by phone or in writing."""

    hoe = forms.ChoiceField(
        label=_("Hoe gaf de inwoner toestemming?"),
        choices=[(t.value, t.label) for t in VASTLEGGEN_DOOR_KLANTMANAGER],
        error_messages={"required": _("Kies hoe de inwoner toestemming gaf.")},
    )
    datum = forms.DateField(
        label=_("Wanneer gaf de inwoner toestemming?"),
        widget=DateInput(),
        error_messages={"required": _("Vul de datum in waarop de inwoner toestemming gaf.")},
    )
    bevestiging = forms.BooleanField(
        label=_("De inwoner heeft toestemming gegeven om het participatieprofiel met de krachtcoach te delen"),
        help_text=_(
            "Leg dit alleen vast als de inwoner weet wat de krachtcoach dan ziet. De inwoner kan dit zelf intrekken."
        ),
        error_messages={"required": _("Vink aan dat de inwoner toestemming gaf.")},
    )

    def clean_datum(self):
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(_("De datum van de toestemming ligt niet in de toekomst."))
        if datum.year < 2000:
            raise forms.ValidationError(_("Vul een datum na 1 januari 2000 in."))
        return datum


class DatumFormulier(UtrechtFormMixin, forms.Form):
    datum = forms.DateField(label=_("Datum"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, **kwargs)


class EvaluatieFormulier(DatumFormulier):
    toelichting = forms.CharField(label=_("Hoe ging het?"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class BeeindigFormulier(DatumFormulier):
    reden = forms.ChoiceField(label=_("Reden"), choices=[("", "—"), *RedenEinde.choices])
    toelichting = forms.CharField(
        label=_("Toelichting"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )


class PlekFormulier(UtrechtFormMixin, _VinkjesMixin, forms.ModelForm):
    organisatie_naam = forms.CharField(label=_("Organisatie"), max_length=150)
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=7,
        required=False,
        help_text=_("Als u geen coördinaten invult, zoekt Regie de postcode op."),
    )
    tags = _vinkjes(Interesse.choices, _("Interesses"))
    dagdelen = _vinkjes(DAGDEEL_KEUZES, _("Dagdelen"), _("Wanneer de plek iemand nodig heeft."))

    class Meta:
        model = Plek
        fields = [
            "activiteit",
            "omschrijving",
            "wijk",
            "adres",
            "lat",
            "lon",
            "uren_per_week",
            "capaciteit",
            "gezelschap",
            "omgeving",
            "min_taalniveau",
            "rolstoeltoegankelijk",
            "rustig",
            "zwaar_tillen",
            "dieren_aanwezig",
            "begeleiding",
            "actief",
            "tags",
            "dagdelen",
        ]
        widgets = {"omschrijving": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = self.fields["wijk"].queryset.filter(gemeente=gemeente)
        self.fields["lat"].required = self.fields["lon"].required = False
        if self.instance.pk:
            self.fields["organisatie_naam"].initial = self.instance.organisatie.naam

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("lat") is None or gegevens.get("lon") is None:
            gevonden = koppeling.locatie(gegevens.get("postcode") or "") if gegevens.get("postcode") else None
            if gevonden is None:
                self.add_error("postcode", _("Vul een bekende postcode in, of de breedte- en lengtegraad."))
            else:
                gegevens["lat"], gegevens["lon"] = gevonden
                self.instance.lat, self.instance.lon = gevonden
        return gegevens


class ImportFormulier(UtrechtFormMixin, forms.Form):
    bestand = forms.FileField(
        label=_("CSV-bestand met plekken"),
        help_text=_("Eén plek per regel, kolommen zoals beschreven onder het formulier. Maximaal 5 MB."),
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if bestand.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("Het bestand is groter dan 5 MB."))
        return bestand


class VoorstelOvernemenFormulier(forms.Form):
    """One line of the caseload proposal that the krachtcoach takes over: which inwoner, which place."""

    inwoner = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    plek = forms.IntegerField(min_value=1, max_value=2**63 - 1)
