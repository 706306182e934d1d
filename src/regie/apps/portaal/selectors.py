"""Reads for the portal and for the appointments and messages shown to professionals."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.apps.accounts.models import Rol
from regie.apps.audit.models import Inzage
from regie.apps.audit.register import ACTIE_VOOR_INWONER, CATEGORIEEN, Actie, register
from regie.apps.audit.services import pseudoniem
from regie.apps.dossier.models import Inwoner

from .models import Afspraak, Bericht


def eigen_inwoner(user) -> Inwoner | None:
    """The inwoner record of a logged-in inwoner (None for anyone else)."""
    return Inwoner.objects.zichtbaar_voor(user).filter(account=user).first() if user.is_authenticated else None


def berichten_van_inwoners(user, dagen: int) -> list:
    """Messages from the inwoners of the user's own caseload in the last ``dagen`` days (newest first), as signals
    for the klantmanager's inbox; only for who takes part in the message thread."""
    from datetime import timedelta

    from regie.apps.accounts.permissions import Actie as Handeling
    from regie.apps.accounts.permissions import Categorie, Voorwaarde, voorwaarde
    from regie.apps.inkomen.selectors import Signaal

    if voorwaarde(user, Handeling.LEZEN, Categorie.CONTACTNOTITIES) != Voorwaarde.ALTIJD:
        return []
    eigen = Inwoner.objects.zichtbaar_voor(user).in_caseload_van(user).values("pk")
    laatste = (
        Bericht.objects.zichtbaar_voor(user)
        .filter(inwoner__in=eigen, afzender_id=models.F("inwoner__account_id"))
        .filter(verstuurd_op__gte=timezone.now() - timedelta(days=dagen))
        .select_related("inwoner")
        .order_by("-verstuurd_op")[:50]
    )
    return [
        Signaal(
            b.inwoner,
            "bericht",
            timezone.localdate(b.verstuurd_op),
            _("Nieuw bericht: %(begin)s") % {"begin": b.tekst if len(b.tekst) <= 80 else b.tekst[:77] + "…"},
            f"bericht:{b.pk}",
        )
        for b in laatste
    ]


def afspraken(user, inwoner: Inwoner, *, alleen_komend: bool = True) -> list[Afspraak]:
    qs = Afspraak.objects.zichtbaar_voor(user).filter(inwoner=inwoner)
    if alleen_komend:
        qs = qs.filter(wanneer__gte=timezone.now())
    return list(qs[:20])


def berichten(user, inwoner: Inwoner) -> list[Bericht]:
    """The latest messages of the thread, oldest first."""
    laatste = (
        Bericht.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("afzender").order_by("-pk")[:30]
    )
    return list(reversed(list(laatste)))


@dataclass(frozen=True)
class Verwerking:
    """One line of "Wie heeft mijn gegevens bekeken", in plain Dutch: role and organisation, never a name."""

    tijdstip: datetime
    rol: str
    organisatie: str
    actie: str
    categorieen: list[str]
    waarom: str
    grondslag: str
    resultaat: str
    eigen: bool

    @property
    def datum(self) -> date:
        return timezone.localtime(self.tijdstip).date()

    @property
    def geweigerd(self) -> bool:
        return self.resultaat == "geweigerd"


def _volgorde(categorie: str) -> int:
    return CATEGORIEEN.index(categorie) if categorie in CATEGORIEEN else len(CATEGORIEEN)


def wie_heeft_bekeken(inwoner: Inwoner, *, limiet: int | None = None) -> list[Verwerking]:
    """Every log entry about this inwoner (found by pseudonym), newest first; their own visits to the portal are left
    out, their own downloads are kept."""
    reg = register()
    rollen = dict(Rol.choices)
    rijen = (
        Inzage.objects.van_pseudoniem(pseudoniem(inwoner.pk))
        .exclude(Q(actor_rol=Rol.INWONER) & ~Q(actie=Actie.EXPORTEREN))
        .order_by("-volgnummer")
        .values_list("tijdstip", "actor_rol", "organisatie", "actie", "categorie", "activiteit", "resultaat")
    )
    if limiet is not None:
        rijen = rijen[:limiet]
    uit = []
    for tijdstip, rol, organisatie, actie, categorie, activiteit, resultaat in rijen.iterator(chunk_size=2000):
        act = reg.activiteiten.get(activiteit)
        eigen = rol == Rol.INWONER
        uit.append(
            Verwerking(
                tijdstip=tijdstip,
                rol=str(_("U zelf")) if eigen else str(rollen.get(rol, rol)),
                organisatie="" if eigen else organisatie,
                actie=str(ACTIE_VOOR_INWONER.get(actie, actie)),
                categorieen=[
                    reg.categorie_in_woorden(c) for c in sorted(filter(None, categorie.split(",")), key=_volgorde)
                ],
                waarom=act.naam if act else activiteit,
                grondslag=act.grondslag if act else "",
                resultaat=resultaat,
                eigen=eigen,
            )
        )
    return uit


def per_datum(verwerkingen: list[Verwerking]) -> list[tuple[date, list[Verwerking]]]:
    dagen: dict[date, list[Verwerking]] = {}
    for v in verwerkingen:
        dagen.setdefault(v.datum, []).append(v)
    return list(dagen.items())
