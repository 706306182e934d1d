"""Forms of the beheer pages. None of them has a superuser, staff, permission or password field."""

from django import forms
from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.models import MEDEWERKERROLLEN
from regie.forms import UtrechtFormMixin

from . import selectors

ROLKEUZES = [("", _("Kies een rol"))] + [(r.value, r.label) for r in MEDEWERKERROLLEN]


class RechtenVelden(UtrechtFormMixin, forms.Form):
    rol = forms.ChoiceField(label=_("Rol"), choices=ROLKEUZES)
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=None,
        required=False,
        empty_label=_("Geen team"),
        help_text=_("Verplicht voor klantmanagers en teamleiders: zij zien de inwoners van hun team."),
    )
    organisatie = forms.CharField(
        label=_("Organisatie"),
        max_length=150,
        required=False,
        help_text=_("Verplicht voor een krachtcoach: de organisatie waarvoor hij of zij werkt."),
    )
    email = forms.EmailField(
        label=_("E-mailadres"), help_text=_("Hierheen gaat de link waarmee de medewerker een wachtwoord instelt.")
    )
    toelichting = forms.CharField(
        label=_("Toelichting voor de tweede beheerder"), max_length=500, required=False, widget=forms.Textarea
    )

    def __init__(self, *args, beheerder, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = selectors.teams(beheerder)
        self.fields["toelichting"].widget.attrs["rows"] = 2


class MedewerkerNieuwFormulier(RechtenVelden):
    username = forms.RegexField(
        label=_("Gebruikersnaam"),
        max_length=150,
        regex=r"^[\w.@+-]+$",
        error_messages={"invalid": _("Gebruik alleen letters, cijfers en de tekens . @ + - _")},
    )
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)

    field_order = ["username", "first_name", "last_name", "email", "rol", "team", "organisatie", "toelichting"]


class MedewerkerFormulier(UtrechtFormMixin, forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)
    is_active = forms.BooleanField(
        label=_("Account actief"),
        required=False,
        help_text=_("Een inactief account kan niet meer inloggen. Dit gaat direct in."),
    )


class WachtwoordlinkFormulier(UtrechtFormMixin, forms.Form):
    huidig_ongeldig = forms.BooleanField(
        label=_("Huidig wachtwoord direct ongeldig maken"),
        required=False,
        help_text=_("Bijvoorbeeld als het wachtwoord is uitgelekt. Open sessies van dit account eindigen dan ook."),
    )


class TeamFormulier(UtrechtFormMixin, forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=100)


class WijkFormulier(UtrechtFormMixin, forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=100)
    code = forms.RegexField(
        label=_("Wijkcode"),
        regex=r"^[Ww][Kk]\d{6}$",
        max_length=10,
        help_text=_("Wijkcode van het CBS, bijvoorbeeld WK034401."),
        error_messages={"invalid": _("Een wijkcode is WK met zes cijfers, bijvoorbeeld WK034401.")},
    )
