"""Who may see financial data: never a krachtcoach (functiescheiding); an inwoner only their own."""

from django.db import models

from regie.apps.accounts.models import Rol


class FinancieelQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from regie.apps.dossier.models import Inwoner

        if not (user and user.is_authenticated and user.is_active) or user.rol == Rol.KRACHTCOACH:
            return self.none()
        return self.filter(inwoner__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))

    def geldig_op(self, peildatum):
        return self.filter(geldig_vanaf__lte=peildatum).filter(
            models.Q(geldig_tot__isnull=True) | models.Q(geldig_tot__gte=peildatum)
        )
