"""Financial data (income, assets, benefit, calculations, obligations, sanctions) is one category: never shown to a
krachtcoach (functiescheiding), to an inwoner only their own. The rule is in ``accounts.permissions``."""

from django.db import models

from regie.apps.accounts.permissions import Actie, Categorie, filter_voor


class FinancieelQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.FINANCIEEL))

    def geldig_op(self, peildatum):
        return self.filter(geldig_vanaf__lte=peildatum).filter(
            models.Q(geldig_tot__isnull=True) | models.Q(geldig_tot__gte=peildatum)
        )
