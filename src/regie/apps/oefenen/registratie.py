"""What oefenen adds to lower apps: its menu entries."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Taak
from regie.apps.accounts.registry import Menupunt, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Oefengesprekken"), "oefenen:overzicht", Taak.OEFENEN, 35),
        Menupunt(_("Oefencasussen"), "oefenen:trainer", Taak.OEFENEN_BEGELEIDEN, 45),
    )
