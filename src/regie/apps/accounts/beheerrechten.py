"""Who may manage users, teams and wijken on Regie's own beheer pages (regie.apps.beheer).

One small function, so the rule can move into the central permission module without changing its callers.
"""

from .models import Rol


def mag_gebruikers_beheren(user) -> bool:
    """An active functioneel beheerder of a municipality. Superuser and staff flags play no part: the technical admin
    is a separate tool, and a flag must never widen what the beheer pages allow."""
    return bool(user.is_authenticated and user.is_active and user.rol == Rol.FUNCTIONEEL_BEHEERDER and user.gemeente_id)
