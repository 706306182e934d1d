from django.urls import reverse
from django.utils.translation import gettext as _

from . import permissions, registry
from .permissions import Taak


def navigation(request):
    """The main menu for the logged-in user, from the entries apps registered, and the municipality name."""
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {}
    items = registry.menu_voor(user)
    if permissions.mag_taak(user, Taak.BEHEER) and user.is_staff:
        items.append((_("Beheer"), reverse("admin:index")))
    path = request.path
    return {
        "navigatie": [{"label": label, "url": url, "actief": path == url} for label, url in items],
        "gemeente": user.gemeente.naam if user.gemeente_id else "",
    }
