"""What gesprekken adds to lower apps: menu entries and the conversation links on the dossier."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak
from regie.apps.accounts.registry import Lens, Menupunt, registreer_lens, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Mijn gesprekken"), "gesprekken:mijn_gesprekken", Taak.GESPREKKEN_VOEREN, 30),
        Menupunt(_("Leertrends"), "gesprekken:trends", Taak.LEERTRENDS, 40),
    )
    voeren = {"categorie": Categorie.GESPREKKEN, "actie": Actie.WIJZIGEN, "taak": Taak.GESPREKKEN_VOEREN}
    registreer_lens(
        Lens(_("Gesprek voorbereiden"), "gesprekken:voorbereiden", volgorde=30, **voeren),
        Lens(_("Gesprek toevoegen"), "gesprekken:nieuw", volgorde=40, **voeren),
    )
