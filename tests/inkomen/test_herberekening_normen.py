"""The herberekening refuses a peildatum past the known norm tables before it starts (norm validity)."""

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
