"""Read queries for the plan pages, the dossier card, the worklist and the portal; all start from zichtbaar_voor."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Actie, Categorie, mag
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen.models import Ontheffing

from . import grafiek
from .instrumenten import DOMEIN_UITLEG, Domein, criterium
from .managers import domein_categorie
from .models import (
    Belemmering,
    Checkin,
    Doel,
    DoelStatus,
    LadderMeting,
    Stap,
    StapStatus,
    ZelfredzaamheidMeting,
    ZelfredzaamheidScore,
)


@dataclass(frozen=True)
class EerdereVersie:
    tot: object
    woorden: str
    reden: str


@dataclass(frozen=True)
class DoelWeergave:
    doel: Doel
    stappen: list[Stap]
    checkins: list[Checkin]
    grafiek: grafiek.Lijngrafiek
    eerdere_versies: list[EerdereVersie]


def _eerdere_versies(doel: Doel) -> list[EerdereVersie]:
    """Earlier wordings of a goal, from its history, with the reason given when it changed."""
    versies = list(
        doel.history.order_by("history_date").values("eigen_woorden", "history_date", "history_change_reason")
    )
    uit = []
    for vorige, volgende in zip(versies, versies[1:], strict=False):
        if vorige["eigen_woorden"] != volgende["eigen_woorden"]:
            uit.append(
                EerdereVersie(
                    volgende["history_date"], vorige["eigen_woorden"], volgende["history_change_reason"] or ""
                )
            )
    return uit


def liniaal_grafiek(checkins: list[Checkin]) -> grafiek.Lijngrafiek:
    return grafiek.lijngrafiek(
        _("Belang en vertrouwen door de tijd"),
        [c.datum for c in checkins],
        [
            (_("Belang"), "regie-grafiek__lijn--belang", [c.belang for c in checkins]),
            (_("Vertrouwen"), "regie-grafiek__lijn--vertrouwen", [c.vertrouwen for c in checkins]),
        ],
        0,
        10,
    )


def _doelen(user, inwoner: Inwoner):
    return (
        Doel.objects.zichtbaar_voor(user)
        .filter(plan__inwoner=inwoner)
        .select_related("geschreven_door")
        .prefetch_related(
            # A krachtcoach sees the steps of a shared goal except those the inwoner kept to themself.
            Prefetch("stappen", queryset=Stap.objects.zichtbaar_voor(user).order_by("status", "uiterlijk", "pk")),
            Prefetch("checkins", queryset=Checkin.objects.select_related("door").order_by("datum", "pk")),
        )
    )


def doel_weergaven(user, inwoner: Inwoner) -> tuple[list[DoelWeergave], list[DoelWeergave]]:
    """Running goals and closed goals, each with steps, check-ins, chart and earlier wordings."""
    lopend, afgesloten = [], []
    for doel in _doelen(user, inwoner):
        checkins = list(doel.checkins.all())
        stappen = sorted(
            doel.stappen.all(),
            key=lambda s: (
                s.status != StapStatus.OPEN,
                s.uiterlijk or timezone.localdate() + timedelta(days=9999),
                s.pk,
            ),
        )
        weergave = DoelWeergave(doel, stappen, checkins, liniaal_grafiek(checkins), _eerdere_versies(doel))
        (lopend if doel.status == DoelStatus.LOPEND else afgesloten).append(weergave)
    return lopend, afgesloten


@dataclass(frozen=True)
class Instrumenten:
    ladder: list[LadderMeting]
    ladder_grafiek: grafiek.Lijngrafiek
    metingen: list[ZelfredzaamheidMeting]
    radar: grafiek.Radar
    tabel: list[dict]  # one row per domain: label, description, levels per measurement (text alternative)


def instrumenten(user, inwoner: Inwoner) -> Instrumenten:
    ladder = list(LadderMeting.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("door"))
    ladder_grafiek = grafiek.lijngrafiek(
        _("Participatieladder door de tijd"),
        [m.datum for m in ladder],
        [(_("Trede"), "regie-grafiek__lijn--ladder", [m.trede for m in ladder])],
        1,
        6,
    )
    scores = Prefetch("scores", queryset=ZelfredzaamheidScore.objects.zichtbaar_voor(user))
    metingen = list(ZelfredzaamheidMeting.objects.zichtbaar_voor(user).filter(inwoner=inwoner).prefetch_related(scores))
    # Scores for finances, health, substance use and justice belong to those categories: only who may see them does.
    domeinen = [(c, label) for c, label in Domein.choices if mag(user, Actie.LEZEN, domein_categorie(c), inwoner)]
    per_meting = [{s.domein: s.niveau for s in m.scores.all()} for m in metingen]
    # The radar compares where someone started with where they are now; the table lists every measurement.
    getoond = list(zip(metingen, per_meting, strict=True))
    if len(getoond) > 2:
        getoond = [getoond[0], getoond[-1]]
    klassen = ["regie-grafiek__vorm--eerst", "regie-grafiek__vorm--nu"]
    radar = grafiek.radar(
        _("Zelfredzaamheid per leefgebied"),
        domeinen,
        [
            (f"{m.get_moment_display()} {m.datum:%d-%m-%Y}", klassen[min(i, 1) if len(getoond) > 1 else 1], scores)
            for i, (m, scores) in enumerate(getoond)
        ],
    )
    tabel = [
        {
            "label": label,
            "uitleg": DOMEIN_UITLEG[code],
            "niveaus": [
                {"niveau": scores.get(code), "criterium": criterium(code, scores[code]) if scores.get(code) else ""}
                for scores in per_meting
            ],
        }
        for code, label in domeinen
    ]
    return Instrumenten(ladder, ladder_grafiek, metingen, radar, tabel)


def belemmeringen(user, inwoner: Inwoner) -> list[Belemmering]:
    """Current and solved obstacles the user may see (no medical ones for a krachtcoach), with their exemptions."""
    return list(
        Belemmering.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .prefetch_related(Prefetch("ontheffingen", queryset=Ontheffing.objects.zichtbaar_voor(user)))
    )


@dataclass(frozen=True)
class PlanSamenvatting:
    lopende_doelen: list[Doel]
    open_stappen: list[Stap]
    gedane_stappen: int
    trede: LadderMeting | None

    def __bool__(self) -> bool:
        return bool(self.lopende_doelen or self.open_stappen or self.gedane_stappen or self.trede)

    def __str__(self) -> str:
        """One readable line, for pages that show the plan beside something else (a proposed maatregel)."""
        if not self:
            return _("Nog geen plan.")
        delen = []
        if self.lopende_doelen:
            doelen = "; ".join(f"“{d.eigen_woorden}” ({d.belang}/{d.vertrouwen})" for d in self.lopende_doelen[:3])
            delen.append(_("Doelen (belang/vertrouwen): %(doelen)s") % {"doelen": doelen})
        delen.append(
            _("%(open)s open stappen, %(gedaan)s gedaan")
            % {"open": len(self.open_stappen), "gedaan": self.gedane_stappen}
        )
        if self.trede:
            delen.append(_("participatieladder: %(trede)s") % {"trede": self.trede.get_trede_display()})
        return ". ".join(delen) + "."


def plan_samenvatting(user, inwoner: Inwoner) -> PlanSamenvatting | None:
    """The plan in brief, e.g. next to a proposed maatregel; None when the user may not see this inwoner."""
    if not mag(user, Actie.LEZEN, Categorie.PLAN, inwoner):
        return None
    stappen = Stap.objects.zichtbaar_voor(user).filter(doel__plan__inwoner=inwoner, doel__status=DoelStatus.LOPEND)
    return PlanSamenvatting(
        lopende_doelen=list(Doel.objects.zichtbaar_voor(user).filter(plan__inwoner=inwoner).lopend()),
        open_stappen=list(stappen.open().select_related("doel")[:10]),
        gedane_stappen=stappen.filter(status=StapStatus.GEDAAN).count(),
        trede=LadderMeting.objects.zichtbaar_voor(user).filter(inwoner=inwoner).order_by("-datum", "-pk").first(),
    )


@dataclass(frozen=True)
class DossierKaart:
    inwoner: Inwoner
    samenvatting: PlanSamenvatting
    belemmeringen: list[Belemmering]


def dossier_kaart(user, inwoner: Inwoner) -> DossierKaart | None:
    samenvatting = plan_samenvatting(user, inwoner)
    if samenvatting is None:
        return None
    actueel = [b for b in belemmeringen(user, inwoner) if b.opgelost_op is None]
    return DossierKaart(inwoner, samenvatting, actueel)


def werklijst_stappen(user, *, binnen_dagen: int = 14) -> list[Stap]:
    """Open steps of the user's own caseload that are due within ``binnen_dagen`` or overdue."""
    grens = timezone.localdate() + timedelta(days=binnen_dagen)
    eigen = Inwoner.objects.zichtbaar_voor(user).in_caseload_van(user).values("pk")
    return list(
        Stap.objects.zichtbaar_voor(user)
        .open()
        .filter(doel__plan__inwoner__in=eigen, doel__status=DoelStatus.LOPEND, uiterlijk__lte=grens)
        .select_related("doel__plan__inwoner")
        .order_by("uiterlijk", "pk")[:100]
    )
