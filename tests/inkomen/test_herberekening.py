from datetime import date

import pytest

from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen.models import Berekening, Herberekening, Status

pytestmark = pytest.mark.django_db


def test_recalculation_of_the_whole_municipality_runs_in_background_with_progress(
    client, django_capture_on_commit_callbacks
):
    DemoGenerator(inwoners=60, seed=4).maak()
    from regie.apps.accounts.models import Gebruiker

    client.force_login(Gebruiker.objects.get(username="beheerder"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/herberekening/", {"peildatum": "2026-01-01"})
    taak = Herberekening.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/herberekening/{taak.pk}/"
    assert (taak.status, taak.totaal, taak.verwerkt) == (Status.KLAAR, 60, 60)
    assert Berekening.objects.filter(herberekening=taak).count() + taak.fouten == 60
    assert Berekening.objects.values("inwoner").distinct().count() == Inwoner.objects.count() - taak.fouten

    voortgang = client.get(f"/herberekening/{taak.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "60 van 60 inwoners" in voortgang and "every 1s" not in voortgang  # finished: polling stops

    # After new norms (2025-07 → 2026-01), every benefit with a right changes, and the count says so.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/herberekening/", {"peildatum": "2025-07-01"})
    tweede = Herberekening.objects.exclude(pk=taak.pk).get()
    assert tweede.gewijzigd > 0


def test_running_recalculation_blocks_a_second_and_shows_polling(client, beheerder):
    Herberekening.objects.create(
        gemeente=beheerder.gemeente,
        peildatum=date(2026, 1, 1),
        gestart_door=beheerder,
        status=Status.BEZIG,
        totaal=100,
        verwerkt=40,
    )
    client.force_login(beheerder)
    response = client.post("/herberekening/", {"peildatum": "2026-01-01"})
    assert response.status_code == 400 and "Er loopt al een herberekening" in response.content.decode()
    pagina = client.get(f"/herberekening/{Herberekening.objects.get().pk}/").content.decode()
    assert "every 1s" in pagina and 'value="40"' in pagina


def test_klantmanager_cannot_start_recalculation(client, klantmanager):
    client.force_login(klantmanager)
    assert client.get("/herberekening/").status_code == 403
