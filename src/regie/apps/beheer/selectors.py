"""Reads for the beheer pages, always within the beheerder's own municipality.

Only staff accounts are in scope: inwoner accounts (who receive a benefit) and technical superusers never appear.
"""

from django.db.models import Q

from regie.apps.accounts.models import Gebruiker, Rol, Rolwijziging, Team
from regie.apps.dossier.models import Wijk


def medewerkers(beheerder):
    return (
        Gebruiker.objects.filter(gemeente_id=beheerder.gemeente_id, is_superuser=False)
        .exclude(rol=Rol.INWONER)
        .select_related("team")
        .order_by("last_name", "first_name", "username")
    )


def zoek_medewerkers(beheerder, zoek: str = "", rol: str = ""):
    qs = medewerkers(beheerder)
    if zoek:
        qs = qs.filter(Q(username__icontains=zoek) | Q(first_name__icontains=zoek) | Q(last_name__icontains=zoek))
    if rol == "geen":
        qs = qs.filter(rol="")
    elif rol:
        qs = qs.filter(rol=rol)
    return qs


def rolwijzigingen(beheerder):
    return Rolwijziging.objects.filter(gebruiker__gemeente_id=beheerder.gemeente_id).select_related(
        "gebruiker", "team", "aangevraagd_door", "behandeld_door"
    )


def open_rolwijziging(medewerker):
    return Rolwijziging.objects.filter(gebruiker=medewerker, status=Rolwijziging.Status.OPEN).first()


def teams(beheerder):
    return Team.objects.filter(gemeente_id=beheerder.gemeente_id).order_by("naam")


def wijken(beheerder):
    return Wijk.objects.filter(gemeente_id=beheerder.gemeente_id).order_by("naam")
