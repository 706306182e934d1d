"""Querysets of the dossier: which inwoners, households and contact moments a user may see.

The rules themselves are in ``regie.apps.accounts.permissions`` (role × category, scope, consent); these methods only
say which category each model holds, so filtering happens in the database query and never by loading rows first.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from regie.apps.accounts.permissions import Actie, Categorie, filter_voor, scope_filter


def _actief_op(peildatum, prefix: str = "") -> Q:
    return Q(**{f"{prefix}vanaf__lte": peildatum}) & (
        Q(**{f"{prefix}tot__isnull": True}) | Q(**{f"{prefix}tot__gte": peildatum})
    )


class ToewijzingQuerySet(models.QuerySet):
    def actief(self, peildatum=None):
        return self.filter(_actief_op(peildatum or timezone.localdate()))

    def zichtbaar_voor(self, user):
        """Who guides the inwoner is contact data: whoever may see the inwoner's contact details sees it."""
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.CONTACT))


class InwonerQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, categorie: Categorie | None = None, actie: Actie = Actie.LEZEN):
        """Inwoners within the user's scope; with ``categorie``, only those whose data of that category they may see."""
        if categorie is None:
            return self.filter(scope_filter(user))
        return self.filter(filter_voor(user, actie, categorie, inwoner=""))

    def in_caseload_van(self, medewerker):
        """Inwoners the medewerker currently guides themself (a subset of what they may see)."""
        from .models import Toewijzing

        # An IN-subquery lets the database start from the medewerker's index instead of probing every team member.
        return self.filter(pk__in=Toewijzing.objects.actief().filter(medewerker=medewerker).values("inwoner_id"))


class HuishoudenQuerySet(models.QuerySet):
    """Household composition is eligibility data: never shown to a krachtcoach (functiescheiding)."""

    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.HUISHOUDEN))

    def geldig_op(self, peildatum=None):
        peildatum = peildatum or timezone.localdate()
        return self.filter(Q(geldig_vanaf__lte=peildatum) & (Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=peildatum)))


class HuisgenootQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.HUISHOUDEN, inwoner="huishouden__inwoner"))


class ContactmomentQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        """A klantmanager's notes may touch income or sanctions; the krachtcoach keeps to their own notes."""
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.CONTACTNOTITIES, eigen="medewerker_id"))
