from django import forms
from django.utils.translation import gettext_lazy as _

from .services import MAX_TEKST


class BeurtFormulier(forms.Form):
    tekst = forms.CharField(
        label=_("Wat zegt u?"),
        max_length=MAX_TEKST,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Typ eerst wat u tegen de inwoner zegt."),
            "max_length": _("Uw beurt is te lang: houd het onder %(limit_value)s tekens."),
        },
    )
    hint = forms.BooleanField(label=_("Toon meteen hoe mijn beurt gecodeerd is"), required=False)
