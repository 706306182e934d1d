from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from regie.forms import UtrechtFormMixin


class InlogFormulier(UtrechtFormMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _("Deze combinatie van gebruikersnaam en wachtwoord kennen we niet. Let op hoofdletters."),
        "inactive": _("Dit account is niet actief. Neem contact op met de functioneel beheerder."),
    }
