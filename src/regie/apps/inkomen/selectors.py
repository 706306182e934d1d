"""Read queries for rechtmatigheid; every one starts from ``zichtbaar_voor`` (none at all for a krachtcoach)."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone

from regie.apps.dossier.models import Inwoner

from .models import (
    Berekening,
    Beschikking,
    Herberekening,
    Heronderzoek,
    Horen,
    HuidigeBerekening,
    Inkomstenbron,
    Maatregel,
    Ontheffing,
    SoortVerplichting,
    StatusMaatregel,
    Uitkeringsgegevens,
    Vermogensbestanddeel,
    Verplichting,
    Wijziging,
)
from .vergelijking import Verschil, vergelijk


@dataclass(frozen=True)
class BerekeningMetVergelijking:
    berekening: Berekening | None
    vorige: Berekening | None
    verschillen: list[Verschil] = field(default_factory=list)


def laatste_berekening(user, inwoner: Inwoner, *, voor_inwoner: bool = False) -> BerekeningMetVergelijking:
    """The current calculation and the one before, through the pointer: one row, however long the history.

    ``voor_inwoner``: the differences addressed to the inwoner ("Uw uitkering"); staff pages get the third person.
    """
    huidig = (
        HuidigeBerekening.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .select_related("berekening", "vorige")
        .first()
    )
    if huidig is None:
        return BerekeningMetVergelijking(None, None)
    nieuw, vorige = huidig.berekening, huidig.vorige
    verschillen = vergelijk(vorige.resultaat, nieuw.resultaat, voor_inwoner=voor_inwoner) if vorige else []
    return BerekeningMetVergelijking(nieuw, vorige, verschillen)


@dataclass(frozen=True)
class VerplichtingStand:
    """An obligation as it stands today: recorded status, plus a running exemption when there is one."""

    soort: str
    label: str
    verplichting: Verplichting | None
    ontheffing: Ontheffing | None
    komende_ontheffingen: tuple[Ontheffing, ...] = ()


def verplichtingen(user, inwoner: Inwoner) -> list[VerplichtingStand]:
    vandaag = timezone.localdate()
    vastgelegd = {v.soort: v for v in Verplichting.objects.zichtbaar_voor(user).filter(inwoner=inwoner)}
    lopend, komend = {}, {}
    for ontheffing in (
        Ontheffing.objects.zichtbaar_voor(user).filter(inwoner=inwoner, tot__gte=vandaag).order_by("vanaf", "tot")
    ):
        if ontheffing.vanaf <= vandaag:
            lopend.setdefault(ontheffing.verplichting, ontheffing)
        else:
            komend.setdefault(ontheffing.verplichting, []).append(ontheffing)
    return [
        VerplichtingStand(
            s.value, s.label, vastgelegd.get(s.value), lopend.get(s.value), tuple(komend.get(s.value, ()))
        )
        for s in SoortVerplichting
    ]


@dataclass(frozen=True)
class Signaal:
    inwoner: Inwoner
    soort: str  # "ontheffing", "heronderzoek", "besluit", "wijziging" (and "bericht", "stap" from upper apps)
    datum: object
    tekst: str
    # Stable key of what the signal is about, for the klantmanager's read state; changes when the fact changes.
    sleutel: str = ""


def signalen(user, *, binnen_dagen: int = 30) -> list[Signaal]:
    """The klantmanager's worklist: exemptions that end and reviews that are due within ``binnen_dagen``, decisions
    and reported changes of the last ``binnen_dagen``, for their own caseload."""
    from datetime import timedelta

    from django.utils.translation import gettext as _

    vandaag = timezone.localdate()
    grens = vandaag + timedelta(days=binnen_dagen)
    eigen = Inwoner.objects.zichtbaar_voor(user).in_caseload_van(user).values("pk")
    uit = [
        Signaal(
            o.inwoner,
            "ontheffing",
            o.tot,
            _("Ontheffing %(wat)s loopt af op %(datum)s")
            % {"wat": o.get_verplichting_display(), "datum": o.tot.strftime("%d-%m-%Y")},
            f"ontheffing:{o.pk}:{o.tot.isoformat()}",
        )
        for o in Ontheffing.objects.zichtbaar_voor(user)
        .filter(inwoner__in=eigen, tot__gte=vandaag, tot__lte=grens)
        .select_related("inwoner")
        .order_by("tot")[:50]
    ]
    uit += [
        Signaal(
            h.inwoner,
            "heronderzoek",
            h.gepland_op,
            _("Heronderzoek gepland op %(datum)s") % {"datum": h.gepland_op.strftime("%d-%m-%Y")},
            f"heronderzoek:{h.pk}:{h.gepland_op.isoformat()}",
        )
        for h in Heronderzoek.objects.zichtbaar_voor(user)
        .filter(inwoner__in=eigen, afgerond_op__isnull=True, gepland_op__lte=grens)
        .select_related("inwoner")
        .order_by("gepland_op")[:50]
    ]
    uit += [
        Signaal(
            m.inwoner,
            "besluit",
            timezone.localdate(m.besloten_op),
            _("Besluit over de maatregel (%(verplichting)s): %(status)s, op %(datum)s")
            % {
                "verplichting": m.get_verplichting_display(),
                "status": m.get_status_display(),
                "datum": timezone.localdate(m.besloten_op).strftime("%d-%m-%Y"),
            },
            f"besluit:{m.pk}",
        )
        for m in Maatregel.objects.zichtbaar_voor(user)
        .filter(inwoner__in=eigen, besloten_op__gte=timezone.now() - timedelta(days=binnen_dagen))
        .exclude(status=StatusMaatregel.VOORSTEL)
        .select_related("inwoner")
        .order_by("-besloten_op")[:50]
    ]
    uit += [
        Signaal(
            w.inwoner,
            "wijziging",
            timezone.localdate(w.gemeld_op),
            _("Wijziging doorgegeven: %(soort)s, vanaf %(datum)s%(document)s")
            % {
                "soort": w.get_soort_display(),
                "datum": w.ingangsdatum.strftime("%d-%m-%Y"),
                "document": _(", met document") if w.document_naam else "",
            },
            f"wijziging:{w.pk}",
        )
        for w in Wijziging.objects.zichtbaar_voor(user)
        .filter(inwoner__in=eigen, gemeld_op__gte=timezone.now() - timedelta(days=binnen_dagen))
        .select_related("inwoner")
        .defer("document")
        .order_by("-gemeld_op")[:50]
    ]
    return sorted(uit, key=lambda s: s.datum)


def te_besluiten(user):
    """The teamleider's queue: maatregel proposals of the team that wait for a decision, oldest first."""
    return (
        Maatregel.objects.zichtbaar_voor(user)
        .filter(status=StatusMaatregel.VOORSTEL)
        .select_related("inwoner", "voorgesteld_door")
        .order_by("voorgesteld_op")
    )


def betaaldatums(aantal: int = 3) -> list:
    """The next payment dates: the configured day of each month, a day earlier when it falls in a weekend."""
    from datetime import date

    from django.conf import settings

    vandaag = timezone.localdate()
    dag = settings.REGIE_UITBETALINGSDAG
    uit, jaar, maand = [], vandaag.year, vandaag.month
    while len(uit) < aantal:
        datum = date(jaar, maand, dag)
        while datum.weekday() >= 5:
            datum -= timedelta(days=1)
        if datum >= vandaag:
            uit.append(datum)
        jaar, maand = (jaar + 1, 1) if maand == 12 else (jaar, maand + 1)
    return uit


def wijzigingen(user, inwoner: Inwoner):
    return Wijziging.objects.zichtbaar_voor(user).filter(inwoner=inwoner)


def beschikkingen(user, inwoner: Inwoner):
    return Beschikking.objects.zichtbaar_voor(user).filter(inwoner=inwoner).defer("pdf")


@dataclass(frozen=True)
class Rechtmatigheid:
    inkomstenbronnen: list[Inkomstenbron]
    vermogen: list[Vermogensbestanddeel]
    gegevens: Uitkeringsgegevens | None
    berekening: BerekeningMetVergelijking
    eerdere_berekeningen: list[Berekening]
    verplichtingen: list[VerplichtingStand]
    open_heronderzoek: Heronderzoek | None
    afgeronde_heronderzoeken: list[Heronderzoek]
    beeindigde_inkomsten: list[Inkomstenbron] = field(default_factory=list)
    beeindigd_vermogen: list[Vermogensbestanddeel] = field(default_factory=list)


def _niet_beeindigd(records, vandaag) -> list:
    """Current and future records, current first: a record that starts next month is shown beside today's."""
    return list(records.filter(Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=vandaag)).order_by("geldig_vanaf"))


def _beeindigd(records, vandaag, aantal: int = 5) -> list:
    """The most recently ended records."""
    return list(records.filter(geldig_tot__lt=vandaag).order_by("-geldig_tot")[:aantal])


def rechtmatigheid(user, inwoner: Inwoner) -> Rechtmatigheid:
    vandaag = timezone.localdate()
    return Rechtmatigheid(
        inkomstenbronnen=_niet_beeindigd(Inkomstenbron.objects.zichtbaar_voor(user).filter(inwoner=inwoner), vandaag),
        vermogen=_niet_beeindigd(Vermogensbestanddeel.objects.zichtbaar_voor(user).filter(inwoner=inwoner), vandaag),
        beeindigde_inkomsten=_beeindigd(Inkomstenbron.objects.zichtbaar_voor(user).filter(inwoner=inwoner), vandaag),
        beeindigd_vermogen=_beeindigd(
            Vermogensbestanddeel.objects.zichtbaar_voor(user).filter(inwoner=inwoner), vandaag
        ),
        gegevens=Uitkeringsgegevens.objects.zichtbaar_voor(user).filter(inwoner=inwoner).first(),
        berekening=laatste_berekening(user, inwoner, voor_inwoner=False),
        eerdere_berekeningen=list(
            Berekening.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("berekend_door")[:12]
        ),
        verplichtingen=verplichtingen(user, inwoner),
        open_heronderzoek=Heronderzoek.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner, afgerond_op__isnull=True)
        .first(),
        afgeronde_heronderzoeken=list(
            Heronderzoek.objects.zichtbaar_voor(user)
            .filter(inwoner=inwoner, afgerond_op__isnull=False)
            .select_related("berekening", "afgerond_door")[:5]
        ),
    )


def samenvatting(user, inwoner: Inwoner) -> Berekening | None:
    """The current calculation for the dossier card; None also when the user may not see finances."""
    huidig = (
        HuidigeBerekening.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .select_related("berekening")
        .only(*(f"berekening__{v}" for v in ("id", "uitkering", "recht", "peildatum", "berekend_op", "inwoner_id")))
        .first()
    )
    return huidig.berekening if huidig else None


def herberekeningen(user):
    if not user.gemeente_id:
        return Herberekening.objects.none()
    return Herberekening.objects.filter(gemeente_id=user.gemeente_id).select_related("gestart_door", "taak")


@dataclass(frozen=True)
class NietBerekendRegel:
    """A refused inwoner as one user may see it: name and dossier link only when that user may open the dossier."""

    inwoner_id: int
    team: str
    reden: str
    naam: str | None


def niet_berekend(user, herberekening: Herberekening, *, pagina=1, per_pagina: int = 50):
    """One page of the inwoners a herberekening could not calculate, with the reason each: (page, rows)."""
    pagina_ = Paginator(herberekening.niet_berekend.select_related("inwoner__team"), per_pagina).get_page(pagina)
    ids = [n.inwoner_id for n in pagina_]
    zichtbaar = set(Inwoner.objects.zichtbaar_voor(user).filter(pk__in=ids).values_list("pk", flat=True))
    regels = [
        NietBerekendRegel(
            n.inwoner_id,
            n.inwoner.team.naam if n.inwoner.team_id else "",
            n.reden,
            str(n.inwoner) if n.inwoner_id in zichtbaar else None,
        )
        for n in pagina_
    ]
    return pagina_, regels


def hoorzittingen(user, inwoner: Inwoner) -> list[Horen]:
    return list(Horen.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("vastgelegd_door")[:20])


def maatregelen(user, inwoner: Inwoner):
    return (
        Maatregel.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .select_related("horen", "voorgesteld_door", "besloten_door", "beschikking")
        .defer("beschikking__pdf")
    )
