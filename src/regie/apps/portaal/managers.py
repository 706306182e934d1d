"""Who sees appointments and messages.

Messages may be about income or sanctions, so only the inwoner and their team's klantmanagers and teamleider see
them; a krachtcoach sees only the appointments they made themself.
"""

from django.db import models

from regie.apps.accounts.models import Rol


def _zichtbare_inwoners(user):
    from regie.apps.dossier.models import Inwoner

    return Inwoner.objects.zichtbaar_voor(user).values("pk")


class AfspraakQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        zichtbaar = self.filter(inwoner__in=_zichtbare_inwoners(user))
        if user.is_authenticated and user.rol == Rol.KRACHTCOACH:
            return zichtbaar.filter(aangemaakt_door=user)
        return zichtbaar


class BerichtQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not user.is_authenticated or user.rol not in (Rol.INWONER, Rol.KLANTMANAGER, Rol.TEAMLEIDER):
            return self.none()
        return self.filter(inwoner__in=_zichtbare_inwoners(user))
