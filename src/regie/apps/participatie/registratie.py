"""What participatie adds to lower apps: menu entries and the participation link on the dossier."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Categorie, Taak
from regie.apps.accounts.registry import Lens, Menupunt, registreer_inwonerpagina, registreer_lens, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Plekken"), "participatie:plekken", Taak.PLEKKEN_BEHEREN, 50),
        Menupunt(_("Voorstel voor mijn caseload"), "participatie:voorstel", Taak.VOORSTEL_CASELOAD, 60),
        Menupunt(_("Meedoen"), "participatie:mijn_profiel", Taak.PORTAAL, 73),
    )
    registreer_inwonerpagina("participatie:mijn_profiel")
    # Whether consent exists is the one thing every professional of the inwoner may know; the page shows the rest.
    registreer_lens(
        Lens(_("Participatie"), "participatie:profiel", Categorie.TOESTEMMING, taak=Taak.CASELOAD, volgorde=20)
    )
