"""Reads for participation pages; every query of personal data starts from ``zichtbaar_voor``."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from regie import matching
from regie.apps.accounts.permissions import Actie, Categorie, mag

from . import koppeling
from .keuzes import Interesse
from .models import Participatieprofiel, Plaatsing, Plek, RedenEinde, Status

AANTAL_SUGGESTIES = 10


@dataclass(frozen=True)
class Suggestie:
    beoordeling: matching.Beoordeling
    plek_pk: int
    terugkoppeling: str


@dataclass
class Profielpagina:
    """What a user may see of one inwoner's participation; ``toestemming`` False means: nothing but that fact."""

    toestemming: bool
    profiel: Participatieprofiel | None
    plaatsingen: list[Plaatsing] = field(default_factory=list)
    suggesties: list[Suggestie] = field(default_factory=list)
    locatie_bekend: bool = True
    uren_tegenprestatie: Decimal = Decimal(0)


def profiel_van(user, inwoner) -> Participatieprofiel | None:
    return Participatieprofiel.objects.zichtbaar_voor(user).filter(inwoner=inwoner).first()


def heeft_toestemming(inwoner) -> bool:
    """Only whether consent exists: the one fact a krachtcoach may know without it."""
    return Participatieprofiel.objects.filter(inwoner=inwoner, toestemming=True).exists()


def plaatsingen_van(user, inwoner) -> list[Plaatsing]:
    return list(
        Plaatsing.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .select_related("plek", "plek__organisatie")
        .order_by("-aangemaakt_op", "-pk")
    )


def uren_tegenprestatie(plaatsingen: list[Plaatsing]) -> Decimal:
    """Hours per week of started placements: these count towards the tegenprestatie."""
    return sum((p.uren_per_week for p in plaatsingen if p.status == Status.GESTART), Decimal(0))


def profielpagina(user, inwoner, *, met_suggesties: bool = True) -> Profielpagina:
    profiel = profiel_van(user, inwoner)
    # The queryset already hides a profile without consent from staff; the inwoner sees their own either way.
    toestemming = bool(profiel and profiel.toestemming)
    if not mag(user, Actie.LEZEN, Categorie.PLAATSINGEN, inwoner):
        return Profielpagina(toestemming=False, profiel=None)
    plaatsingen = plaatsingen_van(user, inwoner)
    pagina = Profielpagina(
        toestemming=toestemming,
        profiel=profiel,
        plaatsingen=plaatsingen,
        uren_tegenprestatie=uren_tegenprestatie(plaatsingen),
    )
    if profiel is not None and met_suggesties:
        plek = koppeling.locatie(inwoner.postcode)
        pagina.locatie_bekend = plek is not None
        if plek is not None:
            al_lopend = {str(p.plek_id) for p in plaatsingen if p.lopend}
            pagina.suggesties = suggesties(inwoner.gemeente_id, profiel, plek, uitgezonderd=al_lopend)
    return pagina


def suggesties(gemeente_id: int, profiel, locatie, *, uitgezonderd=frozenset()) -> list[Suggestie]:
    index = koppeling.plek_index(gemeente_id)
    lijst = matching.suggesties(
        koppeling.naar_profiel(profiel, locatie), index, aantal=AANTAL_SUGGESTIES + len(uitgezonderd)
    )
    lijst = [b for b in lijst if b.plek.plek_id not in uitgezonderd][:AANTAL_SUGGESTIES]
    terug = terugkoppeling_per_plek([int(b.plek.plek_id) for b in lijst])
    return [Suggestie(b, int(b.plek.plek_id), terug.get(int(b.plek.plek_id), "")) for b in lijst]


def beoordeling(gemeente_id: int, profiel, locatie, plek_pk: int) -> matching.Beoordeling | None:
    index = koppeling.plek_index(gemeente_id)
    if str(plek_pk) not in index.positie:
        return None
    return matching.beoordeel(koppeling.naar_profiel(profiel, locatie), index, str(plek_pk))


# --- feedback from ended placements: a statistic per place and per interest, no names

# Every professional sees the catalogue, so an ending reason that says something about a person's health is shown only
# as a neutral category; the placement itself (visible to those who may) keeps the real reason.
PERSOONLIJK = "persoonlijk"
GEVOELIGE_REDENEN = {RedenEinde.GEZONDHEID}


def _openbare_reden(reden: str) -> str:
    return PERSOONLIJK if reden in GEVOELIGE_REDENEN else reden


def _reden_label(reden: str) -> str:
    return str(_("persoonlijke omstandigheden")) if reden == PERSOONLIJK else RedenEinde(reden).label.lower()


def _is_reden(reden: str) -> bool:
    return reden == PERSOONLIJK or reden in RedenEinde.values


def _tel_per_plek(plek_ids=None) -> dict[int, dict[str, int]]:
    rijen = Plaatsing.objects.filter(status__in=[Status.GESTART, Status.GEEVALUEERD, Status.BEEINDIGD])
    if plek_ids is not None:
        rijen = rijen.filter(plek_id__in=plek_ids)
    telling: dict[int, dict[str, int]] = defaultdict(dict)
    groepen = rijen.order_by().values_list("plek_id", "status", "reden_einde").annotate(n=Count("pk"))
    for plek_id, status, reden, aantal in groepen:
        sleutel = _openbare_reden(reden) if reden else status
        telling[plek_id][sleutel] = telling[plek_id].get(sleutel, 0) + aantal
    return telling


def _zin(telling: dict[str, int]) -> str:
    delen = []
    if telling.get(Status.GESTART):
        delen.append(f"{telling[Status.GESTART]} {Status.GESTART.label.lower()}")
    if telling.get(Status.GEEVALUEERD):
        delen.append(f"{telling[Status.GEEVALUEERD]} {Status.GEEVALUEERD.label.lower()}")
    gestopt = [(_reden_label(r), n) for r, n in telling.items() if _is_reden(r)]
    if gestopt:
        delen.append("gestopt: " + ", ".join(f"{n}× {label}" for label, n in sorted(gestopt, key=lambda x: -x[1])))
    return " · ".join(delen)


def terugkoppeling_per_plek(plek_ids) -> dict[int, str]:
    """E.g. '2 gestart · gestopt: 1× afstand' for each place that has had placements."""
    return {plek_id: _zin(telling) for plek_id, telling in _tel_per_plek(plek_ids).items()}


@dataclass(frozen=True)
class TagTerugkoppeling:
    interesse: str
    afgerond: int
    gestopt: int
    redenen: str


def terugkoppeling_per_interesse(user) -> list[TagTerugkoppeling]:
    """How placements at places with each interest ended, for the krachtcoach and the beheerder to review."""
    tags_van = dict(Plek.objects.zichtbaar_voor(user).values_list("pk", "tags"))
    per_tag: dict[str, Counter] = defaultdict(Counter)
    for plek_id, telling in _tel_per_plek(list(tags_van)).items():
        for tag in tags_van.get(plek_id, []):
            per_tag[tag].update(telling)
    uitkomst = []
    for tag in Interesse:
        telling = per_tag.get(tag.value)
        if not telling:
            continue
        gestopt = Counter({r: n for r, n in telling.items() if _is_reden(r)})
        uitkomst.append(
            TagTerugkoppeling(
                interesse=str(tag.label),
                afgerond=telling.get(Status.GEEVALUEERD, 0),
                gestopt=sum(gestopt.values()),
                redenen=", ".join(f"{n}× {_reden_label(r)}" for r, n in gestopt.most_common()),
            )
        )
    return uitkomst


# --- the catalogue


def plekken(user, *, zoek: str = "", wijk_id: int | None = None, interesse: str = ""):
    rijen = Plek.objects.zichtbaar_voor(user).met_bezetting().select_related("organisatie", "wijk")
    for woord in (zoek or "").split():
        rijen = rijen.filter(
            Q(activiteit__icontains=woord) | Q(omschrijving__icontains=woord) | Q(organisatie__naam__icontains=woord)
        )
    if wijk_id:
        rijen = rijen.filter(wijk_id=wijk_id)
    if interesse in Interesse.values:
        # JSON containment is not on SQLite; a quoted match inside the list's text works on both databases.
        rijen = rijen.filter(tags__icontains=f'"{interesse}"')
    return rijen.order_by("-actief", "activiteit", "pk")


def bezetting(user) -> dict:
    actief = Plek.objects.zichtbaar_voor(user).filter(actief=True)
    return actief.aggregate(plekken=Count("pk"), capaciteit=Sum("capaciteit"))
