from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.datums import DatumBereik, valideer_geboortedatum, valideer_ingangsdatum_huishouden
from regie.forms import DateInput, UtrechtFormMixin

from .models import Contactmoment, Inwoner, Relatie, Samenstelling, SoortMedebewoner, Wijk
from .selectors import bsn_elders_bekend
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

    def __init__(self, *args, gemeente=None, door=None, **kwargs):
        self.door = door
        super().__init__(*args, **kwargs)
        geboortedatum = self.fields["geboortedatum"]
        geboortedatum.validators = [v for v in geboortedatum.validators if not isinstance(v, DatumBereik)]
        geboortedatum.validators.append(valideer_geboortedatum)
        self.fields["wijk"].queryset = Wijk.objects.filter(gemeente=gemeente) if gemeente else Wijk.objects.none()
        self.fields["bsn"].widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        self.fields["postcode"].widget.attrs.update({"autocomplete": "postal-code"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["telefoon"].widget.attrs.update({"autocomplete": "tel", "type": "tel"})

    def clean_bsn(self):
        bsn = normaliseer_bsn(self.cleaned_data["bsn"])
        if self.door is not None and bsn_elders_bekend(self.door, bsn):
            # Says nothing about who, where or which team: only whom to ask.
            raise forms.ValidationError(
                _("Deze BSN is al bekend bij de gemeente; neem contact op met de teamleider."), code="bsn_elders"
            )
        return bsn

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


class HuishoudenFormulier(UtrechtFormMixin, forms.Form):
    samenstelling = forms.ChoiceField(label=_("Samenstelling"), choices=Samenstelling.choices)
    ingangsdatum = forms.DateField(
        label=_("Ingangsdatum"),
        widget=DateInput(),
        validators=[valideer_ingangsdatum_huishouden],
        help_text=_("De eerste dag waarop de nieuwe samenstelling geldt."),
    )


class HuisgenootFormulier(UtrechtFormMixin, forms.Form):
    # An empty first choice keeps an untouched extra row "unchanged", so the formset skips it.
    relatie = forms.ChoiceField(label=_("Relatie"), choices=[("", _("— kies —")), *Relatie.choices])
    voornaam = forms.CharField(label=_("Voornaam"), max_length=120)
    achternaam = forms.CharField(label=_("Achternaam"), max_length=120, required=False)
    geboortedatum = forms.DateField(label=_("Geboortedatum"), widget=DateInput(), validators=[valideer_geboortedatum])
    soort = forms.ChoiceField(
        label=_("Soort medebewoner"),
        choices=[("", _("— niet van toepassing —")), *SoortMedebewoner.choices],
        required=False,
        help_text=_("Alleen voor medebewoners: bepaalt of iemand meetelt voor de kostendelersnorm."),
    )

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("relatie") == Relatie.MEDEBEWONER and not gegevens.get("soort"):
            self.add_error("soort", _("Kies bij een medebewoner de soort."))
        if gegevens.get("relatie") != Relatie.MEDEBEWONER:
            gegevens["soort"] = ""
        return gegevens


HuisgenotenFormset = forms.formset_factory(HuisgenootFormulier, extra=1, can_delete=True, max_num=12)
