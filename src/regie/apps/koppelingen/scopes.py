"""What an application can be authorised for: per resource (read or write) and per data category (read or write).

In the spirit of Open Zaak's authorisations: the resource says which endpoints an application may call, the data
category which personal data those endpoints then show it (the permission module filters by it, as by a role).
"""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.permissions import Actie, Categorie

RESOURCES: dict[str, str] = {
    "inwoners": _("Inwoners"),
    "huishoudens": _("Huishoudens"),
    "plannen": _("Plannen en doelen"),
    "contactmomenten": _("Contactmomenten"),
    "berekeningen": _("Berekeningen"),
    "berekenen": _("Berekenen (zonder opslaan)"),
    "plekken": _("Plekken"),
    "plaatsingen": _("Plaatsingen"),
    "gesprekken": _("Gesprekken (alleen gegevens en scores)"),
}

# Resources an application may write through; the others are read-only in this version of the API.
SCHRIJFBAAR = ("inwoners",)


def scope(resource: str, actie: Actie) -> str:
    return f"{resource}:{actie}"


def resourcekeuzes() -> list[tuple[str, str]]:
    keuzes = []
    for resource, label in RESOURCES.items():
        keuzes.append((scope(resource, Actie.LEZEN), f"{label}: {_('lezen')}"))
        if resource in SCHRIJFBAAR:
            keuzes.append((scope(resource, Actie.WIJZIGEN), f"{label}: {_('wijzigen')}"))
    return keuzes


def categoriekeuzes() -> list[tuple[str, str]]:
    keuzes = []
    for categorie in Categorie:
        keuzes.append((scope(categorie, Actie.LEZEN), f"{categorie}: {_('lezen')}"))
        keuzes.append((scope(categorie, Actie.WIJZIGEN), f"{categorie}: {_('wijzigen')}"))
    return keuzes
