from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.forms import DateInput, UtrechtFormMixin

from .instrumenten import Domein, Niveau
from .models import Belemmering, Checkin, Doel, DoelStatus, LadderMeting, Moment, Stap


def _liniaal(widget_attrs: dict) -> None:
    widget_attrs.update({"min": "0", "max": "10", "inputmode": "numeric"})


class DoelFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Doel
        fields = ["eigen_woorden", "leefgebied", "belang", "vertrouwen"]
        widgets = {"eigen_woorden": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "eigen_woorden": {"required": _("Schrijf uw doel op in uw eigen woorden.")},
            "belang": {"required": _("Kies een getal van 0 tot en met 10.")},
            "vertrouwen": {"required": _("Kies een getal van 0 tot en met 10.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="doel", **kwargs)
        for veld in ("belang", "vertrouwen"):
            _liniaal(self.fields[veld].widget.attrs)
            self.fields[veld].error_messages.update(
                {
                    "min_value": _("Kies een getal van 0 tot en met 10."),
                    "max_value": _("Kies een getal van 0 tot en met 10."),
                }
            )


class DoelWijzigenFormulier(UtrechtFormMixin, forms.Form):
    eigen_woorden = forms.CharField(
        label=_("Het doel in nieuwe woorden"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    reden = forms.CharField(label=_("Waarom verandert het doel?"), max_length=1000)


class DoelAfsluitenFormulier(UtrechtFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("Het doel is"),
        choices=[
            (DoelStatus.BEREIKT.value, DoelStatus.BEREIKT.label),
            (DoelStatus.LOSGELATEN.value, DoelStatus.LOSGELATEN.label),
        ],
    )
    reden = forms.CharField(label=_("Waarom?"), max_length=1000, error_messages={"required": _("Schrijf op waarom.")})


class StapFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Stap
        fields = ["wat", "wie", "wie_anders", "uiterlijk"]
        widgets = {"uiterlijk": DateInput()}
        error_messages = {"wat": {"required": _("Schrijf op wat de stap is.")}}


class StapAfvinkenFormulier(UtrechtFormMixin, forms.Form):
    notitie = forms.CharField(label=_("Notitie"), required=False, max_length=1000, help_text=_("Hoe ging het?"))


class CheckinFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Checkin
        fields = ["belang", "vertrouwen", "voortgang"]
        widgets = {"voortgang": forms.Textarea(attrs={"rows": 2})}
        error_messages = {
            "belang": {"required": _("Kies een getal van 0 tot en met 10.")},
            "vertrouwen": {"required": _("Kies een getal van 0 tot en met 10.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in ("belang", "vertrouwen"):
            _liniaal(self.fields[veld].widget.attrs)


class LadderFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = LadderMeting
        fields = ["datum", "moment", "trede", "toelichting"]
        widgets = {"datum": DateInput(), "toelichting": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, prefix="ladder", **kwargs)


class ZelfredzaamheidFormulier(UtrechtFormMixin, forms.Form):
    datum = forms.DateField(label=_("Datum"), widget=DateInput())
    moment = forms.ChoiceField(label=_("Moment"), choices=Moment.choices)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, prefix="zrm", **kwargs)
        for code, label in Domein.choices:
            self.fields[code] = forms.TypedChoiceField(
                label=label,
                choices=[("", _("niet besproken")), *Niveau.choices],
                coerce=int,
                required=False,
                empty_value=None,
            )
        # The mixin styles fields at construction; these were added afterwards.
        for code in Domein.values:
            self.fields[code].widget.attrs["class"] = "utrecht-select utrecht-select--html-select"

    @property
    def domeinvelden(self):
        return [self[code] for code in Domein.values]

    def scores(self) -> dict:
        return {code: self.cleaned_data.get(code) for code in Domein.values}


class BelemmeringFormulier(UtrechtFormMixin, forms.ModelForm):
    class Meta:
        model = Belemmering
        fields = ["soort", "omschrijving", "wat_helpt", "medisch", "ontheffingen"]
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 2}),
            "wat_helpt": forms.Textarea(attrs={"rows": 2}),
            "ontheffingen": forms.CheckboxSelectMultiple(),
        }
        error_messages = {
            "omschrijving": {"required": _("Schrijf op wat het moeilijk maakt.")},
            "wat_helpt": {"required": _("Schrijf op wat zou helpen.")},
        }

    def __init__(self, *args, ontheffingen=None, **kwargs):
        super().__init__(*args, prefix="belemmering", **kwargs)
        self.fields["ontheffingen"].queryset = (
            ontheffingen if ontheffingen is not None else self.fields["ontheffingen"].queryset.none()
        )
        self.fields["ontheffingen"].widget.attrs["class"] = "utrecht-checkbox utrecht-checkbox--html-input"


class DoelDelenFormulier(forms.Form):
    """The inwoner's choice to share a goal (and its steps) with the krachtcoach; one button toggles it."""

    gedeeld = forms.BooleanField(required=False)
