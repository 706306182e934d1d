"""What sturing adds to lower apps: dashboard and case library in the menu, maatwerk on the dossier."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.accounts.registry import DossierKaart, Menupunt, registreer_dossierkaart, registreer_menu


def _maatwerk_kaart(request, inwoner) -> str:
    from .selectors import zichtbare_maatwerkbesluiten

    user = request.user
    vastleggen = mag_taak(user, Taak.MAATWERK_VASTLEGGEN)
    bibliotheek = mag_taak(user, Taak.CASUSBIBLIOTHEEK)
    besluiten = list(zichtbare_maatwerkbesluiten(user).filter(inwoner=inwoner).order_by("-datum", "-pk")[:10])
    if not (besluiten or vastleggen or bibliotheek):
        return ""
    context = {"besluiten": besluiten, "inwoner": inwoner, "vastleggen": vastleggen, "bibliotheek": bibliotheek}
    return render_to_string("sturing/_dossier_kaart.html", context, request=request)


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Sturing"), "sturing:dashboard", Taak.STURING_TEAM, 45),
        Menupunt(_("Mijn resultaten"), "sturing:dashboard", Taak.STURING_EIGEN, 45),
        Menupunt(_("Sturing gemeente"), "sturing:dashboard", Taak.STURING_GEMEENTE, 45),
        Menupunt(_("Casussen"), "sturing:bibliotheek", Taak.CASUSBIBLIOTHEEK, 46),
    )
    registreer_dossierkaart(DossierKaart("doelmatigheid", _maatwerk_kaart, 40))

    from .taak import registreer_soort

    registreer_soort()
