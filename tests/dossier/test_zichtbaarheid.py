"""Who may see what: the queryset rules, the 404s, and what a krachtcoach never sees."""

from datetime import date

import pytest

from regie.apps.audit.models import Inzage, Resultaat
from regie.apps.dossier.models import (
    Contactmoment,
    Huisgenoot,
    Huishouden,
    Inwoner,
    Relatie,
    Samenstelling,
    SoortContact,
)

pytestmark = pytest.mark.django_db


def test_klantmanager_sees_own_team_only(maak_inwoner, klantmanager, ander_team):
    eigen = maak_inwoner(klantmanager=klantmanager)
    team_collega = maak_inwoner()
    ander = maak_inwoner(team=ander_team)
    zichtbaar = set(Inwoner.objects.zichtbaar_voor(klantmanager))
    assert zichtbaar == {eigen, team_collega}
    assert ander not in zichtbaar


def test_krachtcoach_sees_only_assigned_inwoners(maak_inwoner, klantmanager, krachtcoach):
    toegewezen = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    maak_inwoner(klantmanager=klantmanager)
    assert list(Inwoner.objects.zichtbaar_voor(krachtcoach)) == [toegewezen]


def test_ended_assignment_no_longer_gives_access(maak_inwoner, krachtcoach):
    inwoner = maak_inwoner(krachtcoach=krachtcoach)
    inwoner.toewijzingen.update(tot=date(2024, 6, 1))
    assert not Inwoner.objects.zichtbaar_voor(krachtcoach).exists()


def test_inwoner_sees_only_themself(maak_inwoner, gemeente):
    from tests.conftest import _gebruiker

    account = _gebruiker("inwoner", "inwoner", gemeente)
    zelf = maak_inwoner(account=account)
    maak_inwoner()
    assert list(Inwoner.objects.zichtbaar_voor(account)) == [zelf]


def test_beheerder_and_anonymous_see_no_personal_data(maak_inwoner, beheerder):
    from django.contrib.auth.models import AnonymousUser

    maak_inwoner()
    assert not Inwoner.objects.zichtbaar_voor(beheerder).exists()
    assert not Inwoner.objects.zichtbaar_voor(AnonymousUser()).exists()


def test_krachtcoach_never_gets_household_rows(maak_inwoner, krachtcoach):
    maak_inwoner(krachtcoach=krachtcoach)
    assert Huishouden.objects.count() == 1
    assert not Huishouden.objects.zichtbaar_voor(krachtcoach).exists()
    assert not Huisgenoot.objects.zichtbaar_voor(krachtcoach).exists()


def test_krachtcoach_sees_only_own_contact_notes(maak_inwoner, klantmanager, krachtcoach):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    for auteur in (klantmanager, krachtcoach):
        Contactmoment.objects.create(
            inwoner=inwoner,
            medewerker=auteur,
            datum=date(2025, 1, 2),
            soort=SoortContact.GESPREK,
            duur_minuten=30,
            samenvatting=f"notitie {auteur}",
        )
    assert [c.medewerker for c in Contactmoment.objects.zichtbaar_voor(krachtcoach)] == [krachtcoach]
    assert Contactmoment.objects.zichtbaar_voor(klantmanager).count() == 2


def test_krachtcoach_gets_404_outside_assignment_and_refusal_is_logged(maak_inwoner, krachtcoach, inloggen):
    buiten = maak_inwoner()
    response = inloggen(krachtcoach).get(f"/caseload/inwoners/{buiten.pk}/")
    assert response.status_code == 404
    rij = Inzage.objects.get()
    assert (rij.actor, rij.inwoner_id, rij.resultaat) == (krachtcoach, buiten.pk, Resultaat.GEWEIGERD)


def test_krachtcoach_dossier_shows_no_household_or_financial_data(maak_inwoner, klantmanager, krachtcoach, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    huishouden = inwoner.huishoudens.get()
    huishouden.samenstelling = Samenstelling.GEHUWD
    huishouden.save()
    Huisgenoot.objects.create(
        huishouden=huishouden, relatie=Relatie.PARTNER, voornaam="Partnernaam", geboortedatum=date(1980, 1, 1)
    )
    Contactmoment.objects.create(
        inwoner=inwoner,
        medewerker=klantmanager,
        datum=date(2025, 1, 2),
        soort=SoortContact.GESPREK,
        duur_minuten=30,
        samenvatting="Inkomsten en vermogen besproken",
    )

    response = inloggen(krachtcoach).get(f"/caseload/inwoners/{inwoner.pk}/")
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert inwoner.achternaam in inhoud
    assert "Partnernaam" not in inhoud
    assert "Huishouden" not in inhoud
    assert "Gehuwd" not in inhoud
    assert "vermogen" not in inhoud
    assert Inzage.objects.get().onderdeel == "dossier: persoon, tijdlijn"


def test_klantmanager_dossier_shows_household_and_logs_what_was_shown(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    response = inloggen(klantmanager).get(f"/caseload/inwoners/{inwoner.pk}/")
    assert response.status_code == 200
    assert "Huishouden" in response.content.decode()
    rij = Inzage.objects.get()
    assert (rij.actor, rij.inwoner_id, rij.resultaat) == (klantmanager, inwoner.pk, Resultaat.GETOOND)
    assert "huishouden" in rij.onderdeel
    assert rij.pad == f"/caseload/inwoners/{inwoner.pk}/"


def test_klantmanager_of_other_team_gets_404(maak_inwoner, klantmanager, collega_ander_team, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    assert inloggen(collega_ander_team).get(f"/caseload/inwoners/{inwoner.pk}/").status_code == 404
    response = inloggen(collega_ander_team).post(
        f"/caseload/inwoners/{inwoner.pk}/contactmomenten/",
        {"datum": "2025-01-02", "soort": "gesprek", "duur_minuten": "30", "samenvatting": "x"},
    )
    assert response.status_code == 404
    assert not Contactmoment.objects.exists()


def test_beheerder_cannot_open_caseload(beheerder, inloggen):
    assert inloggen(beheerder).get("/caseload/").status_code == 403
