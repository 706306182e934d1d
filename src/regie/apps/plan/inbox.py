"""The klantmanager's inbox on the werklijst: signals from their own caseload, filtered by kind and period, with
what they have already seen.

Signals come from several apps: rechtmatigheid (decisions, reported changes, exemptions ending, reviews due) from
inkomen, steps the inwoner ticked off from this app, and the inwoner's messages from the portal (through the
registry, as the portal sits above this app). Each signal has a stable key; a ``SignaalGelezen`` row per user and key
records that it was seen, so the menu shows how many are still unread.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.accounts.registry import dienst
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen import selectors as inkomen_selectors
from regie.apps.inkomen.selectors import Signaal

from .models import SignaalGelezen, Stap, StapStatus

SOORTEN = {
    "bericht": gettext_lazy("Berichten van de inwoner"),
    "stap": gettext_lazy("Stappen die de inwoner afvinkte"),
    "wijziging": gettext_lazy("Doorgegeven wijzigingen"),
    "besluit": gettext_lazy("Besluiten"),
    "ontheffing": gettext_lazy("Ontheffingen die aflopen"),
    "heronderzoek": gettext_lazy("Heronderzoeken"),
}
PERIODES = (7, 30, 90)
STANDAARD_PERIODE = 30


@dataclass(frozen=True)
class InboxRegel:
    signaal: Signaal
    gelezen: bool


def periode_uit(waarde) -> int:
    """The period asked for in the address, or the default: only the listed choices count."""
    try:
        dagen = int(waarde)
    except (TypeError, ValueError):
        return STANDAARD_PERIODE
    return dagen if dagen in PERIODES else STANDAARD_PERIODE


def soort_uit(waarde) -> str:
    return waarde if waarde in SOORTEN else ""


def _stappen_van_inwoner(user, dagen: int) -> list[Signaal]:
    """Steps the inwoner ticked off themself (in the portal) in the last ``dagen`` days."""
    sinds = timezone.localdate() - timedelta(days=dagen)
    eigen = Inwoner.objects.zichtbaar_voor(user).in_caseload_van(user).values("pk")
    door_inwoner = Stap.history.model.objects.filter(
        id=OuterRef("pk"), status=StapStatus.GEDAAN, history_user_id=OuterRef("doel__plan__inwoner__account_id")
    )
    stappen = (
        Stap.objects.zichtbaar_voor(user)
        .filter(status=StapStatus.GEDAAN, gedaan_op__gte=sinds, doel__plan__inwoner__in=eigen)
        .filter(Exists(door_inwoner))
        .select_related("doel__plan__inwoner")
        .order_by("-gedaan_op")[:50]
    )
    return [
        Signaal(
            s.doel.plan.inwoner,
            "stap",
            s.gedaan_op,
            _("Stap gedaan: %(wat)s") % {"wat": s.wat},
            f"stap:{s.pk}:{s.gedaan_op.isoformat()}",
        )
        for s in stappen
    ]


def signalen(user, *, dagen: int = STANDAARD_PERIODE, soort: str = "") -> list[Signaal]:
    """All signals of the user's own caseload in the period, newest first; empty for who has no worklist."""
    if not mag_taak(user, Taak.WERKLIJST):
        return []
    uit = list(inkomen_selectors.signalen(user, binnen_dagen=dagen)) if mag_taak(user, Taak.SIGNALEN) else []
    uit += _stappen_van_inwoner(user, dagen)
    uit += dienst("inbox_berichten", user, dagen, standaard=[])
    if soort:
        uit = [s for s in uit if s.soort == soort]
    return sorted(uit, key=lambda s: (s.datum, s.sleutel), reverse=True)


def _gelezen(user, sleutels) -> set[str]:
    return set(
        SignaalGelezen.objects.filter(gebruiker=user, sleutel__in=list(sleutels)).values_list("sleutel", flat=True)
    )


def inbox(user, *, dagen: int = STANDAARD_PERIODE, soort: str = "") -> list[InboxRegel]:
    lijst = signalen(user, dagen=dagen, soort=soort)
    gezien = _gelezen(user, (s.sleutel for s in lijst))
    return [InboxRegel(s, s.sleutel in gezien) for s in lijst]


# The menu shows the count on every page; it is worked out at most once a minute per user, and again at once after
# the user marks signals read or a row that can bring a signal is saved, so a page view does not gather the whole
# inbox. The werklijst itself is always fresh.
ONGELEZEN_SECONDEN = 60


# Models whose new or changed rows can bring a signal; a save of any of them starts a new generation of counts.
BRONNEN = {
    "portaal.Bericht",
    "plan.Stap",
    "inkomen.Wijziging",
    "inkomen.Maatregel",
    "inkomen.Beschikking",
    "inkomen.Ontheffing",
    "inkomen.Heronderzoek",
}
_GENERATIE = "regie:inbox:generatie"


def _ongelezen_sleutel(user) -> str:
    return f"regie:inbox:ongelezen:{user.pk}:{cache.get_or_set(_GENERATIE, 0, None)}"


def nieuwe_generatie(sender, **kwargs) -> None:
    """A row that can bring a signal was saved: every remembered count is counted again on the next page."""
    if sender._meta.label in BRONNEN:
        try:
            cache.incr(_GENERATIE)
        except ValueError:  # no generation yet (an empty or restarted cache)
            cache.set(_GENERATIE, 1, None)


def ongelezen(user) -> int:
    """How many signals of the default period the user has not seen yet (the count in the menu)."""
    aantal = cache.get(_ongelezen_sleutel(user))
    if aantal is None:
        aantal = _tel_ongelezen(user)
        cache.set(_ongelezen_sleutel(user), aantal, ONGELEZEN_SECONDEN)
    return aantal


def _tel_ongelezen(user) -> int:
    lijst = signalen(user)
    if not lijst:
        return 0
    return len({s.sleutel for s in lijst} - _gelezen(user, (s.sleutel for s in lijst)))


def markeer_gelezen(user, sleutels) -> int:
    """Record that the user saw these signals; only keys of their own current signals count. Safe when two
    requests mark the same signal at once (the unique constraint decides, the second is a no-op)."""
    bekend = {s.sleutel for s in signalen(user, dagen=max(PERIODES))}
    nieuw = (set(sleutels) & bekend) - _gelezen(user, set(sleutels) & bekend)
    for sleutel in sorted(nieuw):
        try:
            with transaction.atomic():
                SignaalGelezen.objects.create(gebruiker=user, sleutel=sleutel)
        except IntegrityError:
            continue
    cache.delete(_ongelezen_sleutel(user))
    return len(nieuw)
