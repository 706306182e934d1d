from django import forms
from django.utils.translation import gettext_lazy as _

from regie.apps.dossier.models import Wijk

from .models import MaatwerkBesluit


class MaatwerkFormulier(forms.ModelForm):
    class Meta:
        model = MaatwerkBesluit
        fields = ["soort", "situatie", "perspectief", "regel", "besluit", "redenen", "gedeeld"]
        help_texts = {
            "gedeeld": _(
                "Gedeeld voor intervisie: collega's zien de casus zonder namen, adressen en andere "
                "herleidbare gegevens."
            )
        }


class BeoordelingFormulier(forms.Form):
    goedgekeurd = forms.TypedChoiceField(
        label=_("Oordeel"),
        choices=[("ja", _("Goedkeuren")), ("nee", _("Niet goedkeuren"))],
        coerce=lambda v: v == "ja",
        widget=forms.RadioSelect,
    )
    commentaar = forms.CharField(label=_("Commentaar"), max_length=2000, required=False, widget=forms.Textarea)


class FilterFormulier(forms.Form):
    wijk = forms.ModelChoiceField(
        label=_("Wijk"), queryset=Wijk.objects.none(), required=False, empty_label=_("Alle wijken")
    )
    van = forms.DateField(label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    tot = forms.DateField(label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, gemeente_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.filter(gemeente_id=gemeente_id).order_by("naam")

    def clean(self):
        gegevens = super().clean()
        van, tot = gegevens.get("van"), gegevens.get("tot")
        if van and tot and van > tot:
            self.add_error("tot", _("De einddatum ligt voor de begindatum."))
        return gegevens


class ZoekFormulier(forms.Form):
    q = forms.CharField(label=_("Zoek in de casussen"), max_length=500, required=False)
    betekenis = forms.BooleanField(label=_("Zoek op betekenis"), required=False, initial=True)
