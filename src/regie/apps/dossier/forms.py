from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.forms import DateInput, UtrechtFormMixin

from .models import Contactmoment, Inwoner, Wijk
from .validators import normaliseer_bsn, normaliseer_postcode


class InwonerFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Inwoner
        fields = [
            "bsn",
            "voornamen",
            "tussenvoegsel",
            "achternaam",
            "geboortedatum",
            "straat",
            "huisnummer",
            "huisnummer_toevoeging",
            "postcode",
            "woonplaats",
            "wijk",
            "telefoon",
            "email",
            "voorkeurstaal",
        ]
        widgets = {"geboortedatum": DateInput()}
        help_texts = {"bsn": _("9 cijfers, bijvoorbeeld 123456782.")}
        error_messages = {"bsn": {"unique": _("Er is al een inwoner met dit BSN in Regie.")}}

    def __init__(self, *args, gemeente=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.filter(gemeente=gemeente) if gemeente else Wijk.objects.none()
        self.fields["bsn"].widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        self.fields["postcode"].widget.attrs.update({"autocomplete": "postal-code"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["telefoon"].widget.attrs.update({"autocomplete": "tel", "type": "tel"})

    def clean_bsn(self):
        return normaliseer_bsn(self.cleaned_data["bsn"])

    def clean_postcode(self):
        return normaliseer_postcode(self.cleaned_data["postcode"])


class ContactmomentFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Contactmoment
        fields = ["datum", "soort", "duur_minuten", "samenvatting"]
        widgets = {"datum": DateInput(), "samenvatting": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, **kwargs)
        self.fields["duur_minuten"].widget.attrs.update({"min": 1, "max": 600, "inputmode": "numeric"})
