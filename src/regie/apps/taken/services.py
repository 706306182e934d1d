"""Starting, claiming, cancelling and recovering background jobs. Every state change is a conditional update.

A worker owns a job by its attempt number (``pogingen``): claiming increments it, and every later write of that
worker is conditional on it. A worker that was presumed dead and comes back finds its attempt superseded and stops
before writing anything, so two workers never write the same chunk.
"""

import logging
import os
import socket
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import DateTimeField, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from . import soorten
from .models import LOPEND, Status, Taak

logger = logging.getLogger(__name__)


def verlopen_na() -> timedelta:
    """A running job whose heartbeat is older than this is presumed dead (its process was killed)."""
    return timedelta(seconds=float(getattr(settings, "REGIE_TAAK_VERLOPEN_SECONDEN", 120)))


def max_pogingen() -> int:
    return int(getattr(settings, "REGIE_TAAK_MAX_POGINGEN", 5))


def wachttijd(poging: int) -> timedelta:
    """Exponential backoff before the next attempt: base, 2×base, 4×base, …"""
    basis = float(getattr(settings, "REGIE_TAAK_BACKOFF_SECONDEN", 30))
    return timedelta(seconds=basis * 2 ** max(0, poging - 1))


def werker_naam() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


class AlLopend(ValidationError):
    """A start refused because a job of the same kind already runs for this municipality."""

    def __init__(self, taak: Taak | None, tekst: str):
        super().__init__(tekst, code="al_lopend")
        self.taak = taak


def lopende_taak(soort: str, gemeente_id: int) -> Taak | None:
    return Taak.objects.filter(soort=soort, gemeente_id=gemeente_id, status__in=LOPEND).first()


def start(*, soort: str, gemeente_id: int, door, maak=None, plannen: bool = True) -> Taak:
    """Create a waiting job and hand it to a runner once committed.

    ``maak(taak)`` creates the kind's own record in the same transaction. The partial unique constraint makes
    simultaneous starts create one job; the others get :class:`AlLopend` naming the running one.
    """
    taaksoort = soorten.van(soort)
    herstel_vastgelopen(gemeente_id=gemeente_id)  # a job whose process died must not block a new start
    try:
        # The insert is the first statement of the transaction, so SQLite takes its write lock at once.
        with transaction.atomic():
            taak = Taak.objects.create(soort=soort, gemeente_id=gemeente_id, gestart_door=door)
            if maak is not None:
                maak(taak)
    except IntegrityError:
        lopend = lopende_taak(soort, gemeente_id)
        if lopend is None:
            raise
        raise AlLopend(lopend, str(taaksoort.al_lopend)) from None
    if plannen:  # False: the caller runs it itself (``runner.voer_uit``)
        from .runner import plan

        # robust: a broker that is down must not turn the start into an error; the job waits and is handed out later.
        transaction.on_commit(lambda: plan(taak.pk), robust=True)
    return taak


def annuleer(*, door, taak: Taak) -> Taak:
    """Cancel: a waiting job at once; a running one between two chunks (what is finished stays)."""
    if not soorten.van(taak.soort).mag_beheren(door, taak):
        raise PermissionDenied
    nu = timezone.now()
    tekst = _("Geannuleerd door %(wie)s.") % {"wie": door.get_full_name() or door.get_username()}
    direct = (
        Taak.objects.filter(pk=taak.pk)
        .filter(Q(status=Status.WACHTEND) | Q(status=Status.BEZIG, hartslag__lt=nu - verlopen_na()))
        .update(status=Status.GEANNULEERD, annuleren_gevraagd=True, klaar_op=nu, melding=tekst)
    )
    if not direct:
        gevraagd = Taak.objects.filter(pk=taak.pk, status=Status.BEZIG).update(annuleren_gevraagd=True, melding=tekst)
        if not gevraagd:
            raise ValidationError(_("Deze taak is al afgerond en kan niet meer worden geannuleerd."))
    taak.refresh_from_db()
    return taak


def herstel_vastgelopen(*, gemeente_id: int | None = None, plannen: bool = True) -> list[int]:
    """Find jobs whose worker died (stale heartbeat) or that nobody picked up, and put them back in line.

    Called by workers, by every start request and by the job pages, so a job is never silently lost. Returns the ids
    of the jobs put back in line.
    """
    nu = timezone.now()
    grens = nu - verlopen_na()
    basis = Taak.objects.all() if gemeente_id is None else Taak.objects.filter(gemeente_id=gemeente_id)
    hersteld = []
    for taak in basis.filter(status=Status.BEZIG, hartslag__lt=grens).only(
        "pk", "hartslag", "pogingen", "annuleren_gevraagd", "cursor"
    ):
        zelfde = Taak.objects.filter(pk=taak.pk, status=Status.BEZIG, hartslag=taak.hartslag)
        sinds = time_format(timezone.localtime(taak.hartslag), "H:i:s")
        if taak.annuleren_gevraagd:
            zelfde.update(status=Status.GEANNULEERD, klaar_op=nu)
        elif taak.pogingen >= max_pogingen():
            zelfde.update(
                status=Status.MISLUKT,
                klaar_op=nu,
                melding=_(
                    "De taak is %(n)s keer onderbroken (geen teken van leven sinds %(sinds)s) en wordt niet meer "
                    "hervat. Start een nieuwe; die begint opnieuw."
                )
                % {"n": taak.pogingen, "sinds": sinds},
            )
        elif zelfde.update(
            status=Status.WACHTEND,
            volgende_poging_op=nu,
            melding=_(
                "De verwerking was onderbroken (geen teken van leven sinds %(sinds)s). "
                "Ze gaat verder na het laatste afgeronde deel."
            )
            % {"sinds": sinds},
        ):
            logger.warning("Achtergrondtaak %s was vastgelopen en wordt hervat", taak.pk)
            hersteld.append(taak.pk)
    # Waiting jobs nobody picked up (the process that would run them died before it started): hand out again.
    for pk in basis.filter(status=Status.WACHTEND, volgende_poging_op__lt=grens).values_list("pk", flat=True):
        if Taak.objects.filter(pk=pk, status=Status.WACHTEND, volgende_poging_op__lt=grens).update(
            volgende_poging_op=nu
        ):
            hersteld.append(pk)
    if plannen and hersteld:
        from .runner import plan

        for pk in hersteld:
            transaction.on_commit(lambda pk=pk: plan(pk), robust=True)
    return hersteld


def claim(taak_id: int | None = None) -> tuple[int, int] | None:
    """Take a waiting job that is due (this one, or the next in line) for this process: (id, attempt) or None."""
    nu = timezone.now()
    with transaction.atomic():
        wachtrij = Taak.objects.filter(
            status=Status.WACHTEND, volgende_poging_op__lte=nu, annuleren_gevraagd=False
        ).order_by("volgende_poging_op", "pk")
        if taak_id is not None:
            wachtrij = wachtrij.filter(pk=taak_id)
        if connection.features.has_select_for_update_skip_locked:
            # PostgreSQL: workers polling at once each take a different job instead of queueing on one row.
            wachtrij = wachtrij.select_for_update(skip_locked=True)
        kandidaat = wachtrij.values_list("pk", flat=True).first()
        if kandidaat is None:
            return None
        genomen = Taak.objects.filter(pk=kandidaat, status=Status.WACHTEND, annuleren_gevraagd=False).update(
            status=Status.BEZIG,
            pogingen=F("pogingen") + 1,
            hartslag=nu,
            werker=werker_naam(),
            gestart_op=Coalesce(F("gestart_op"), Value(nu, output_field=DateTimeField())),
        )
        if not genomen:
            return None
        return kandidaat, Taak.objects.values_list("pogingen", flat=True).get(pk=kandidaat)
