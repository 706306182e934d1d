"""Who sees and changes which part of a plan: own plan for the inwoner, team for professionals, no medical
obstacles for the krachtcoach."""

import pytest
from django.core.exceptions import PermissionDenied

from regie.apps.audit.models import Inzage
from regie.apps.plan import selectors, services
from regie.apps.plan.models import Belemmering, Doel, Stap

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan_met_alles(maak_inwoner, klantmanager, krachtcoach):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach, voornamen="Sanne")
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Weer elke dag naar buiten", belang=8, vertrouwen=5
    )
    services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Rondje door het park met de buurvrouw")
    services.leg_belemmering_vast(
        door=klantmanager,
        inwoner=inwoner,
        soort="gezondheid",
        omschrijving="Herstelt van een hernia",
        wat_helpt="Fysiotherapie afmaken",
        medisch=True,
    )
    services.leg_belemmering_vast(
        door=klantmanager,
        inwoner=inwoner,
        soort="kinderopvang",
        omschrijving="Geen opvang op woensdag",
        wat_helpt="Plek bij de BSO",
    )
    return inwoner


def _plan(inwoner):
    return f"/caseload/inwoners/{inwoner.pk}/plan/"


def test_klantmanager_sees_goals_steps_and_all_obstacles(plan_met_alles, klantmanager, inloggen):
    pagina = inloggen(klantmanager).get(_plan(plan_met_alles)).content.decode()
    assert "Weer elke dag naar buiten" in pagina and "Rondje door het park met de buurvrouw" in pagina
    assert "Herstelt van een hernia" in pagina and "Geen opvang op woensdag" in pagina
    assert Inzage.objects.filter(
        actor=klantmanager, inwoner_id=plan_met_alles.pk, onderdeel__startswith="plan"
    ).exists()


def test_krachtcoach_sees_only_shared_goals_and_steps_and_no_obstacles(plan_met_alles, krachtcoach, inloggen):
    client = inloggen(krachtcoach)
    response = client.get(_plan(plan_met_alles))
    pagina = response.content.decode()
    assert response.status_code == 200
    assert "Weer elke dag naar buiten" not in pagina and "Rondje door het park" not in pagina
    Doel.objects.filter(plan__inwoner=plan_met_alles).update(gedeeld_met_krachtcoach=True)
    pagina = client.get(_plan(plan_met_alles)).content.decode()
    assert "Weer elke dag naar buiten" in pagina and "Rondje door het park met de buurvrouw" in pagina
    # Obstacles are the klantmanager's instrument; health ones are health data whatever box was ticked.
    assert "Geen opvang op woensdag" not in pagina
    assert "hernia" not in pagina and "Fysiotherapie" not in pagina
    assert not Belemmering.objects.zichtbaar_voor(krachtcoach).exists()
    assert "Berichten" not in pagina  # messages may be about income: not for the krachtcoach


def test_krachtcoach_not_assigned_sees_nothing(plan_met_alles, gemeente, inloggen):
    from regie.apps.accounts.models import Rol
    from tests.conftest import _gebruiker

    andere_coach = _gebruiker("coach2", Rol.KRACHTCOACH, gemeente, organisatie="Elders")
    assert inloggen(andere_coach).get(_plan(plan_met_alles)).status_code == 404
    assert not Doel.objects.zichtbaar_voor(andere_coach).exists()
    assert not Stap.objects.zichtbaar_voor(andere_coach).exists()


def test_other_team_and_beheerder_see_nothing(plan_met_alles, collega_ander_team, beheerder, client):
    for user in (collega_ander_team, beheerder):
        client.force_login(user)
        assert client.get(_plan(plan_met_alles)).status_code == 404
        assert not Doel.objects.zichtbaar_voor(user).exists()
        assert not Belemmering.objects.zichtbaar_voor(user).exists()
        assert selectors.dossier_kaart(user, plan_met_alles) is None
        assert selectors.plan_samenvatting(user, plan_met_alles) is None


def test_teamleider_reads_but_does_not_write(plan_met_alles, teamleider, inloggen):
    client = inloggen(teamleider)
    assert "Weer elke dag naar buiten" in client.get(_plan(plan_met_alles)).content.decode()
    response = client.post(
        f"{_plan(plan_met_alles)}doel/",
        {"doel-eigen_woorden": "Iets van de teamleider", "doel-belang": "5", "doel-vertrouwen": "5"},
    )
    assert response.status_code == 403
    assert not Doel.objects.filter(eigen_woorden="Iets van de teamleider").exists()


def test_inwoner_cannot_change_someone_elses_plan(plan_met_alles, maak_inwoner, maak_account, klantmanager):
    account = maak_account()
    eigen = maak_inwoner(klantmanager=klantmanager, account=account)
    doel = Doel.objects.get(plan__inwoner=plan_met_alles)
    with pytest.raises(PermissionDenied):
        services.voeg_stap_toe(door=account, doel=doel, wat="Stiekem een stap")
    with pytest.raises(PermissionDenied):
        services.voeg_doel_toe(door=account, inwoner=plan_met_alles, eigen_woorden="x", belang=1, vertrouwen=1)
    assert not Doel.objects.zichtbaar_voor(account).exists()
    services.voeg_doel_toe(door=account, inwoner=eigen, eigen_woorden="Mijn eigen doel", belang=6, vertrouwen=6)
    assert list(Doel.objects.zichtbaar_voor(account).values_list("eigen_woorden", flat=True)) == ["Mijn eigen doel"]


def test_only_klantmanager_records_obstacles(plan_met_alles, krachtcoach):
    with pytest.raises(PermissionDenied):
        services.leg_belemmering_vast(
            door=krachtcoach, inwoner=plan_met_alles, soort="taal", omschrijving="x", wat_helpt="y"
        )


def test_dossier_card_shows_plan_for_the_krachtcoach_without_medical(plan_met_alles, krachtcoach, klantmanager):
    from django.template.loader import render_to_string

    Doel.objects.filter(plan__inwoner=plan_met_alles).update(gedeeld_met_krachtcoach=True)
    kaart = selectors.dossier_kaart(krachtcoach, plan_met_alles)
    html = render_to_string("plan/_dossier_kaart.html", {"doelmatigheid": kaart})
    assert "Weer elke dag naar buiten" in html and "belang 8, vertrouwen 5" in html
    assert "Rondje door het park" in html and "Geen opvang op woensdag" not in html and "hernia" not in html
    html_km = render_to_string(
        "plan/_dossier_kaart.html", {"doelmatigheid": selectors.dossier_kaart(klantmanager, plan_met_alles)}
    )
    assert "Herstelt van een hernia" in html_km
    assert render_to_string("plan/_dossier_kaart.html", {"doelmatigheid": None}).strip() == ""


def test_plan_summary_reads_as_one_line_next_to_a_maatregel(plan_met_alles, klantmanager, maak_inwoner):
    from datetime import date

    services.leg_laddermeting_vast(
        door=klantmanager, inwoner=plan_met_alles, datum=date(2026, 1, 5), moment="intake", trede=3
    )
    samenvatting = selectors.plan_samenvatting(klantmanager, plan_met_alles)
    assert str(samenvatting) == (
        "Doelen (belang/vertrouwen): “Weer elke dag naar buiten” (8/5). 1 open stappen, 0 gedaan. "
        "participatieladder: 3. Meedoen aan georganiseerde activiteiten."
    )
    leeg = selectors.plan_samenvatting(klantmanager, maak_inwoner(klantmanager=klantmanager))
    assert not leeg and str(leeg) == "Nog geen plan."
