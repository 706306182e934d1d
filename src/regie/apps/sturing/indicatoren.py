"""The steering indicators, each one database aggregation over the records (definitions: docs/indicatoren.md).

Every function takes the inwoners in scope (a queryset: a team, a wijk, the whole municipality) and a period
``van``..``tot`` (both inclusive) and returns plain numbers, lists and dicts, so that the result can be cached as JSON.
No function loops in Python over inwoners or records: the database counts, sums and groups.
"""

from datetime import date, timedelta

from django.db.models import (
    Avg,
    Case,
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear

from regie.apps.accounts.models import Rol
from regie.apps.dossier.models import Contactmoment, Toewijzing
from regie.apps.inkomen.models import Maatregel, Ontheffing
from regie.apps.participatie.models import Plaatsing
from regie.apps.plan.models import Doel, LadderMeting, ZelfredzaamheidScore

from .models import RedenEinde, Uitkeringsperiode

HALF_JAAR = timedelta(days=183)
JAAR = timedelta(days=365)
DUURKLASSEN = [(0, 365, "< 1 jaar"), (365, 730, "1–2 jaar"), (730, 1826, "2–5 jaar"), (1826, None, "5 jaar of langer")]
# Time invested: contact minutes in the period per inwoner.
TIJDKLASSEN = [(0, 120, "< 2 uur"), (120, 480, "2–8 uur"), (480, 1200, "8–20 uur"), (1200, None, "20 uur of meer")]


def _na(veld, delta: timedelta):
    return ExpressionWrapper(OuterRef(veld) + delta, output_field=DateField())


def caseload(inwoners, peildatum: date) -> list[dict]:
    """Inwoners per klantmanager with a current assignment on the peildatum."""
    rijen = (
        Toewijzing.objects.filter(inwoner__in=inwoners, rol=Rol.KLANTMANAGER, vanaf__lte=peildatum)
        .filter(Q(tot__isnull=True) | Q(tot__gte=peildatum))
        .values("medewerker_id", "medewerker__first_name", "medewerker__last_name", "medewerker__username")
        .annotate(aantal=Count("inwoner_id", distinct=True))
        .order_by("medewerker__last_name", "medewerker__username")
    )
    return [
        {
            "klantmanager": " ".join(p for p in (r["medewerker__first_name"], r["medewerker__last_name"]) if p)
            or r["medewerker__username"],
            "aantal": r["aantal"],
        }
        for r in rijen
    ]


def laatste_trede(inwoners, peildatum: date) -> dict[int, int]:
    """Inwoners per rung of the participation ladder, by their latest measurement on or before the peildatum."""
    laatste = LadderMeting.objects.filter(inwoner=OuterRef("pk"), datum__lte=peildatum).order_by("-datum", "-pk")
    rijen = (
        inwoners.annotate(trede=Subquery(laatste.values("trede")[:1]))
        .filter(trede__isnull=False)
        .values("trede")
        .annotate(aantal=Count("pk"))
        .order_by("trede")
    )
    return {r["trede"]: r["aantal"] for r in rijen}


def uitkeringsduur(inwoners, peildatum: date) -> dict[str, int]:
    """Inwoners on benefit on the peildatum by how long their current period has lasted."""
    lopend = Uitkeringsperiode.objects.filter(inwoner__in=inwoners, begin__lte=peildatum).filter(
        Q(einde__isnull=True) | Q(einde__gte=peildatum)
    )
    klassen = []
    for ondergrens, bovengrens, label in DUURKLASSEN:
        conditie = Q(begin__lte=peildatum - timedelta(days=ondergrens))
        if bovengrens is not None:
            conditie &= Q(begin__gt=peildatum - timedelta(days=bovengrens))
        klassen.append(When(conditie, then=Value(label)))
    rijen = lopend.annotate(klasse=Case(*klassen)).values("klasse").annotate(aantal=Count("inwoner_id", distinct=True))
    telling = {r["klasse"]: r["aantal"] for r in rijen}
    return {label: telling.get(label, 0) for _, _, label in DUURKLASSEN}


def contacttijd(inwoners, van: date, tot: date) -> dict:
    """Contact minutes and contacts in the period, in total and per inwoner who had contact."""
    r = Contactmoment.objects.filter(inwoner__in=inwoners, datum__range=(van, tot)).aggregate(
        minuten=Coalesce(Sum("duur_minuten"), 0), contacten=Count("pk"), inwoners=Count("inwoner_id", distinct=True)
    )
    n = r["inwoners"]
    return {
        **r,
        "minuten_per_inwoner": round(r["minuten"] / n, 1) if n else None,
        "contacten_per_inwoner": round(r["contacten"] / n, 2) if n else None,
    }


def uitstroom(inwoners, van: date, tot: date) -> list[dict]:
    """Ended benefit periods per year and reason."""
    rijen = (
        Uitkeringsperiode.objects.filter(inwoner__in=inwoners, einde__range=(van, tot))
        .annotate(jaar=ExtractYear("einde"))
        .values("jaar", "reden_einde")
        .annotate(aantal=Count("pk"))
        .order_by("jaar", "reden_einde")
    )
    namen = dict(RedenEinde.choices)
    return [{"jaar": r["jaar"], "reden": str(namen[r["reden_einde"]]), "aantal": r["aantal"]} for r in rijen]


def _terug_binnen(delta: timedelta):
    """Whether the same inwoner started a new benefit period within ``delta`` after this one ended."""
    return Exists(
        Uitkeringsperiode.objects.filter(
            inwoner_id=OuterRef("inwoner_id"), begin__gt=OuterRef("einde"), begin__lte=_na("einde", delta)
        )
    )


def duurzame_uitstroom(inwoners, van: date, tot: date, peildatum: date) -> dict:
    """Outflow to work in the period; of those observable, how many were still off benefit after 6 and 12 months."""
    werk = Uitkeringsperiode.objects.filter(inwoner__in=inwoners, einde__range=(van, tot), reden_einde=RedenEinde.WERK)
    uit = {"naar_werk": werk.count()}
    for naam, delta in (("6", HALF_JAAR), ("12", JAAR)):
        te_zien = werk.filter(einde__lte=peildatum - delta)
        gevolgd = te_zien.count()
        uit[f"gevolgd_{naam}"] = gevolgd
        uit[f"duurzaam_{naam}"] = gevolgd - te_zien.filter(_terug_binnen(delta)).count()
    return uit


def terugval(inwoners, van: date, tot: date, peildatum: date) -> dict:
    """Of all outflow in the period that is at least 12 months ago: how many came back within 12 months."""
    uit = Uitkeringsperiode.objects.filter(inwoner__in=inwoners, einde__range=(van, tot), einde__lte=peildatum - JAAR)
    return {"uitgestroomd": uit.count(), "terug": uit.filter(_terug_binnen(JAAR)).count()}


def _eerste_en_laatste_trede(inwoners, van: date, tot: date):
    metingen = LadderMeting.objects.filter(inwoner=OuterRef("pk"), datum__range=(van, tot))
    return inwoners.annotate(
        eerste=Subquery(metingen.order_by("datum", "pk").values("trede")[:1]),
        laatste=Subquery(metingen.order_by("-datum", "-pk").values("trede")[:1]),
    ).filter(eerste__isnull=False)


def ladderstappen(inwoners, van: date, tot: date) -> dict:
    """Inwoners measured in the period: how many went up, stayed, went down between first and last measurement."""
    r = _eerste_en_laatste_trede(inwoners, van, tot).aggregate(
        gemeten=Count("pk"),
        omhoog=Count("pk", filter=Q(laatste__gt=F("eerste"))),
        omlaag=Count("pk", filter=Q(laatste__lt=F("eerste"))),
        netto_treden=Coalesce(Sum(F("laatste") - F("eerste")), 0),
    )
    r["gelijk"] = r["gemeten"] - r["omhoog"] - r["omlaag"]
    return r


def zelfredzaamheid(inwoners, van: date, tot: date) -> list[dict]:
    """Average self-reliance level (1–5) per life domain over the measurements in the period."""
    rijen = (
        ZelfredzaamheidScore.objects.filter(meting__inwoner__in=inwoners, meting__datum__range=(van, tot))
        .values("domein")
        .annotate(gemiddeld=Avg("niveau"), metingen=Count("pk"))
        .order_by("domein")
    )
    return [{"domein": r["domein"], "gemiddeld": round(r["gemiddeld"], 2), "metingen": r["metingen"]} for r in rijen]


def doelen(inwoners, van: date, tot: date) -> dict:
    """Goals closed in the period: reached or let go."""
    return Doel.objects.filter(plan__inwoner__in=inwoners, afgesloten_op__range=(van, tot)).aggregate(
        afgesloten=Count("pk"), bereikt=Count("pk", filter=Q(status="bereikt"))
    )


def plaatsingen(inwoners, van: date, tot: date) -> dict:
    """Placements started in the period, and ended in the period by reason."""
    basis = Plaatsing.objects.filter(inwoner__in=inwoners)
    geeindigd = (
        basis.filter(afgerond_op__range=(van, tot))
        .exclude(reden_einde="")
        .values("reden_einde")
        .annotate(aantal=Count("pk"))
        .order_by("reden_einde")
    )
    return {
        "gestart": basis.filter(gestart_op__range=(van, tot)).count(),
        "geeindigd": {r["reden_einde"]: r["aantal"] for r in geeindigd},
    }


def ontheffingen_en_maatregelen(inwoners, van: date, tot: date) -> dict:
    """Exemptions granted (starting) in the period by reason; sanctions proposed in the period by outcome."""
    ontheffingen = (
        Ontheffing.objects.filter(inwoner__in=inwoners, vanaf__range=(van, tot))
        .values("reden")
        .annotate(aantal=Count("pk"))
        .order_by("reden")
    )
    maatregelen = (
        Maatregel.objects.filter(inwoner__in=inwoners, voorgesteld_op__date__range=(van, tot))
        .values("status")
        .annotate(aantal=Count("pk"))
        .order_by("status")
    )
    return {
        "ontheffingen": {r["reden"]: r["aantal"] for r in ontheffingen},
        "maatregelen": {r["status"]: r["aantal"] for r in maatregelen},
    }


def _tijdklasse():
    klassen = []
    for ondergrens, bovengrens, label in TIJDKLASSEN:
        conditie = Q(minuten__gte=ondergrens)
        if bovengrens is not None:
            conditie &= Q(minuten__lt=bovengrens)
        klassen.append(When(conditie, then=Value(label)))
    return Case(*klassen)


def tijd_en_resultaat(inwoners, van: date, tot: date) -> list[dict]:
    """Inwoners with a ladder measurement in the period, grouped by contact minutes in the period: outcomes."""
    minuten = (
        Contactmoment.objects.filter(inwoner=OuterRef("pk"), datum__range=(van, tot))
        .values("inwoner")
        .annotate(s=Sum("duur_minuten"))
        .values("s")
    )
    werk = Uitkeringsperiode.objects.filter(
        inwoner=OuterRef("pk"), einde__range=(van, tot), reden_einde=RedenEinde.WERK
    )
    rijen = (
        _eerste_en_laatste_trede(inwoners, van, tot)
        .annotate(minuten=Coalesce(Subquery(minuten, output_field=IntegerField()), 0))
        .annotate(klasse=_tijdklasse(), naar_werk=Exists(werk))
        .values("klasse")
        .annotate(
            inwoners=Count("pk"),
            omhoog=Count("pk", filter=Q(laatste__gt=F("eerste"))),
            werk=Count("pk", filter=Q(naar_werk=True)),
        )
    )
    telling = {r["klasse"]: r for r in rijen}
    return [
        {"klasse": label, **{k: telling.get(label, {}).get(k, 0) for k in ("inwoners", "omhoog", "werk")}}
        for _, _, label in TIJDKLASSEN
    ]


def trechter(inwoners, van: date, tot: date, peildatum: date) -> list[dict]:
    """From intake to lasting work: inwoners whose benefit period began in the period, and how far they got."""
    instroom = Uitkeringsperiode.objects.filter(inwoner__in=inwoners, begin__range=(van, tot))
    geplaatst = Exists(Plaatsing.objects.filter(inwoner_id=OuterRef("inwoner_id"), gestart_op__gte=OuterRef("begin")))
    naar_werk = instroom.filter(reden_einde=RedenEinde.WERK)
    r = {
        "intake": instroom.count(),
        "geplaatst": instroom.filter(geplaatst).count(),
        "werk": naar_werk.count(),
        "duurzaam": naar_werk.filter(einde__lte=peildatum - JAAR).exclude(_terug_binnen(JAAR)).count(),
    }
    return [
        {"stap": "intake", "aantal": r["intake"]},
        {"stap": "plaatsing", "aantal": r["geplaatst"]},
        {"stap": "werk", "aantal": r["werk"]},
        {"stap": "duurzaam", "aantal": r["duurzaam"]},
    ]


def alle(inwoners, van: date, tot: date, peildatum: date) -> dict:
    """Every indicator for one scope and period."""
    return {
        "caseload": caseload(inwoners, peildatum),
        "treden": laatste_trede(inwoners, peildatum),
        "uitkeringsduur": uitkeringsduur(inwoners, peildatum),
        "contacttijd": contacttijd(inwoners, van, tot),
        "uitstroom": uitstroom(inwoners, van, tot),
        "duurzame_uitstroom": duurzame_uitstroom(inwoners, van, tot, peildatum),
        "terugval": terugval(inwoners, van, tot, peildatum),
        "ladderstappen": ladderstappen(inwoners, van, tot),
        "zelfredzaamheid": zelfredzaamheid(inwoners, van, tot),
        "doelen": doelen(inwoners, van, tot),
        "plaatsingen": plaatsingen(inwoners, van, tot),
        "ontheffingen_en_maatregelen": ontheffingen_en_maatregelen(inwoners, van, tot),
        "tijd_en_resultaat": tijd_en_resultaat(inwoners, van, tot),
        "trechter": trechter(inwoners, van, tot, peildatum),
    }
