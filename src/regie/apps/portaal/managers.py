"""Who sees appointments and messages: both are contact notes (``Categorie.CONTACTNOTITIES``).

Messages may be about income or sanctions, so only the inwoner and their team's klantmanagers and teamleider see
them; a krachtcoach sees only the appointments they made themself. The rule is in ``accounts.permissions``.
"""

from django.db import models

from regie.apps.accounts.permissions import Actie, Categorie, filter_voor


class AfspraakQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.CONTACTNOTITIES, eigen="aangemaakt_door_id"))


class BerichtQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        # A krachtcoach writes no messages, so "own" leaves them none: the thread is between inwoner and team.
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.CONTACTNOTITIES, eigen="afzender_id"))
