"""Read queries for the caseload and the dossier. Every query of personal data starts from ``zichtbaar_voor``."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak, standaard_activiteit
from regie.apps.audit.models import Resultaat
from regie.apps.audit.services import log_inzage, log_verwerking

from .models import Contactmoment, Huisgenoot, Huishouden, Inwoner, Toewijzing
from .validators import normaliseer_bsn

SORTERINGEN = {
    "naam": ("achternaam", "voornamen", "pk"),
    "-naam": ("-achternaam", "-voornamen", "-pk"),
    "geboortedatum": ("geboortedatum", "pk"),
    "-geboortedatum": ("-geboortedatum", "-pk"),
    "laatste_contact": ("laatste_contact", "pk"),
    "-laatste_contact": ("-laatste_contact", "-pk"),
    "wijk": ("wijk__naam", "achternaam", "pk"),
    "-wijk": ("-wijk__naam", "-achternaam", "-pk"),
}
STANDAARD_SORTERING = "naam"
MAX_ID = 2**63 - 1  # the largest primary key (BigAutoField) on every supported database


def toont_hele_team(user, *, gevraagd: bool) -> bool:
    """A teamleider always looks at the whole team; a klantmanager may ask for it; a krachtcoach has no team view."""
    if mag_taak(user, Taak.TEAMWEERGAVE_KIEZEN):
        return gevraagd
    return mag_taak(user, Taak.HELE_TEAM)


def caseload(user, *, zoek: str = "", sortering: str = STANDAARD_SORTERING, alleen_eigen: bool = True) -> QuerySet:
    """The inwoners a user works with, searched and sorted. ``alleen_eigen`` narrows a team view to own caseload."""
    inwoners = Inwoner.objects.zichtbaar_voor(user)
    if alleen_eigen:
        inwoners = inwoners.in_caseload_van(user)
    zoek = (zoek or "").strip()
    if zoek:
        inwoners = inwoners.filter(_zoekfilter(zoek, op_bsn=mag(user, Actie.LEZEN, Categorie.IDENTIFICATIE)))
    return inwoners.select_related("wijk").order_by(*SORTERINGEN.get(sortering, SORTERINGEN[STANDAARD_SORTERING]))


def zoeksoort(zoek: str) -> str:
    """What a caseload search looks for: "bsn", "postcode" or "naam" (the log records the kind, never a BSN)."""
    bsn = normaliseer_bsn(zoek)
    if bsn.isdigit() and len(bsn) == 9:
        return "bsn"
    compact = zoek.replace(" ", "").upper()
    return "postcode" if len(compact) >= 4 and compact[:4].isdigit() else "naam"


def log_caseload(user, pagina, *, zoek: str = "", team_weergave: bool = False) -> None:
    """One log entry for a caseload page: a list read, or a search. A BSN search that finds one inwoner is logged
    against that inwoner's pseudonym, so they can see it; the BSN itself is never stored."""
    zoek = (zoek or "").strip()
    weergave = "teamcaseload" if team_weergave else "caseload"
    getoond = list(pagina.object_list)
    onderdeel = f"{weergave}: {len(getoond)} van {pagina.paginator.count} inwoners, pagina {pagina.number}"
    inwoner_id = None
    if zoek:
        soort = zoeksoort(zoek)
        onderdeel = f"{weergave} zoeken op {soort}: {pagina.paginator.count} gevonden"
        if soort == "bsn" and len(getoond) == 1:
            inwoner_id = getoond[0].pk
    log_verwerking(
        actor=user,
        actie="zoeken" if zoek else "lezen",
        categorie=("identificatie", "contact") if mag(user, Actie.LEZEN, Categorie.IDENTIFICATIE) else ("contact",),
        activiteit=standaard_activiteit(user),
        onderdeel=onderdeel,
        inwoner_id=inwoner_id,
    )


def _zoekfilter(zoek: str, *, op_bsn: bool) -> Q:
    """Name, postcode or, for whoever may see BSNs, a BSN; a krachtcoach searching by BSN finds no one."""
    bsn = normaliseer_bsn(zoek)
    if bsn.isdigit() and len(bsn) == 9:
        return Q(bsn=bsn) if op_bsn else Q(pk__in=[])
    compact = zoek.replace(" ", "").upper()
    if len(compact) >= 4 and compact[:4].isdigit():
        return Q(postcode__startswith=f"{compact[:4]} {compact[4:]}".strip())
    filters = Q()
    for woord in zoek.split():
        filters &= Q(achternaam__icontains=woord) | Q(voornamen__icontains=woord) | Q(tussenvoegsel__iexact=woord)
    return filters


@dataclass(frozen=True)
class Dossier:
    """What one user may see of one inwoner; sections a role may not see are None, not empty."""

    inwoner: Inwoner
    toewijzingen: list[Toewijzing]
    contactmomenten: list[Contactmoment]
    huishouden: Huishouden | None
    huishoudhistorie: list[Huishouden] | None

    @property
    def toont_huishouden(self) -> bool:
        return self.huishoudhistorie is not None


def bsn_elders_bekend(user, bsn: str) -> bool:
    """Whether ``bsn`` belongs to an inwoner this user may not see (another team or gemeente); such an attempt to
    register them again is logged as a refused read, so the teamleider can see who tried."""
    elders = Inwoner.objects.filter(bsn=bsn).exclude(pk__in=Inwoner.objects.zichtbaar_voor(user).values("pk"))
    inwoner_id = elders.values_list("pk", flat=True).first()
    if inwoner_id is None:
        return False
    log_inzage(
        actor=user,
        inwoner_id=inwoner_id,
        onderdeel="aanmelden: BSN al bekend buiten het eigen team",
        resultaat=Resultaat.GEWEIGERD,
    )
    return True


def zichtbare_inwoner(user, inwoner_id: int, *, onderdeel: str, pad: str = "") -> Inwoner:
    """Fetch one inwoner the user may see, logging the attempt either way; anything else is a 404."""
    try:
        inwoner = Inwoner.objects.zichtbaar_voor(user).select_related("wijk", "team").get(pk=inwoner_id)
    except Inwoner.DoesNotExist:
        # An id no database row can have (beyond the 64-bit range) is logged without it; the path still shows it.
        bestaanbaar = inwoner_id if 0 < inwoner_id <= MAX_ID else None
        log_inzage(actor=user, inwoner_id=bestaanbaar, onderdeel=onderdeel, resultaat=Resultaat.GEWEIGERD, pad=pad)
        raise Http404 from None
    log_inzage(actor=user, inwoner_id=inwoner.pk, onderdeel=onderdeel, pad=pad)
    return inwoner


def dossier(user, inwoner_id: int, *, pad: str = "") -> Dossier:
    toont_huishouden = mag(user, Actie.LEZEN, Categorie.HUISHOUDEN)
    onderdeel = (
        "dossier: persoon, huishouden, begeleiding, tijdlijn" if toont_huishouden else "dossier: persoon, tijdlijn"
    )
    inwoner = zichtbare_inwoner(user, inwoner_id, onderdeel=onderdeel, pad=pad)
    toewijzingen = list(
        Toewijzing.objects.zichtbaar_voor(user).actief().filter(inwoner=inwoner).select_related("medewerker")
    )
    contactmomenten = list(
        Contactmoment.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("medewerker")[:100]
    )
    historie = None
    huidig = None
    if toont_huishouden:
        historie = list(
            Huishouden.objects.zichtbaar_voor(user)
            .filter(inwoner=inwoner)
            .prefetch_related(Prefetch("huisgenoten", queryset=Huisgenoot.objects.order_by("relatie", "geboortedatum")))
        )
        huidig = next((h for h in historie if h.geldig_tot is None), historie[0] if historie else None)
    return Dossier(
        inwoner=inwoner,
        toewijzingen=toewijzingen,
        contactmomenten=contactmomenten,
        huishouden=huidig,
        huishoudhistorie=historie,
    )


def huidig_huishouden(user, inwoner: Inwoner) -> Huishouden | None:
    return (
        Huishouden.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner, geldig_tot__isnull=True)
        .prefetch_related("huisgenoten")
        .first()
    )


def huisgenoten_als_initial(huishouden: Huishouden | None) -> list[dict]:
    if huishouden is None:
        return []
    velden = ("relatie", "voornaam", "achternaam", "geboortedatum", "soort")
    return [{veld: getattr(lid, veld) for veld in velden} for lid in huishouden.huisgenoten.all()]
