"""Recalculating a whole municipality as a background job (``regie.apps.taken``), chunk by chunk.

Each chunk reads the cases of up to ``deel_grootte`` inwoners and calculates them outside any transaction; then, in
one transaction with the job's cursor, stores the calculations, moves each inwoner's pointer to the current one,
records the inwoners the engine refused and adds to the counts. A crash never leaves half a chunk, and a resumed job
starts after the last stored chunk, so no inwoner is calculated twice by one herberekening.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie import rules
from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.dossier.models import Inwoner
from regie.apps.taken import services as taken
from regie.apps.taken.runner import voer_uit
from regie.apps.taken.soorten import Taaksoort

from .casus import casussen
from .models import Aanleiding, Herberekening, NietBerekend
from .services import _berekening, zet_huidig

SOORT = "herberekening"


def mag_herberekenen(user) -> bool:
    return mag_taak(user, Taak.HERBEREKENING) and bool(user.gemeente_id)


class HerberekeningSoort(Taaksoort):
    soort = SOORT
    naam = gettext_lazy("herberekening")
    al_lopend = gettext_lazy("Er loopt al een herberekening. Wacht tot die klaar is, of annuleer die.")
    deel_grootte = 2000

    def mag_beheren(self, user, taak) -> bool:
        return mag_herberekenen(user) and user.gemeente_id == taak.gemeente_id

    def url(self, taak) -> str:
        return reverse("inkomen:herberekening", args=[taak.herberekening.pk])

    def totaal(self, taak) -> int:
        return Inwoner.objects.filter(gemeente_id=taak.gemeente_id).count()

    def volgende(self, taak, cursor, grootte) -> list[int]:
        inwoners = Inwoner.objects.filter(gemeente_id=taak.gemeente_id)
        if cursor is not None:
            inwoners = inwoners.filter(pk__gt=cursor)
        return list(inwoners.order_by("pk").values_list("pk", flat=True)[:grootte])

    def verwerk(self, taak, ids):
        herberekening = taak.herberekening
        nieuwe, geweigerd = [], []
        for inwoner_id, casus in casussen(ids, herberekening.peildatum).items():
            try:
                resultaat = rules.bereken(rules.case_from_dict(casus))
            except (rules.InvoerFout, rules.NormenFout) as fout:
                geweigerd.append(NietBerekend(herberekening=herberekening, inwoner_id=inwoner_id, reden=str(fout)))
                continue
            nieuwe.append(
                _berekening(
                    inwoner_id, casus, resultaat, aanleiding=Aanleiding.HERBEREKENING, herberekening=herberekening
                )
            )
        return nieuwe, geweigerd

    def bewaar(self, taak, ids, uitkomst) -> None:
        nieuwe, geweigerd = uitkomst
        gewijzigd = zet_huidig(nieuwe)
        NietBerekend.objects.bulk_create(geweigerd, batch_size=500)
        Herberekening.objects.filter(taak_id=taak.pk).update(
            gewijzigd=F("gewijzigd") + gewijzigd, fouten=F("fouten") + len(geweigerd)
        )


def start_herberekening(*, door, peildatum: date, plannen: bool = True) -> Herberekening:
    """Start recalculating every inwoner of the user's municipality; refused while one runs (database-enforced)."""
    if not mag_herberekenen(door):
        raise PermissionDenied(_("Alleen een functioneel beheerder of teamleider start een herberekening."))
    try:
        rules.standaard_normen().tabel_voor(peildatum)  # a date before the first norm table is refused up front
    except rules.NormenFout as fout:
        raise ValidationError({"peildatum": str(fout)}) from fout
    gemaakt = []

    def maak(taak):
        gemaakt.append(
            Herberekening.objects.create(
                gemeente_id=taak.gemeente_id, taak=taak, peildatum=peildatum, gestart_door=door
            )
        )

    taken.start(soort=SOORT, gemeente_id=door.gemeente_id, door=door, maak=maak, plannen=plannen)
    return gemaakt[0]


def herbereken_in_dit_proces(*, door, peildatum: date, voortgang=None) -> Herberekening:
    """For commands (the demo, the benchmark): record the job as usual, then run it here, reporting progress."""
    herberekening = start_herberekening(door=door, peildatum=peildatum, plannen=False)
    voer_uit(herberekening.taak_id, voortgang=voortgang)
    herberekening.refresh_from_db()
    return herberekening
