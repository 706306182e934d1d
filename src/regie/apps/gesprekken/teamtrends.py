"""Team trends in motivational interviewing that single no one out.

A teamleider sees per quarter the team's summed MI counts, under three rules that together keep any one
professional's coding out of reach:

- only **closed** quarters: the running quarter still changes with every conversation;
- only when at least ``MIN_PROFESSIONALS`` professionals each held at least ``MIN_GESPREKKEN`` conversations in it
  (only their conversations count), otherwise "te weinig gegevens";
- **frozen once shown**: the first time a quarter is shown its figures are stored (``Teamtrend``) and from then on
  the stored figures are shown. A conversation entered later for that quarter changes nothing visible, so reading the
  page before and after one new conversation cannot give that conversation's counts by subtraction.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Sum
from django.db.models.functions import TruncQuarter
from django.utils import timezone

from regie.apps.accounts.permissions import Taak, mag_taak

from . import services
from .models import Gesprek, Teamtrend

MIN_PROFESSIONALS = 3
MIN_GESPREKKEN = 2

# Teamtrend field ← sum over Gesprek field.
SOMMEN = {
    "vragen": "aantal_vragen",
    "eenvoudige_reflecties": "aantal_eenvoudige_reflecties",
    "complexe_reflecties": "aantal_complexe_reflecties",
    "adherent": "aantal_adherent",
    "niet_adherent": "aantal_niet_adherent",
    "verandertaal": "aantal_verandertaal",
    "behoudtaal": "aantal_behoudtaal",
    "woorden_professional": "woorden_professional",
    "woorden_inwoner": "woorden_inwoner",
}


def kwartaal_van(dag: date) -> date:
    return date(dag.year, (dag.month - 1) // 3 * 3 + 1, 1)


def _verhouding(teller, noemer):
    return teller / noemer if noemer else None


@dataclass(frozen=True)
class TrendRij:
    periode: date
    gesprekken: int
    professionals: int
    verborgen: bool
    r_q: float | None = None
    complex: float | None = None
    adherent: float | None = None
    niet_adherent: float | None = None
    verandertaal: float | None = None
    woordaandeel: float | None = None

    @property
    def kwartaal(self) -> str:
        return kwartaal_label(self.periode)


def kwartaal_label(periode: date) -> str:
    return f"{periode.year} K{(periode.month - 1) // 3 + 1}"


def _getoond(trend: Teamtrend) -> TrendRij:
    reflecties = trend.eenvoudige_reflecties + trend.complexe_reflecties
    return TrendRij(
        trend.kwartaal,
        trend.gesprekken,
        trend.professionals,
        False,
        r_q=_verhouding(reflecties, trend.vragen),
        complex=_verhouding(trend.complexe_reflecties, reflecties),
        adherent=trend.adherent / trend.gesprekken,
        niet_adherent=trend.niet_adherent / trend.gesprekken,
        verandertaal=_verhouding(trend.verandertaal, trend.verandertaal + trend.behoudtaal),
        woordaandeel=_verhouding(trend.woorden_professional, trend.woorden_professional + trend.woorden_inwoner),
    )


def _sommen_per_kwartaal(gesprekken, kwartalen: set[date]) -> dict[date, dict]:
    """Per quarter the sums over professionals with enough conversations, for quarters that meet the minimum."""
    per_persoon = (
        gesprekken.filter(datum__gte=min(kwartalen))
        .annotate(periode=TruncQuarter("datum"))
        .values("periode", "eigenaar")
        .annotate(n=Count("pk"), **{veld: Sum(bron) for veld, bron in SOMMEN.items()})
    )
    uit: dict[date, dict] = {}
    for rij in per_persoon:
        if rij["periode"] not in kwartalen or rij["n"] < MIN_GESPREKKEN:
            continue
        totaal = uit.setdefault(rij["periode"], {"gesprekken": 0, "professionals": 0, **dict.fromkeys(SOMMEN, 0)})
        totaal["gesprekken"] += rij["n"]
        totaal["professionals"] += 1
        for veld in SOMMEN:
            totaal[veld] += rij[veld] or 0
    return {k: v for k, v in uit.items() if v["professionals"] >= MIN_PROFESSIONALS}


def teamtrends(user, *, vandaag: date | None = None) -> list[TrendRij]:
    """The closed quarters of the teamleider's team, oldest first: stored figures, or a row without figures."""
    if not mag_taak(user, Taak.LEERTRENDS) or not user.team_id:
        return []
    lopend = kwartaal_van(vandaag or timezone.localdate())
    gesprekken = Gesprek.objects.voor_teamtrends(user).filter(datum__lt=lopend)
    vastgelegd = {t.kwartaal: t for t in Teamtrend.objects.filter(team_id=user.team_id, kwartaal__lt=lopend)}
    kwartalen = set(gesprekken.annotate(periode=TruncQuarter("datum")).values_list("periode", flat=True).distinct())
    nieuw = kwartalen - vastgelegd.keys()
    if nieuw:
        for kwartaal, sommen in sorted(_sommen_per_kwartaal(gesprekken, nieuw).items()):
            vastgelegd[kwartaal] = services.leg_teamtrend_vast(team_id=user.team_id, kwartaal=kwartaal, sommen=sommen)
    return [
        _getoond(vastgelegd[k]) if k in vastgelegd else TrendRij(k, 0, 0, True)
        for k in sorted(kwartalen | vastgelegd.keys())
    ]
