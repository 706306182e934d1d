"""Read queries for rechtmatigheid; every one starts from ``zichtbaar_voor`` (none at all for a krachtcoach)."""

from dataclasses import dataclass, field

from django.utils import timezone

from regie.apps.dossier.models import Inwoner

from .models import Berekening, Herberekening, Inkomstenbron, Uitkeringsgegevens, Vermogensbestanddeel
from .vergelijking import Verschil, vergelijk


@dataclass(frozen=True)
class BerekeningMetVergelijking:
    berekening: Berekening | None
    vorige: Berekening | None
    verschillen: list[Verschil] = field(default_factory=list)


def laatste_berekening(user, inwoner: Inwoner) -> BerekeningMetVergelijking:
    laatste_twee = list(Berekening.objects.zichtbaar_voor(user).filter(inwoner=inwoner)[:2])
    if not laatste_twee:
        return BerekeningMetVergelijking(None, None)
    nieuw = laatste_twee[0]
    vorige = laatste_twee[1] if len(laatste_twee) > 1 else None
    verschillen = vergelijk(vorige.resultaat, nieuw.resultaat) if vorige else []
    return BerekeningMetVergelijking(nieuw, vorige, verschillen)


@dataclass(frozen=True)
class Rechtmatigheid:
    inkomstenbronnen: list[Inkomstenbron]
    vermogen: list[Vermogensbestanddeel]
    gegevens: Uitkeringsgegevens | None
    berekening: BerekeningMetVergelijking
    eerdere_berekeningen: list[Berekening]


def rechtmatigheid(user, inwoner: Inwoner) -> Rechtmatigheid:
    vandaag = timezone.localdate()
    return Rechtmatigheid(
        inkomstenbronnen=list(Inkomstenbron.objects.zichtbaar_voor(user).filter(inwoner=inwoner).geldig_op(vandaag)),
        vermogen=list(Vermogensbestanddeel.objects.zichtbaar_voor(user).filter(inwoner=inwoner).geldig_op(vandaag)),
        gegevens=Uitkeringsgegevens.objects.zichtbaar_voor(user).filter(inwoner=inwoner).first(),
        berekening=laatste_berekening(user, inwoner),
        eerdere_berekeningen=list(
            Berekening.objects.zichtbaar_voor(user).filter(inwoner=inwoner).select_related("berekend_door")[:12]
        ),
    )


def samenvatting(user, inwoner: Inwoner) -> Berekening | None:
    """The latest calculation for the dossier card; None also when the user may not see finances."""
    return (
        Berekening.objects.zichtbaar_voor(user)
        .filter(inwoner=inwoner)
        .only("pk", "uitkering", "recht", "peildatum", "berekend_op", "inwoner_id")
        .first()
    )


def herberekeningen(user):
    if not user.gemeente_id:
        return Herberekening.objects.none()
    return Herberekening.objects.filter(gemeente_id=user.gemeente_id).select_related("gestart_door")
