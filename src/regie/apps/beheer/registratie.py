"""The functioneel beheerder's menu entries: staff accounts, role changes, teams and wijken."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Taak
from regie.apps.accounts.registry import Menupunt, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Medewerkers"), "beheer:medewerkers", Taak.BEHEER, 80),
        Menupunt(_("Teams"), "beheer:teams", Taak.BEHEER, 81),
        Menupunt(_("Wijken"), "beheer:wijken", Taak.BEHEER, 82),
        Menupunt(_("Rolwijzigingen"), "beheer:rolwijzigingen", Taak.BEHEER, 83),
    )
