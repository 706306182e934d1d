"""The inwoner's portal: their own plan only, goals in their words, steps, rulers, appointments and messages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from regie.apps.audit.models import Inzage
from regie.apps.plan import services as plan_services
from regie.apps.plan.models import Checkin, Doel, Stap
from regie.apps.portaal import services
from regie.apps.portaal.models import Afspraak, Bericht

pytestmark = pytest.mark.django_db


@pytest.fixture
def eigen(maak_inwoner, klantmanager, maak_account):
    return maak_inwoner(klantmanager=klantmanager, account=maak_account(), voornamen="Fatima")


@pytest.fixture
def buurman(maak_inwoner, klantmanager):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Kees")
    doel = plan_services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Geheim doel van Kees", belang=5, vertrouwen=5
    )
    plan_services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Stap van Kees")
    return inwoner


def test_login_lands_on_the_portal_with_own_plan_only(eigen, buurman, klantmanager, client):
    plan_services.voeg_doel_toe(
        door=klantmanager, inwoner=eigen, eigen_woorden="Zwemdiploma voor mijn dochter", belang=10, vertrouwen=7
    )
    client.force_login(eigen.account)
    assert client.get("/").url == "/portaal/"
    pagina = client.get("/portaal/").content.decode()
    assert "Welkom, Fatima" in pagina and "Zwemdiploma voor mijn dochter" in pagina
    assert "Geheim doel van Kees" not in pagina and "Stap van Kees" not in pagina
    assert Inzage.objects.filter(actor=eigen.account, inwoner_id=eigen.pk, onderdeel__startswith="portaal").exists()


def test_inwoner_adds_goal_in_own_words_marks_step_and_answers_rulers(eigen, klantmanager, client):
    client.force_login(eigen.account)
    response = client.post(
        "/portaal/doel/",
        {
            "doel-eigen_woorden": "Ik wil weer met mensen praten",
            "doel-leefgebied": "sociale_contacten",
            "doel-belang": "7",
            "doel-vertrouwen": "4",
        },
    )
    assert response.status_code == 302
    doel = Doel.objects.get()
    assert doel.geschreven_door == eigen.account and (doel.belang, doel.vertrouwen) == (7, 4)
    stap = plan_services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Koffie-ochtend in het buurthuis")
    client.post(f"/portaal/stappen/{stap.pk}/gedaan/", {f"afvink{stap.pk}-notitie": "Was gezellig"})
    stap.refresh_from_db()
    assert stap.status == "gedaan" and stap.notitie == "Was gezellig"
    client.post(
        f"/portaal/doelen/{doel.pk}/checkin/", {f"checkin{doel.pk}-belang": "8", f"checkin{doel.pk}-vertrouwen": "6"}
    )
    assert list(Checkin.objects.order_by("pk").values_list("vertrouwen", flat=True)) == [4, 6]
    pagina = client.get("/portaal/").content.decode()
    assert "Was gezellig" in pagina and "Vertrouwen: <strong>6</strong> van 10" in pagina


def test_empty_goal_in_portal_gets_a_plain_message_and_nothing_is_saved(eigen, client):
    client.force_login(eigen.account)
    response = client.post("/portaal/doel/", {"doel-eigen_woorden": "  ", "doel-belang": "7", "doel-vertrouwen": "4"})
    assert response.status_code == 400
    assert 'id="doel-eigen_woorden-fout"' in response.content.decode()
    assert "Schrijf uw doel op in uw eigen woorden." in response.content.decode()
    assert not Doel.objects.exists()


def test_inwoner_cannot_touch_another_plan_through_the_portal(eigen, buurman, client):
    client.force_login(eigen.account)
    doel = Doel.objects.get(plan__inwoner=buurman)
    stap = Stap.objects.get(doel=doel)
    assert client.post(f"/portaal/stappen/{stap.pk}/gedaan/", {}).status_code == 404
    antwoord = client.post(
        f"/portaal/doelen/{doel.pk}/checkin/", {f"checkin{doel.pk}-belang": "1", f"checkin{doel.pk}-vertrouwen": "1"}
    )
    assert antwoord.status_code == 404
    assert Stap.objects.get(pk=stap.pk).status == "open" and Checkin.objects.filter(doel=doel).count() == 1
    assert client.get(f"/caseload/inwoners/{buurman.pk}/plan/")["Location"] == "/portaal/"


def test_professionals_do_not_use_the_portal(klantmanager, inloggen):
    assert inloggen(klantmanager).get("/portaal/").status_code == 403


def test_appointments_and_messages_with_the_klantmanager(eigen, klantmanager, krachtcoach, client):
    services.plan_afspraak(
        door=klantmanager,
        inwoner=eigen,
        wanneer=timezone.now() + timedelta(days=2),
        plaats="Stadskantoor, Markt 1",
        met_wie="Uw klantmanager",
        onderwerp="Hoe gaat het met uw plan?",
    )
    Afspraak.objects.create(
        inwoner=eigen,
        wanneer=timezone.now() - timedelta(days=5),
        plaats="x",
        met_wie="x",
        onderwerp="Oude afspraak",
        aangemaakt_door=klantmanager,
    )
    services.stuur_bericht(door=klantmanager, inwoner=eigen, tekst="Fijn dat u de cursus heeft gevonden!")
    client.force_login(eigen.account)
    response = client.post("/portaal/bericht/", {"bericht-tekst": "Dank u, ik begin maandag."})
    assert response.status_code == 302
    pagina = client.get("/portaal/").content.decode()
    assert "Hoe gaat het met uw plan?" in pagina and "Stadskantoor, Markt 1" in pagina and "Oude afspraak" not in pagina
    assert pagina.index("Fijn dat u de cursus") < pagina.index("Dank u, ik begin maandag.")
    leeg = client.post("/portaal/bericht/", {"bericht-tekst": ""})
    assert leeg.status_code == 400 and "Schrijf eerst een bericht." in leeg.content.decode()
    assert Bericht.objects.count() == 2
    assert not Bericht.objects.zichtbaar_voor(krachtcoach).exists()


def test_own_details_page(eigen, client):
    client.force_login(eigen.account)
    pagina = client.get("/portaal/gegevens/").content.decode()
    assert "Mijn gegevens" in pagina and eigen.volledige_naam in pagina and eigen.adres in pagina
