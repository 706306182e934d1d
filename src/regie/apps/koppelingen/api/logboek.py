"""Every API read goes into the processing log, with the application (or the person) as actor."""

from regie.apps.accounts import permissions
from regie.apps.audit.models import Resultaat
from regie.apps.audit.register import CATEGORIEEN, Actie
from regie.apps.audit.services import log_verwerking

# The log's categories are those of the register; the permission module's finer ones map onto them.
_IN_LOG = {"plaatsingen": "participatie", "toestemming": "participatie", "instrumenten": "plan"}


def logcategorieen(categorieen) -> list[str]:
    return sorted({c for c in (_IN_LOG.get(str(c), str(c)) for c in categorieen) if c in CATEGORIEEN})


def activiteit_van(request) -> str:
    from ..rechten import applicatie_van

    applicatie = applicatie_van(request)
    return applicatie.activiteit if applicatie else permissions.standaard_activiteit(request.user)


def log_lezen(request, *, resource: str, categorieen, inwoner_ids, actie=Actie.LEZEN, resultaat=Resultaat.GETOOND):
    """One entry per inwoner whose data was returned (so each inwoner finds it on their own page)."""
    categorie = logcategorieen(categorieen)
    for inwoner_id in sorted(set(inwoner_ids)):
        log_verwerking(
            actor=request.user,
            actie=actie,
            categorie=categorie,
            activiteit=activiteit_van(request),
            onderdeel=f"API: {resource}",
            inwoner_id=inwoner_id,
            resultaat=resultaat,
            pad=request.get_full_path()[:300],
        )
