from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.forms import DateInput, UtrechtFormMixin

from .models import Inkomstenbron, Uitkeringsgegevens, Vermogensbestanddeel


class PeildatumFormulier(UtrechtFormMixin, forms.Form):
    peildatum = forms.DateField(
        label=_("Peildatum"),
        widget=DateInput(),
        help_text=_("De dag waarop de situatie wordt beoordeeld; bepaalt welke normbedragen gelden."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("peildatum", timezone.localdate())
        super().__init__(*args, **kwargs)


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
