"""Who may see which conversation: only its owner, and teammates when the owner shared it for intervisie.

A teamleider sees no single conversation at all, shared or not; team trends come from ``voor_teamtrends``, which
feeds aggregates only. Every rule also requires that the user may see the inwoner, so a conversation never opens a
dossier that is otherwise out of reach.
"""

from django.db import models
from django.db.models import Q

from regie.apps.accounts.permissions import Actie, Categorie, Taak, filter_voor, mag, mag_taak, scope_filter


class GesprekQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        """Own conversations, and those a teammate shared with the user's team for intervisie."""
        regel = filter_voor(user, Actie.LEZEN, Categorie.GESPREKKEN, eigen="eigenaar_id")
        if mag(user, Actie.LEZEN, Categorie.GESPREKKEN) and user.team_id:
            regel |= Q(gedeeld_met_id=user.team_id) & scope_filter(user, "inwoner")
        return self.filter(regel)

    def eigen(self, user):
        return self.zichtbaar_voor(user).filter(eigenaar=user)

    def voor_teamtrends(self, user):
        """The team's conversations for aggregate figures only; never rendered one by one."""
        if not mag_taak(user, Taak.LEERTRENDS) or not user.team_id:
            return self.none()
        return self.filter(eigenaar__team_id=user.team_id, status="gecodeerd")


class BeurtQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from .models import Gesprek

        return self.filter(gesprek__in=Gesprek.objects.zichtbaar_voor(user).values("pk"))
