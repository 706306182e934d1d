"""What plan adds to lower apps: the worklist in the menu, the plan link and card on the dossier, and the plan in
brief next to a proposed maatregel (inkomen)."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Categorie, Taak
from regie.apps.accounts.registry import (
    DossierKaart,
    Lens,
    Menupunt,
    registreer_dienst,
    registreer_dossierkaart,
    registreer_lens,
    registreer_menu,
)


def _doelmatigheid_kaart(request, inwoner) -> str:
    from . import selectors

    kaart = selectors.dossier_kaart(request.user, inwoner)
    if kaart is None:
        return ""
    return render_to_string("plan/_dossier_kaart.html", {"doelmatigheid": kaart}, request=request)


def _naast_maatregel(user, inwoner) -> dict:
    from . import selectors

    return {"belemmeringen": selectors.belemmeringen(user, inwoner), "plan": selectors.plan_samenvatting(user, inwoner)}


def _ongelezen(user) -> int:
    from . import inbox

    return inbox.ongelezen(user)


def registreer() -> None:
    registreer_menu(Menupunt(_("Werklijst"), "plan:werklijst", Taak.WERKLIJST, 20, teller=_ongelezen))
    registreer_lens(Lens(_("Plan, doelen en voortgang"), "plan:plan", Categorie.PLAN, taak=Taak.CASELOAD, volgorde=10))
    registreer_dossierkaart(DossierKaart("doelmatigheid", _doelmatigheid_kaart, 10))
    registreer_dienst("plan_naast_maatregel", _naast_maatregel)
