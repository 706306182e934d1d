"""Who may manage users, teams and wijken on Regie's own beheer pages (regie.apps.beheer).

The rule is the permission module's task ``Taak.BEHEER``; a beheerder also needs a municipality, since every list on
those pages is one municipality's.
"""

from . import permissions
from .permissions import Taak


def mag_gebruikers_beheren(user) -> bool:
    """An active functioneel beheerder of a municipality. Superuser and staff flags play no part: the technical admin
    is a separate tool, and a flag must never widen what the beheer pages allow."""
    return bool(permissions.mag_taak(user, Taak.BEHEER) and user.gemeente_id)
