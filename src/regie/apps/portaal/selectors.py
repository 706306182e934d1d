"""Reads for the portal and for the appointments and messages shown to professionals."""

from django.utils import timezone

from regie.apps.dossier.models import Inwoner

from .models import Afspraak, Bericht


def eigen_inwoner(user) -> Inwoner | None:
    """The inwoner record of a logged-in inwoner (None for anyone else)."""
    return Inwoner.objects.zichtbaar_voor(user).filter(account=user).first() if user.is_authenticated else None


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
