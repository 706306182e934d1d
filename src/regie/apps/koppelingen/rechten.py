"""Which endpoints a caller may use. Which rows and fields they then see is the permission module's answer."""

from django.utils.translation import gettext as _
from rest_framework import permissions as drf

from regie.apps.accounts import permissions
from regie.apps.accounts.permissions import Actie


def applicatie_van(request):
    from .models import Applicatie

    return request.auth if isinstance(request.auth, Applicatie) else None


class Aangemeld(drf.BasePermission):
    """An active application, or an active person's session; an inwoner's session has its portal, not the API."""

    message = _("Meld u aan met een sleutel of een sessie.")

    def has_permission(self, request, view):
        user = request.user
        if not permissions.is_actief(user):
            return False
        if applicatie_van(request) is not None:
            return True
        return bool(user.rol) and user.rol != permissions.Rol.INWONER


class ResourceScope(Aangemeld):
    """An application needs the resource's scope (read for GET, write for the rest); a person the view's check."""

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        lezen = request.method in drf.SAFE_METHODS or getattr(view, "alleen_lezen", False)
        actie = Actie.LEZEN if lezen else Actie.WIJZIGEN
        applicatie = applicatie_van(request)
        if applicatie is not None:
            if not applicatie.mag(view.resource, actie):
                self.message = _("Deze applicatie heeft geen toegang tot ‘%(resource)s’ (%(actie)s).") % {
                    "resource": view.resource,
                    "actie": actie,
                }
                return False
            return True
        toets = getattr(view, "mag_persoon", None)
        return toets(request.user, actie) if toets else True
