"""Who may see which conversation: only its owner, and teammates when the owner shared it for intervisie.

A teamleider sees no single conversation at all, shared or not; team trends come from ``voor_teamtrends``, which
feeds aggregates only. Every rule also requires that the user may see the inwoner, so a conversation never opens a
dossier that is otherwise out of reach.
"""

from django.db import models
from django.db.models import Q

from regie.apps.accounts.models import Rol


def _is_actief(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


class GesprekQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from regie.apps.dossier.models import Inwoner

        if not _is_actief(user) or user.rol != Rol.KLANTMANAGER:
            return self.none()
        regel = Q(eigenaar=user)
        if user.team_id:
            regel |= Q(gedeeld_met_id=user.team_id)
        return self.filter(regel, inwoner__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))

    def eigen(self, user):
        return self.zichtbaar_voor(user).filter(eigenaar=user)

    def voor_teamtrends(self, user):
        """The team's conversations for aggregate figures only; never rendered one by one."""
        if not _is_actief(user) or user.rol != Rol.TEAMLEIDER or not user.team_id:
            return self.none()
        return self.filter(eigenaar__team_id=user.team_id, status="gecodeerd")


class BeurtQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from .models import Gesprek

        return self.filter(gesprek__in=Gesprek.objects.zichtbaar_voor(user).values("pk"))
