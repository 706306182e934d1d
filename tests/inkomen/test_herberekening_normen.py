"""The herberekening refuses a peildatum past the known norm tables before it starts (norm validity)."""

import re

import pytest

from regie.apps.inkomen.models import Herberekening

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("peildatum", ["2026-07-01", "2026-09-01", "2030-06-01"])
def test_herberekening_weigert_een_datum_na_de_bekende_normen(client, beheerder, peildatum):
    client.force_login(beheerder)
    response = client.post("/herberekening/", {"peildatum": peildatum})
    pagina = response.content.decode()
    assert response.status_code == 400
    assert f"voor {peildatum} zijn de normen nog niet bekend" in pagina
    assert "2026-01-01" in pagina and "2026-06-30" in pagina
    assert not Herberekening.objects.exists()


def test_herberekening_start_op_de_laatste_dag_van_de_laatste_tabel(client, beheerder):
    client.force_login(beheerder)
    response = client.post("/herberekening/", {"peildatum": "2026-06-30"})
    assert response.status_code == 302
    assert Herberekening.objects.get().peildatum.isoformat() == "2026-06-30"


def test_klantmanager_krijgt_een_datum_na_de_bekende_normen_niet_als_berekening(maak_inwoner, klantmanager, inloggen):
    from datetime import date

    from regie.apps.inkomen.models import Berekening

    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    client = inloggen(klantmanager)
    url = f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/bereken/"
    response = client.post(url, {"peildatum": "2026-09-01"})
    pagina = response.content.decode()
    assert response.status_code == 400
    assert "voor 2026-09-01 zijn de normen nog niet bekend" in pagina and "2026-06-30" in pagina
    assert not Berekening.objects.exists()
    # The form never offers a date past the last table as its default.
    formulier = client.get(f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/").content.decode()
    veld = re.search(r'<input[^>]*name="peildatum"[^>]*>', formulier)
    assert veld is not None
    waarde = re.search(r'value="([0-9-]+)"', veld.group(0))
    assert waarde is not None and waarde.group(1) <= "2026-06-30"
