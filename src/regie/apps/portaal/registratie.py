"""The portal's menu entries, and the appointments and messages it adds to the professional's plan page."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Actie, Categorie, Taak, Voorwaarde, mag, voorwaarde
from regie.apps.accounts.registry import Menupunt, registreer_dienst, registreer_inwonerpagina, registreer_menu


def registreer() -> None:
    registreer_menu(
        Menupunt(_("Mijn plan"), "portaal:start", Taak.PORTAAL, 70),
        Menupunt(_("Mijn gegevens"), "portaal:gegevens", Taak.PORTAAL, 71),
    )
    registreer_inwonerpagina("portaal:*")
    registreer_dienst("plan_pagina_contact", _plan_pagina_contact)
    registreer_dienst("plan_acties_contact", _plan_acties_contact)
    registreer_dienst("inbox_berichten", _inbox_berichten)


def _inbox_berichten(user, dagen: int) -> list:
    """Messages the inwoners of the user's own caseload sent in the last ``dagen`` days, for the inbox."""
    from . import selectors

    return selectors.berichten_van_inwoners(user, dagen)


def _mag_berichten(user, inwoner) -> bool:
    """The message thread is between the inwoner and their team; a krachtcoach ("own notes only") is not in it."""
    return voorwaarde(user, Actie.LEZEN, Categorie.CONTACTNOTITIES) == Voorwaarde.ALTIJD and mag(
        user, Actie.LEZEN, Categorie.CONTACTNOTITIES, inwoner
    )


def _plan_pagina_contact(user, inwoner, gebonden: dict) -> dict:
    """Appointments and messages on the professional's plan page."""
    from . import selectors
    from .forms import AfspraakFormulier, BerichtFormulier

    berichten = _mag_berichten(user, inwoner)
    return {
        "afspraken": selectors.afspraken(user, inwoner),
        "berichten": selectors.berichten(user, inwoner) if berichten else None,
        "mag_berichten": berichten and mag(user, Actie.WIJZIGEN, Categorie.CONTACTNOTITIES, inwoner),
        "afspraak_formulier": gebonden.get("afspraak") or AfspraakFormulier(),
        "bericht_formulier": gebonden.get("bericht") or BerichtFormulier(),
    }


def _plan_acties_contact(user, inwoner) -> dict:
    from . import services
    from .forms import AfspraakFormulier, BerichtFormulier

    return {
        "afspraak": (
            AfspraakFormulier,
            lambda g: services.plan_afspraak(door=user, inwoner=inwoner, **g),
            _("De afspraak is gemaakt. De inwoner ziet die in het portaal."),
        ),
        "bericht": (
            BerichtFormulier,
            lambda g: services.stuur_bericht(door=user, inwoner=inwoner, **g),
            _("Het bericht is verstuurd."),
        ),
    }
