from django import forms
from django.utils.translation import gettext_lazy as _

from . import scopes as autorisaties
from .models import Applicatie


class ApplicatieFormulier(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        label=_("Resources"), choices=autorisaties.resourcekeuzes, widget=forms.CheckboxSelectMultiple, required=False
    )
    categorieen = forms.MultipleChoiceField(
        label=_("Gegevenscategorieën"),
        choices=autorisaties.categoriekeuzes,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Welke persoonsgegevens de applicatie in die resources te zien krijgt of mag wijzigen."),
    )

    class Meta:
        model = Applicatie
        fields = ["naam", "leverancier", "contact", "activiteit", "limiet_per_minuut", "scopes", "categorieen"]


class ApplicatieWijzigFormulier(ApplicatieFormulier):
    class Meta(ApplicatieFormulier.Meta):
        fields = [*ApplicatieFormulier.Meta.fields, "actief"]
