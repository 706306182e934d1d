"""The beheerder's menu entry for the applications that use the API."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Taak
from regie.apps.accounts.registry import Menupunt, registreer_menu


def registreer() -> None:
    registreer_menu(Menupunt(_("Koppelingen"), "koppelingen:applicaties", Taak.BEHEER, 84))
