from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie import rules
from regie.apps.dossier.validators import valideer_niet_in_toekomst
from regie.forms import DateInput, UtrechtFormMixin

from .models import (
    Horen,
    Inkomstenbron,
    Maatregel,
    Ontheffing,
    Uitkeringsgegevens,
    Vermogensbestanddeel,
    Verplichting,
)


class PeildatumFormulier(UtrechtFormMixin, forms.Form):
    peildatum = forms.DateField(
        label=_("Peildatum"),
        widget=DateInput(),
        help_text=_("De dag waarop de situatie wordt beoordeeld; bepaalt welke normbedragen gelden."),
    )

    def __init__(self, *args, **kwargs):
        # Past the last known norm table, offer its last valid day: never today's date with last period's norms.
        laatste = rules.standaard_normen().bekend_tot - timedelta(days=1)
        kwargs.setdefault("initial", {}).setdefault("peildatum", min(timezone.localdate(), laatste))
        super().__init__(*args, **kwargs)

    def clean_peildatum(self):
        peildatum = self.cleaned_data["peildatum"]
        try:
            rules.standaard_normen().tabel_voor(peildatum)
        except rules.NormenFout as fout:
            raise forms.ValidationError(str(fout).removeprefix("peildatum: ")) from fout
        return peildatum


class InkomstenbronFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Inkomstenbron
        fields = ["van", "soort", "omschrijving", "netto_per_maand", "vrijlating_sinds", "geldig_vanaf"]
        widgets = {"vrijlating_sinds": DateInput(), "geldig_vanaf": DateInput()}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("geldig_vanaf", timezone.localdate())
        super().__init__(*args, prefix="inkomen", **kwargs)
        self.fields["netto_per_maand"].widget.attrs.update({"inputmode": "decimal", "step": "0.01", "min": "0"})


class VermogenFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Vermogensbestanddeel
        fields = ["soort", "omschrijving", "bedrag", "geldig_vanaf"]
        widgets = {"geldig_vanaf": DateInput()}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("geldig_vanaf", timezone.localdate())
        super().__init__(*args, prefix="vermogen", **kwargs)


class UitkeringsgegevensFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Uitkeringsgegevens
        fields = ["in_inrichting", "ouders_kunnen_niet_bijdragen", "medisch_urenbeperkt", "giften_per_jaar"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="gegevens", **kwargs)


class VerplichtingFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Verplichting
        fields = ["soort", "status", "toelichting"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="verplichting", **kwargs)

    def validate_unique(self):
        """Setting the status of an existing obligation updates it, so uniqueness is the service's business."""


class OntheffingFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Ontheffing
        fields = ["verplichting", "reden", "toelichting", "vanaf", "tot"]
        widgets = {"vanaf": DateInput(), "tot": DateInput(), "toelichting": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="ontheffing", **kwargs)

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("vanaf") and gegevens.get("tot") and gegevens["tot"] < gegevens["vanaf"]:
            self.add_error("tot", _("De einddatum ligt voor de begindatum."))
        return gegevens


class HeronderzoekPlannenFormulier(UtrechtFormMixin, forms.Form):
    gepland_op = forms.DateField(label=_("Gepland op"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="plannen", **kwargs)


class HeronderzoekAfrondenFormulier(PeildatumFormulier):
    gesprek = forms.CharField(
        label=_("Gesprek over het plan"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text=_("Wat wil de inwoner bereiken, wat gaat goed, wat is de volgende stap?"),
    )

    def __init__(self, *args, **kwargs):
        kwargs["prefix"] = "afronden"
        super().__init__(*args, **kwargs)


class HorenFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Horen
        fields = ["verplichting", "datum", "eigen_verhaal", "toelichting"]
        widgets = {
            "datum": DateInput(),
            "eigen_verhaal": forms.Textarea(attrs={"rows": 5}),
            "toelichting": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, prefix="horen", **kwargs)
        self.fields["datum"].validators.append(valideer_niet_in_toekomst)


class MaatregelFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Maatregel
        fields = ["verplichting", "gedraging", "percentage", "duur_maanden", "motivering"]
        widgets = {"gedraging": forms.Textarea(attrs={"rows": 3}), "motivering": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="maatregel", **kwargs)


class BesluitFormulier(UtrechtFormMixin, forms.Form):
    opleggen = forms.TypedChoiceField(
        label=_("Besluit"),
        coerce=lambda waarde: waarde == "ja",
        widget=forms.RadioSelect,
        choices=[("ja", _("Maatregel opleggen")), ("nee", _("Afzien van een maatregel"))],
    )
    reden = forms.CharField(label=_("Reden van het besluit"), widget=forms.Textarea(attrs={"rows": 3}), max_length=3000)
    ingangsdatum = forms.DateField(
        label=_("Ingangsdatum van de verlaging"),
        required=False,
        help_text=_("Alleen bij opleggen: de eerste dag waarop de bijstand lager is."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="besluit", **kwargs)

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("opleggen") and not gegevens.get("ingangsdatum"):
            self.add_error("ingangsdatum", _("Vul de ingangsdatum van de verlaging in."))
        return gegevens
