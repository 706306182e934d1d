"""The kinds of background job. An app above this one registers its kind in its ``AppConfig.ready``.

A kind works in chunks of ids, in ascending order: ``volgende`` names the next chunk after the cursor, ``verwerk``
does the reading and calculating outside any transaction, and ``bewaar`` writes the chunk's results inside the
transaction that also advances the cursor. So a chunk is either wholly written with the cursor past it, or not at all,
and resuming after a crash never writes a chunk twice.
"""

from django.utils.translation import gettext_lazy as _


class Taaksoort:
    soort: str = ""
    naam = _("achtergrondtaak")
    al_lopend = _("Er loopt al een achtergrondtaak van deze soort. Wacht tot die klaar is, of annuleer die.")
    deel_grootte = 1000

    def mag_beheren(self, user, taak) -> bool:
        """May this user see the job's page and cancel it?"""
        return False

    def url(self, taak) -> str:
        raise NotImplementedError

    def totaal(self, taak) -> int:
        raise NotImplementedError

    def volgende(self, taak, cursor: int | None, grootte: int) -> list[int]:
        raise NotImplementedError

    def verwerk(self, taak, ids: list[int]):
        raise NotImplementedError

    def bewaar(self, taak, ids: list[int], uitkomst) -> None:
        raise NotImplementedError


_SOORTEN: dict[str, Taaksoort] = {}


def registreer(soort: Taaksoort) -> Taaksoort:
    _SOORTEN[soort.soort] = soort
    return soort


def van(naam: str) -> Taaksoort:
    try:
        return _SOORTEN[naam]
    except KeyError:
        raise LookupError(f"Onbekende soort achtergrondtaak: {naam!r}") from None
