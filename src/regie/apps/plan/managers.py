"""Who may see which part of an inwoner's plan.

The plan belongs to the inwoner, so the base rule is the dossier's: whoever may see the inwoner
(``Inwoner.objects.zichtbaar_voor``) sees their goals, steps, check-ins and instruments. Obstacles add one rule:
a krachtcoach never sees an obstacle marked as medical (a diagnosis is not theirs to know).
"""

from django.db import models

from regie.apps.accounts.models import Rol


def _zichtbare_inwoners(user):
    from regie.apps.dossier.models import Inwoner

    return Inwoner.objects.zichtbaar_voor(user).values("pk")


class PlanQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(inwoner__in=_zichtbare_inwoners(user))


class DoelQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(plan__inwoner__in=_zichtbare_inwoners(user))

    def lopend(self):
        return self.filter(status="lopend")


class StapQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(doel__plan__inwoner__in=_zichtbare_inwoners(user))

    def open(self):
        return self.filter(status="open")


class CheckinQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(doel__plan__inwoner__in=_zichtbare_inwoners(user))


class MetingQuerySet(models.QuerySet):
    """Ladder and self-reliance: participation data, so the krachtcoach of the inwoner sees them too."""

    def zichtbaar_voor(self, user):
        return self.filter(inwoner__in=_zichtbare_inwoners(user))


class BelemmeringQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        zichtbaar = self.filter(inwoner__in=_zichtbare_inwoners(user))
        if user.is_authenticated and user.rol == Rol.KRACHTCOACH:
            return zichtbaar.filter(medisch=False)
        return zichtbaar

    def actueel(self):
        return self.filter(opgelost_op__isnull=True)
