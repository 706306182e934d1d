"""What inkomen adds to lower apps: menu entries, the rechtmatigheid card on the dossier, the caseload's signals."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.accounts.registry import (
    DossierKaart,
    Lens,
    Menupunt,
    registreer_dienst,
    registreer_dossierkaart,
    registreer_inwonerpagina,
    registreer_lens,
    registreer_menu,
)


def _rechtmatigheid_kaart(request, inwoner) -> str:
    from . import selectors

    if not mag(request.user, Actie.LEZEN, Categorie.FINANCIEEL, inwoner):
        return ""
    context = {"inwoner": inwoner, "berekening": selectors.samenvatting(request.user, inwoner)}
    return render_to_string("inkomen/_dossier_kaart.html", context, request=request)


def _signalen(user):
    from . import selectors

    return selectors.signalen(user) if mag_taak(user, Taak.SIGNALEN) else []


def _te_besluiten(user) -> int:
    from . import selectors

    return selectors.te_besluiten(user).count()


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Mijn uitkering"), "inkomen:mijn_uitkering", Taak.PORTAAL, 72),
        Menupunt(_("Herberekening"), "inkomen:herberekeningen", Taak.HERBEREKENING, 80),
        Menupunt(_("Te besluiten"), "inkomen:te_besluiten", Taak.MAATREGEL_BESLUITEN, 15, teller=_te_besluiten),
    )
    registreer_dossierkaart(DossierKaart("rechtmatigheid", _rechtmatigheid_kaart, 20))
    registreer_lens(Lens(_("Rechtmatigheid"), "inkomen:rechtmatigheid", Categorie.FINANCIEEL, volgorde=15))
    registreer_dienst("caseload_signalen", _signalen)
    registreer_inwonerpagina("inkomen:mijn_uitkering", "inkomen:mijn_brief", "inkomen:wijziging_doorgeven")
