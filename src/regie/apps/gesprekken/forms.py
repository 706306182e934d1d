from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from regie.apps.dossier.validators import valideer_niet_in_toekomst
from regie.forms import DateInput, UtrechtFormMixin

from .inlezen import MAX_BYTES, TranscriptFout, lees_bestand, lees_tekst, raad_rol
from .models import CODES_INWONER, CODES_PROFESSIONAL, Code, SoortGesprek, Spreker

CODE_LABELS = dict(Code.choices)


class NieuwGesprekFormulier(UtrechtFormMixin, forms.Form):
    datum = forms.DateField(
        label=_("Datum van het gesprek"), widget=DateInput(), validators=[valideer_niet_in_toekomst]
    )
    soort = forms.ChoiceField(
        label=_("Wat voegt u toe?"),
        choices=SoortGesprek.choices,
        widget=forms.RadioSelect,
        initial=SoortGesprek.TRANSCRIPT,
    )
    tekst = forms.CharField(
        label=_("Transcript plakken"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Elke beurt op een nieuwe regel, met de spreker ervoor, zoals “KM: Hoe gaat het?” en “Inwoner: Goed.”"
        ),
    )
    bestand = forms.FileField(
        label=_("Of upload een bestand"),
        required=False,
        help_text=_(
            "Tekst (.txt), ondertiteling met sprekers (.vtt, bijvoorbeeld uit Teams) of Word (.docx), tot 2 MB."
        ),
    )
    aantekeningen = forms.CharField(
        label=_("Aantekeningen"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Bij een transcript niet verplicht; zonder transcript schrijft u hier op hoe het gesprek ging."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("datum", timezone.localdate())
        super().__init__(*args, **kwargs)
        self.fields["bestand"].widget.attrs["accept"] = ".txt,.vtt,.docx"

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("soort") == SoortGesprek.AANTEKENINGEN:
            if not (gegevens.get("aantekeningen") or "").strip():
                self.add_error("aantekeningen", _("Schrijf uw aantekeningen van het gesprek op."))
            return gegevens
        bestand, tekst = gegevens.get("bestand"), (gegevens.get("tekst") or "")
        if bestand and tekst.strip():
            self.add_error("tekst", _("Plak een transcript óf kies een bestand, niet allebei."))
        elif bestand and bestand.size > MAX_BYTES:
            self.add_error("bestand", _("Het bestand is groter dan 2 MB."))
        elif bestand:
            try:
                gegevens["beurten"] = lees_bestand(bestand.name, bestand.read())
            except TranscriptFout as fout:
                self.add_error("bestand", str(fout))
        elif tekst.strip():
            try:
                gegevens["beurten"] = lees_tekst(tekst)
            except TranscriptFout as fout:
                self.add_error("tekst", str(fout))
        elif "tekst" not in self.errors:
            self.add_error("tekst", _("Plak het transcript hier of kies hieronder een bestand."))
        return gegevens


class SprekersFormulier(UtrechtFormMixin, forms.Form):
    """One choice per speaker label, with a guess from the label and a sample of what that speaker said."""

    def __init__(self, *args, sprekers: list[tuple[str, str]], eigenaar_naam: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.labels = {}
        for i, (label, voorbeeld) in enumerate(sprekers):
            naam = f"spreker_{i}"
            self.labels[naam] = label
            gok = raad_rol(label) or (
                Spreker.PROFESSIONAL if eigenaar_naam and label.lower() == eigenaar_naam.lower() else ""
            )
            self.fields[naam] = forms.ChoiceField(
                label=label,
                choices=Spreker.choices,
                widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button utrecht-radio-button--html-input"}),
                initial=gok or None,
                help_text=_("Bijvoorbeeld: “%(voorbeeld)s”") % {"voorbeeld": voorbeeld[:120]},
                error_messages={"required": _("Kies wie %(label)s is.") % {"label": label}},
            )

    def rollen(self) -> dict[str, str]:
        return {label: self.cleaned_data[naam] for naam, label in self.labels.items()}


class CorrectieFormulier(UtrechtFormMixin, forms.Form):
    code = forms.ChoiceField(label=_("Code"))

    def __init__(self, *args, spreker: str, **kwargs):
        super().__init__(*args, **kwargs)
        codes = CODES_PROFESSIONAL if spreker == Spreker.PROFESSIONAL else CODES_INWONER
        self.fields["code"].choices = [(c, f"{c} – {CODE_LABELS[c]}") for c in codes]
        self.fields["code"].error_messages["invalid_choice"] = _("Deze code hoort niet bij deze spreker.")
