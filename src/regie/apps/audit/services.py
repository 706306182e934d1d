"""The one hook point for logging reads of personal data."""

from .models import Inzage, Resultaat


def log_inzage(
    *, actor, inwoner_id: int | None, onderdeel: str, resultaat: str = Resultaat.GETOOND, doel: str = "", pad: str = ""
) -> Inzage:
    return Inzage.objects.create(
        actor=actor,
        actor_rol=getattr(actor, "rol", ""),
        inwoner_id=inwoner_id,
        onderdeel=onderdeel,
        resultaat=resultaat,
        doel=doel[:200],
        pad=pad[:300],
    )
