"""Every inwoner the engine refuses is listed with the reason; names and dossier links only for who may see them."""

import pytest

from regie.apps.inkomen.herberekening import start_herberekening
from regie.apps.inkomen.models import NietBerekend
from regie.apps.taken import runner

from .conftest import PEILDATUM

pytestmark = pytest.mark.django_db


def test_refused_inwoners_listed_with_reason_and_dossier_link(
    client, beheerder, teamleider, inwoners, maak_inwoner, ander_team
):
    from datetime import date

    ander_team_inwoner = maak_inwoner(team=ander_team, achternaam="Buitenteam", geboortedatum=date(2026, 6, 1))
    h = start_herberekening(door=teamleider, peildatum=PEILDATUM, plannen=False)
    runner.voer_uit(h.taak_id)
    geweigerd = {inwoners[-2].pk, inwoners[-1].pk, ander_team_inwoner.pk}
    assert set(NietBerekend.objects.filter(herberekening=h).values_list("inwoner_id", flat=True)) == geweigerd
    assert all("ligt na de peildatum" in n.reden for n in NietBerekend.objects.all())

    client.force_login(teamleider)
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    for eigen in inwoners[-2:]:  # the teamleider's own team: name, link to the dossier, reason
        assert f'href="/caseload/inwoners/{eigen.pk}/">{eigen}</a>' in pagina
    assert "aanvrager.geboortedatum: ligt na de peildatum (2026-01-01)" in pagina
    # Outside their team: the dossier number only, no name and no link they could not follow.
    assert f"dossiernummer {ander_team_inwoner.pk}" in pagina and "Buitenteam" not in pagina
    assert f'href="/caseload/inwoners/{ander_team_inwoner.pk}/"' not in pagina
    assert "niet te berekenen: 3" in pagina and "Team Zuid" in pagina

    client.force_login(beheerder)  # sees no inwoner at all (architecture: beheerder sees no dossiers)
    pagina = client.get(f"/herberekening/{h.pk}/").content.decode()
    assert all(f"dossiernummer {pk}" in pagina for pk in geweigerd)
    assert not any(str(i) in pagina for i in inwoners[-2:]) and "/caseload/inwoners/" not in pagina


def test_refused_list_is_paged(client, teamleider, maak_inwoner, klantmanager):
    from datetime import date

    for _ in range(55):
        maak_inwoner(klantmanager=klantmanager, geboortedatum=date(2026, 7, 1))
    h = start_herberekening(door=teamleider, peildatum=PEILDATUM, plannen=False)
    runner.voer_uit(h.taak_id)
    client.force_login(teamleider)
    eerste = client.get(f"/herberekening/{h.pk}/").content.decode()
    tweede = client.get(f"/herberekening/{h.pk}/?pagina=2").content.decode()
    assert "Pagina 1 van 2" in eerste and "Pagina 2 van 2" in tweede
    assert eerste.count("ligt na de peildatum") == 50 and tweede.count("ligt na de peildatum") == 5
    assert client.get(f"/herberekening/{h.pk}/?pagina=xyz").status_code == 200  # bad input: first page, no 500
