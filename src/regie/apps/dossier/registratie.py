"""The dossier's menu entries and the DigiD login pages (see ``accounts.registry``)."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Taak
from regie.apps.accounts.registry import Menupunt, registreer_inwonerpagina, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Mijn caseload"), "dossier:caseload", Taak.CASELOAD, 10),
        Menupunt(_("Inwoner aanmelden"), "dossier:inwoner_nieuw", Taak.INWONER_AANMELDEN, 45),
    )
    # DigiD login (mozilla-django-oidc) is how inwoners get in.
    registreer_inwonerpagina("oidc_authentication_init", "oidc_authentication_callback", "oidc_logout")
