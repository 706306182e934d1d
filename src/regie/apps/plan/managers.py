"""Which parts of an inwoner's plan a user may see.

A goal, step or obstacle belongs to a data category by what it is about: a goal in the area of income and debts is
financial data, an obstacle of type health is health data whether or not it was ticked as medical, a self-reliance
score for substance use is substance-use data; the rest of the instruments (ladder, other scores, practical
obstacles) is ``INSTRUMENTEN``. The role × category policy in ``accounts.permissions`` then decides; for a
krachtcoach the plan category adds the inwoner's choice: only goals and steps marked as shared.
"""

from django.db import models
from django.db.models import Q

from regie.apps.accounts.permissions import Actie, Categorie, filter_per_categorie, filter_voor

# Self-reliance domains (Zelfredzaamheid-Matrix) that are sensitive data of their own; the rest is participation.
DOMEIN_CATEGORIE = {
    "financien": Categorie.FINANCIEEL,
    "geestelijke_gezondheid": Categorie.GEZONDHEID,
    "lichamelijke_gezondheid": Categorie.GEZONDHEID,
    "middelengebruik": Categorie.MIDDELENGEBRUIK,
    "justitie": Categorie.JUSTITIE,
    "huiselijke_relaties": Categorie.HUISHOUDEN,
}
LEEFGEBIED_CATEGORIE = {"inkomen_schulden": Categorie.FINANCIEEL, "gezondheid": Categorie.GEZONDHEID}


def domein_categorie(domein: str) -> Categorie:
    return DOMEIN_CATEGORIE.get(domein, Categorie.INSTRUMENTEN)


def _doel_regels(pad: str) -> list[tuple[Q, Categorie]]:
    regels = [(Q(**{f"{pad}leefgebied": g}), c) for g, c in LEEFGEBIED_CATEGORIE.items()]
    return [*regels, (Q(), Categorie.PLAN)]


def doel_filter(user, actie: Actie = Actie.LEZEN) -> Q:
    return filter_per_categorie(
        user, actie, _doel_regels(""), inwoner="plan__inwoner", gedeeld="gedeeld_met_krachtcoach"
    )


def stap_filter(user, actie: Actie = Actie.LEZEN) -> Q:
    """A step is shared when the inwoner shared its goal and did not keep this step to themself."""
    return filter_per_categorie(
        user,
        actie,
        _doel_regels("doel__"),
        inwoner="doel__plan__inwoner",
        gedeeld=("doel__gedeeld_met_krachtcoach", "gedeeld_met_krachtcoach"),
    )


class PlanQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        """The plan as a container; what is in it is filtered per goal."""
        regel = filter_voor(user, Actie.LEZEN, Categorie.PLAN, gedeeld="doelen__gedeeld_met_krachtcoach")
        return self.filter(regel).distinct()


class DoelQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, actie: Actie = Actie.LEZEN):
        return self.filter(doel_filter(user, actie))

    def lopend(self):
        return self.filter(status="lopend")


class StapQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, actie: Actie = Actie.LEZEN):
        return self.filter(stap_filter(user, actie))

    def open(self):
        return self.filter(status="open")


class CheckinQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        from .models import Doel

        return self.filter(doel__in=Doel.objects.zichtbaar_voor(user).values("pk"))


class MetingQuerySet(models.QuerySet):
    """Ladder and self-reliance measurements: the professional's instruments, not shared with a krachtcoach."""

    def zichtbaar_voor(self, user):
        return self.filter(filter_voor(user, Actie.LEZEN, Categorie.INSTRUMENTEN))


class ZelfredzaamheidScoreQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        regels = [(Q(domein=d), c) for d, c in DOMEIN_CATEGORIE.items()] + [(Q(), Categorie.INSTRUMENTEN)]
        return self.filter(filter_per_categorie(user, Actie.LEZEN, regels, inwoner="meting__inwoner"))


def belemmering_categorie(soort: str, medisch: bool) -> Categorie:
    """The same rule as ``belemmering_regels``, for one obstacle before it is saved."""
    if soort == "gezondheid" or medisch:
        return Categorie.GEZONDHEID
    return Categorie.FINANCIEEL if soort == "schulden" else Categorie.INSTRUMENTEN


def belemmering_regels() -> list[tuple[Q, Categorie]]:
    """Health and debts are never participation data, whatever box was ticked."""
    return [
        (Q(soort="gezondheid") | Q(medisch=True), Categorie.GEZONDHEID),
        (Q(soort="schulden"), Categorie.FINANCIEEL),
        (Q(), Categorie.INSTRUMENTEN),
    ]


class BelemmeringQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, actie: Actie = Actie.LEZEN):
        return self.filter(filter_per_categorie(user, actie, belemmering_regels()))

    def actueel(self):
        return self.filter(opgelost_op__isnull=True)
