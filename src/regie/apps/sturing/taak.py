"""The background job that refreshes the cached indicators: one chunk is a set of teams, then the municipality."""

from django.utils.translation import gettext_lazy as _

from regie.apps.accounts.models import Team
from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.taken.soorten import Taaksoort, registreer

from . import selectors

SOORT = "indicatoren"


class IndicatorenVerversen(Taaksoort):
    soort = SOORT
    naam = _("indicatoren verversen")
    deel_grootte = 5

    def mag_beheren(self, user, taak) -> bool:
        return mag_taak(user, Taak.STURING_TEAM) or mag_taak(user, Taak.STURING_GEMEENTE)

    def url(self, taak) -> str:
        from django.urls import reverse

        return reverse("sturing:dashboard")

    def totaal(self, taak) -> int:
        return Team.objects.filter(gemeente_id=taak.gemeente_id).count() + 1

    def volgende(self, taak, cursor, grootte):
        teams = Team.objects.filter(gemeente_id=taak.gemeente_id).order_by("pk").values_list("pk", flat=True)
        if cursor is not None:
            teams = teams.filter(pk__gt=cursor)
        ids = list(teams[:grootte])
        if not ids and (cursor is None or cursor < 2**62):
            return [2**62]  # the last chunk: the municipality as a whole
        return ids

    def verwerk(self, taak, ids):
        van, tot = selectors.standaard_periode()
        for team_id in ids:
            if team_id == 2**62:
                selectors.ververs(selectors.Bereik("gemeente", taak.gemeente_id, None, van, tot))
            else:
                selectors.ververs(selectors.Bereik("team", team_id, None, van, tot))

    def bewaar(self, taak, ids, uitkomst) -> None:
        """The results live in the cache, written in ``verwerk``; nothing to write in the database."""


def registreer_soort() -> None:
    registreer(IndicatorenVerversen())
