"""Who may see which personal data: one queryset method per model, used by every view, selector and API.

The rules, in one place:
- a klantmanager or teamleider sees the inwoners of their own team;
- a krachtcoach sees only inwoners currently assigned to them, and only participation data: no household, no
  finances, and only the contact moments they wrote themselves;
- an inwoner sees only themself;
- every other role (functioneel beheerder included) sees no personal data at all.
Filtering happens inside the database query, never by loading rows and filtering in Python.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from regie.apps.accounts.models import Rol


def _actief_op(peildatum, prefix: str = "") -> Q:
    return Q(**{f"{prefix}vanaf__lte": peildatum}) & (
        Q(**{f"{prefix}tot__isnull": True}) | Q(**{f"{prefix}tot__gte": peildatum})
    )


def _is_actief(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


class ToewijzingQuerySet(models.QuerySet):
    def actief(self, peildatum=None):
        return self.filter(_actief_op(peildatum or timezone.localdate()))

    def zichtbaar_voor(self, user):
        from .models import Inwoner

        return self.filter(inwoner__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))


class InwonerQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not _is_actief(user):
            return self.none()
        if user.rol in (Rol.KLANTMANAGER, Rol.TEAMLEIDER):
            return self.filter(team_id=user.team_id) if user.team_id else self.none()
        if user.rol == Rol.KRACHTCOACH:
            from .models import Toewijzing

            toegewezen = Toewijzing.objects.actief().filter(medewerker=user, rol=Rol.KRACHTCOACH)
            return self.filter(pk__in=toegewezen.values("inwoner_id"))
        if user.rol == Rol.INWONER:
            return self.filter(account=user)
        return self.none()

    def in_caseload_van(self, medewerker):
        """Inwoners the medewerker currently guides themself (a subset of what they may see)."""
        from .models import Toewijzing

        # An IN-subquery lets the database start from the medewerker's index instead of probing every team member.
        return self.filter(pk__in=Toewijzing.objects.actief().filter(medewerker=medewerker).values("inwoner_id"))


class HuishoudenQuerySet(models.QuerySet):
    """Household composition is eligibility data: never shown to a krachtcoach (functiescheiding)."""

    def zichtbaar_voor(self, user):
        from .models import Inwoner

        if not _is_actief(user) or user.rol == Rol.KRACHTCOACH:
            return self.none()
        return self.filter(inwoner__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))

    def geldig_op(self, peildatum=None):
        peildatum = peildatum or timezone.localdate()
        return self.filter(Q(geldig_vanaf__lte=peildatum) & (Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=peildatum)))


class HuisgenootQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from .models import Huishouden

        return self.filter(huishouden__in=Huishouden.objects.zichtbaar_voor(user).values("pk"))


class ContactmomentQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from .models import Inwoner

        if not _is_actief(user):
            return self.none()
        zichtbaar = self.filter(inwoner__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))
        if user.rol == Rol.KRACHTCOACH:
            # A klantmanager's notes may touch income or sanctions; the krachtcoach keeps to their own notes.
            return zichtbaar.filter(medewerker=user)
        return zichtbaar
