from django import forms
from django.utils.translation import gettext_lazy as _

from regie.forms import UtrechtFormMixin

from .models import Afspraak, Bericht


class AfspraakFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Afspraak
        fields = ["wanneer", "plaats", "met_wie", "onderwerp"]
        widgets = {"wanneer": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="afspraak", **kwargs)


class BerichtFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Bericht
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 3})}
        labels = {"tekst": _("Uw bericht")}
        error_messages = {"tekst": {"required": _("Schrijf eerst een bericht.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="bericht", **kwargs)
