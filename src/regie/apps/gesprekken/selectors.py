"""Read queries for conversations; every one starts from ``Gesprek.objects.zichtbaar_voor`` and logs the read."""

import csv
import io
import re
from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

from regie import mi
from regie.apps.audit.models import Resultaat
from regie.apps.audit.services import log_inzage
from regie.privacy import Pseudonimiseerder

from . import grafiek
from .forms import CODE_LABELS
from .models import CODES_INWONER, CODES_PROFESSIONAL, Beurt, Gesprek, Spreker, StatusGesprek
from .services import als_gecodeerd


@dataclass(frozen=True)
class BeurtWeergave:
    beurt: Beurt
    tekst: str
    spreker: str

    @property
    def keuzes(self) -> list[tuple[str, str]]:
        codes = CODES_PROFESSIONAL if self.beurt.spreker == Spreker.PROFESSIONAL else CODES_INWONER
        return [(c, f"{c} – {CODE_LABELS[c]}") for c in codes]

    @property
    def code_label(self) -> str:
        return CODE_LABELS.get(self.beurt.definitieve_code, "")

    @property
    def model_label(self) -> str:
        return CODE_LABELS.get(self.beurt.code, "")


@dataclass(frozen=True)
class Suggestie:
    tekst: str
    beurt: int | None


def _beurt_in(tekst: str) -> int | None:
    """The turn a suggestion is about, so the page can link to it ("Beurt 12: …")."""
    m = re.match(r"Beurt (\d+)", tekst)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class ScoreRij:
    naam: str
    waarde: str
    redelijk: str
    goed: str
    niveau: str
    niveau_code: str


def _procent(waarde: float | None) -> str:
    return "—" if waarde is None else f"{round(waarde * 100)}%"


def _scorerijen(s: mi.MitiSummary) -> list[ScoreRij]:
    rq, cr = s.reflection_to_question, s.percent_complex_reflections
    if rq.value is None:
        rq_waarde = "—"
    elif rq.value == float("inf"):
        rq_waarde = _("alleen reflecties")
    else:
        rq_waarde = f"{rq.value:.1f}".replace(".", ",")
    niveau = {None: ("", "geen"), mi.Level.GOOD: (_("goed"), "goed"), mi.Level.FAIR: (_("redelijk"), "redelijk")}
    niveau[mi.Level.BELOW] = (_("onder redelijk"), "onder")
    return [
        ScoreRij(_("Reflecties per vraag (R:Q)"), rq_waarde, "1,0", "2,0", *niveau[rq.level]),
        ScoreRij(_("Complexe reflecties"), _procent(cr.value), "40%", "50%", *niveau[cr.level]),
    ]


@dataclass(frozen=True)
class Feedback:
    gesprek: Gesprek
    gepseudonimiseerd: bool
    inwoner_naam: str
    beurten: list[BeurtWeergave]
    samenvatting: mi.MitiSummary | None
    suggesties: list
    grafiek: grafiek.Verloop | None
    aantal_correcties: int

    @property
    def scores(self) -> list[ScoreRij]:
        return _scorerijen(self.samenvatting) if self.samenvatting else []

    @property
    def woordaandeel(self) -> str:
        return _procent(self.samenvatting.professional_word_share) if self.samenvatting else "—"

    @property
    def verandertaal(self) -> str:
        return _procent(self.samenvatting.change_talk_share) if self.samenvatting else "—"

    @property
    def is_eigenaar_weergave(self) -> bool:
        return not self.gepseudonimiseerd


def feedback(user, gesprek_id: int, *, pad: str = "") -> Feedback:
    """One conversation for its owner, or pseudonymised for a teammate it was shared with; anything else is 404."""
    try:
        gesprek = Gesprek.objects.zichtbaar_voor(user).select_related("inwoner", "eigenaar").get(pk=gesprek_id)
    except Gesprek.DoesNotExist:
        log_inzage(
            actor=user, inwoner_id=None, onderdeel=f"gesprek {gesprek_id}"[:100], resultaat=Resultaat.GEWEIGERD, pad=pad
        )
        raise Http404 from None
    eigen = gesprek.eigenaar_id == user.pk
    onderdeel = "gesprek en MI-feedback" if eigen else "gesprek voor intervisie (gepseudonimiseerd)"
    log_inzage(actor=user, inwoner_id=gesprek.inwoner_id, onderdeel=onderdeel, pad=pad)
    beurten = list(gesprek.beurten.order_by("volgorde"))
    inwoner = gesprek.inwoner
    if eigen:
        weergaven = [BeurtWeergave(b, b.tekst, b.spreker_label) for b in beurten]
        naam = inwoner.volledige_naam
    else:
        vervang = Pseudonimiseerder([inwoner.voornamen, inwoner.tussenvoegsel, inwoner.achternaam], [inwoner.straat])
        vervang(" ".join(f"{gesprek.eigenaar.first_name} {gesprek.eigenaar.last_name}".split()))
        weergaven = [BeurtWeergave(b, vervang(b.tekst), b.get_spreker_display()) for b in beurten]
        naam = "[Inwoner]"
    samenvatting = suggesties = verloop = None
    if gesprek.is_gecodeerd:
        gecodeerd = als_gecodeerd(gesprek, beurten)
        samenvatting = mi.summarise(gecodeerd)
        suggesties = (
            [Suggestie(t, _beurt_in(t)) for t in mi.suggestions(gecodeerd, summary=samenvatting)] if eigen else []
        )
        verloop = grafiek.verloop(gecodeerd)
    return Feedback(
        gesprek=gesprek,
        gepseudonimiseerd=not eigen,
        inwoner_naam=naam,
        beurten=weergaven,
        samenvatting=samenvatting,
        suggesties=suggesties or [],
        grafiek=verloop,
        aantal_correcties=sum(1 for b in beurten if b.is_gecorrigeerd),
    )


def eigen_gesprek(user, gesprek_id: int) -> Gesprek:
    """For writes: the user's own conversation or 404 (a shared one is read-only for teammates)."""
    try:
        gesprek = Gesprek.objects.eigen(user).select_related("inwoner").get(pk=gesprek_id)
    except Gesprek.DoesNotExist:
        log_inzage(
            actor=user, inwoner_id=None, onderdeel=f"gesprek {gesprek_id} bewerken", resultaat=Resultaat.GEWEIGERD
        )
        raise Http404 from None
    log_inzage(actor=user, inwoner_id=gesprek.inwoner_id, onderdeel="gesprek bewerken")
    return gesprek


def mijn_gesprekken(user):
    return Gesprek.objects.eigen(user).select_related("inwoner", "gedeeld_met")


def gedeeld_met_mij(user):
    return Gesprek.objects.zichtbaar_voor(user).exclude(eigenaar=user).select_related("eigenaar")


def gesprekken_met(user, inwoner) -> list[Gesprek]:
    return list(Gesprek.objects.eigen(user).filter(inwoner=inwoner)[:5])


EXPORT_KOLOMMEN = ["conversation", "turn", "speaker", "text", "code", "voorspeld", "gecorrigeerd"]


def correcties_tsv(user) -> str:
    """The user's conversations that have corrections, whole (the model uses context), pseudonymised, as TSV.

    The columns are those of ``regie mi codeer`` plus ``code`` (the professional's code, what training reads),
    ``voorspeld`` (the model's) and ``gecorrigeerd`` (ja/nee).
    """
    gesprekken = (
        Gesprek.objects.eigen(user)
        .filter(status=StatusGesprek.GECODEERD)
        .filter(pk__in=Beurt.objects.exclude(correctie="").values("gesprek_id"))
        .select_related("inwoner")
        .prefetch_related("beurten")
        .order_by("datum", "pk")
    )
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    schrijver.writerow(EXPORT_KOLOMMEN)
    for gesprek in gesprekken:
        inwoner = gesprek.inwoner
        vervang = Pseudonimiseerder([inwoner.voornamen, inwoner.tussenvoegsel, inwoner.achternaam], [inwoner.straat])
        for b in sorted(gesprek.beurten.all(), key=lambda b: b.volgorde):
            tekst = " ".join(vervang(b.tekst).split())  # no tabs or newlines inside a field
            gecorrigeerd = "ja" if b.is_gecorrigeerd else "nee"
            schrijver.writerow(
                [f"regie-{gesprek.pk}", b.volgorde, b.spreker, tekst, b.definitieve_code, b.code, gecorrigeerd]
            )
    return uit.getvalue()


def heeft_correcties(user) -> bool:
    return Beurt.objects.zichtbaar_voor(user).filter(gesprek__eigenaar=user).exclude(correctie="").exists()
