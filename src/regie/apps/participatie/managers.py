"""Who may see what of participation, decided in the database query.

- krachtcoach: the profile and placements of inwoners currently assigned to them, and only while the inwoner has
  given consent; without consent nothing but the fact that consent is missing (the view shows that, no query here);
- klantmanager and teamleider: read-only, their team's inwoners; the profile only with consent, placements always,
  because the hours count towards the tegenprestatie they are responsible for;
- inwoner: their own profile and placements, always;
- places are no personal data: every medewerker and inwoner of the municipality may see its catalogue.
The role rules are in ``accounts.permissions`` (categories participatie and plaatsingen).
Income, assets, calculations and sanctions are not in this app at all.
"""

from django.db import models

from regie.apps.accounts.permissions import Actie, Categorie, filter_voor, is_actief


class ProfielQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.PARTICIPATIE))


class PlaatsingQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.PLAATSINGEN))

    def lopend(self):
        from .models import LOPEND

        return self.filter(status__in=LOPEND)

    def bezettend(self):
        from .models import BEZETTEND

        return self.filter(status__in=BEZETTEND)


class PlekQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        if not is_actief(user) or not user.gemeente_id:
            return self.none()
        return self.filter(gemeente_id=user.gemeente_id)

    def met_bezetting(self):
        """Annotate ``bezet``: places taken by a planned visit or a running placement, in the same query."""
        from .models import BEZETTEND

        return self.annotate(
            bezet=models.Count("plaatsingen", filter=models.Q(plaatsingen__status__in=BEZETTEND), distinct=True)
        )
