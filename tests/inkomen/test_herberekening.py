from datetime import date

import pytest

from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen.models import Berekening, Herberekening
from regie.apps.taken.models import Status, Taak

pytestmark = pytest.mark.django_db


def test_recalculation_of_the_whole_municipality_runs_in_background_with_progress(
    client, django_capture_on_commit_callbacks
):
    DemoGenerator(inwoners=60, seed=4).maak()
    from regie.apps.accounts.models import Gebruiker

    client.force_login(Gebruiker.objects.get(username="beheerder"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/herberekening/", {"peildatum": "2026-01-01"})
    h = Herberekening.objects.select_related("taak").get()
    assert response.status_code == 302 and response["Location"] == f"/herberekening/{h.pk}/"
    assert (h.taak.status, h.taak.totaal, h.taak.verwerkt) == (Status.KLAAR, 60, 60)
    assert Berekening.objects.filter(herberekening=h).count() + h.fouten == 60
    assert Berekening.objects.values("inwoner").distinct().count() == Inwoner.objects.count() - h.fouten

    voortgang = client.get(f"/herberekening/{h.pk}/", HTTP_HX_REQUEST="true")
    assert "60 van 60 verwerkt" in voortgang.content.decode() and "every 1s" not in voortgang.content.decode()
    assert voortgang["HX-Refresh"] == "true"  # finished: polling stops, the page reloads with the final list

    # After new norms (2025-07 → 2026-01), every benefit with a right changes, and the count says so.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/herberekening/", {"peildatum": "2025-07-01"})
    tweede = Herberekening.objects.exclude(pk=h.pk).get()
    assert tweede.gewijzigd > 0


def test_running_recalculation_blocks_a_second_and_shows_polling(client, beheerder):
    from django.utils import timezone

    taak = Taak.objects.create(
        soort="herberekening",
        gemeente=beheerder.gemeente,
        status=Status.BEZIG,
        totaal=100,
        verwerkt=40,
        hartslag=timezone.now(),
        pogingen=1,
    )
    h = Herberekening.objects.create(
        gemeente=beheerder.gemeente, taak=taak, peildatum=date(2026, 1, 1), gestart_door=beheerder
    )
    client.force_login(beheerder)
    response = client.post("/herberekening/", {"peildatum": "2026-01-01"})
    inhoud = response.content.decode()
    assert response.status_code == 400 and "Er loopt al een herberekening" in inhoud
    assert f'href="/herberekening/{h.pk}/"' in inhoud  # the refusal links to the running one
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert "every 1s" in pagina and 'value="40"' in pagina
    assert Taak.objects.count() == 1


def test_klantmanager_cannot_start_recalculation(client, klantmanager):
    client.force_login(klantmanager)
    assert client.get("/herberekening/").status_code == 403
