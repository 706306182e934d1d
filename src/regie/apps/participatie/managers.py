"""Who may see what of participation, decided in the database query.

- krachtcoach: the profile and placements of inwoners currently assigned to them, and only while the inwoner has
  given consent; without consent nothing but the fact that consent is missing (the view shows that, no query here);
- klantmanager and teamleider: read-only, their team's inwoners; the profile only with consent, placements always,
  because the hours count towards the tegenprestatie they are responsible for;
- inwoner: their own profile and placements, always;
- places are no personal data: every medewerker and inwoner of the municipality may see its catalogue.
Income, assets, calculations and sanctions are not in this app at all.
"""

from django.db import models

from regie.apps.accounts.models import Rol


def _is_actief(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _inwoners(user):
    from regie.apps.dossier.models import Inwoner

    return Inwoner.objects.zichtbaar_voor(user)


class ProfielQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not _is_actief(user):
            return self.none()
        zichtbaar = self.filter(inwoner__in=_inwoners(user).values("pk"))
        if user.rol == Rol.INWONER:
            return zichtbaar
        if user.rol in (Rol.KRACHTCOACH, Rol.KLANTMANAGER, Rol.TEAMLEIDER):
            return zichtbaar.filter(toestemming=True)
        return self.none()


class PlaatsingQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not _is_actief(user):
            return self.none()
        zichtbaar = self.filter(inwoner__in=_inwoners(user).values("pk"))
        if user.rol == Rol.KRACHTCOACH:
            return zichtbaar.filter(inwoner__participatieprofiel__toestemming=True)
        if user.rol in (Rol.INWONER, Rol.KLANTMANAGER, Rol.TEAMLEIDER):
            return zichtbaar
        return self.none()

    def lopend(self):
        from .models import LOPEND

        return self.filter(status__in=LOPEND)

    def bezettend(self):
        from .models import BEZETTEND

        return self.filter(status__in=BEZETTEND)


class PlekQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not _is_actief(user) or not user.gemeente_id:
            return self.none()
        return self.filter(gemeente_id=user.gemeente_id)

    def met_bezetting(self):
        """Annotate ``bezet``: places taken by a planned visit or a running placement, in the same query."""
        from .models import BEZETTEND

        return self.annotate(
            bezet=models.Count("plaatsingen", filter=models.Q(plaatsingen__status__in=BEZETTEND), distinct=True)
        )
