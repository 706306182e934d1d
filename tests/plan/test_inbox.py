"""The klantmanager's inbox on the werklijst: signals from the inwoner and from decisions, read state per
klantmanager, the unread count in the menu, and filters by kind and period."""

from datetime import timedelta

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Heronderzoek, Ontheffing
from regie.apps.plan import inbox, services
from regie.apps.plan.models import SignaalGelezen, Stap
from regie.apps.portaal.models import Bericht

pytestmark = pytest.mark.django_db


@pytest.fixture
def inwoner(maak_inwoner, klantmanager, maak_account):
    return maak_inwoner(klantmanager=klantmanager, voornamen="Ilse", account=maak_account("ilse"))


@pytest.fixture
def stap(inwoner, klantmanager):
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Taalcursus", belang=8, vertrouwen=6
    )
    return services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Inschrijven bij het Taalhuis")


def _werklijst(client, **filters) -> str:
    return client.get("/werklijst/", filters).content.decode()


def test_message_and_step_of_the_inwoner_reach_the_inbox(inwoner, stap, klantmanager, inloggen):
    portaal = inloggen(inwoner.account)
    assert portaal.post("/portaal/bericht/", {"bericht-tekst": "Ik heb de loonstrook gevonden"}).status_code == 302
    assert portaal.post(f"/portaal/stappen/{stap.pk}/gedaan/").status_code == 302
    assert Bericht.objects.get().afzender == inwoner.account
    assert Stap.objects.get(pk=stap.pk).status == "gedaan"

    pagina = _werklijst(inloggen(klantmanager))
    assert "Nieuw bericht: Ik heb de loonstrook gevonden" in pagina
    assert "Stap gedaan: Inschrijven bij het Taalhuis" in pagina
    assert "2 nieuw" in pagina


def test_own_messages_and_steps_the_klantmanager_ticked_are_no_signal(inwoner, stap, klantmanager, inloggen):
    client = inloggen(klantmanager)
    client.post(f"/caseload/inwoners/{inwoner.pk}/plan/bericht/", {"bericht-tekst": "Tot morgen!"})
    services.markeer_stap(door=klantmanager, stap=stap)
    assert Bericht.objects.count() == 1
    pagina = _werklijst(client)
    assert "Tot morgen!" not in pagina and "Stap gedaan" not in pagina
    assert inbox.ongelezen(klantmanager) == 0


def test_read_state_is_per_klantmanager_and_the_menu_counts_unread(
    inwoner, klantmanager, maak_inwoner, team, gemeente, inloggen
):
    from tests.conftest import _gebruiker

    collega = _gebruiker("collega", "klantmanager", gemeente, team=team)
    tweede = maak_inwoner(klantmanager=collega, voornamen="Piet")
    vandaag = timezone.localdate()
    Heronderzoek.objects.create(inwoner=inwoner, gepland_op=vandaag + timedelta(days=5))
    Heronderzoek.objects.create(inwoner=tweede, gepland_op=vandaag + timedelta(days=6))

    client = inloggen(klantmanager)
    pagina = _werklijst(client)
    assert "Werklijst (1)" in pagina  # the menu: one unread signal of the own caseload
    sleutel = inbox.signalen(klantmanager)[0].sleutel
    antwoord = client.post("/werklijst/gelezen/", {"sleutel": [sleutel, "besluit:999999"], "periode": "7"})
    assert antwoord.status_code == 302 and antwoord["Location"] == "/werklijst/?periode=7"
    assert list(SignaalGelezen.objects.values_list("sleutel", flat=True)) == [sleutel]  # unknown keys ignored
    pagina = _werklijst(client)
    assert "Werklijst (1)" not in pagina and "Heronderzoek gepland op" in pagina and " nieuw<" not in pagina
    # Marking twice changes nothing; the colleague's own signal stays unread for them.
    client.post("/werklijst/gelezen/", {"sleutel": sleutel})
    assert SignaalGelezen.objects.count() == 1
    assert inbox.ongelezen(collega) == 1 and inbox.ongelezen(klantmanager) == 0


def test_a_moved_review_is_new_again(inwoner, klantmanager):
    vandaag = timezone.localdate()
    heronderzoek = Heronderzoek.objects.create(inwoner=inwoner, gepland_op=vandaag + timedelta(days=5))
    inbox.markeer_gelezen(klantmanager, [s.sleutel for s in inbox.signalen(klantmanager)])
    assert inbox.ongelezen(klantmanager) == 0
    heronderzoek.gepland_op = vandaag + timedelta(days=9)
    heronderzoek.save()
    assert inbox.ongelezen(klantmanager) == 1  # the save started a new generation of the menu's counts


def test_filters_by_kind_and_period(inwoner, klantmanager, inloggen):
    vandaag = timezone.localdate()
    Ontheffing.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        reden="gezondheid",
        toelichting="Herstel",
        vanaf=vandaag - timedelta(days=80),
        tot=vandaag + timedelta(days=20),
        besloten_door=klantmanager,
    )
    Heronderzoek.objects.create(inwoner=inwoner, gepland_op=vandaag + timedelta(days=60))
    client = inloggen(klantmanager)
    standaard = _werklijst(client)  # 30 days: the exemption, not the review two months ahead
    assert "loopt af op" in standaard and "Heronderzoek gepland op" not in standaard
    assert "Heronderzoek gepland op" in _werklijst(client, periode="90")
    assert "loopt af op" not in _werklijst(client, periode="7")
    alleen = _werklijst(client, periode="90", soort="heronderzoek")
    assert "Heronderzoek gepland op" in alleen and "loopt af op" not in alleen
    # Unknown filter values fall back to the defaults instead of failing.
    onzin = client.get("/werklijst/", {"periode": "abc", "soort": "<script>"})
    assert onzin.status_code == 200 and "loopt af op" in onzin.content.decode()


def test_old_messages_fall_outside_the_default_period(inwoner, klantmanager, inloggen):
    bericht = Bericht.objects.create(inwoner=inwoner, afzender=inwoner.account, tekst="Van lang geleden")
    Bericht.objects.filter(pk=bericht.pk).update(verstuurd_op=timezone.now() - timedelta(days=45))
    client = inloggen(klantmanager)
    assert "Van lang geleden" not in _werklijst(client)
    assert "Van lang geleden" in _werklijst(client, periode="90")


def test_other_team_sees_nothing_and_may_not_mark(inwoner, stap, collega_ander_team, klantmanager, inloggen):
    Bericht.objects.create(inwoner=inwoner, afzender=inwoner.account, tekst="Alleen voor mijn klantmanager")
    client = inloggen(collega_ander_team)
    assert "Alleen voor mijn klantmanager" not in _werklijst(client)
    sleutel = inbox.signalen(klantmanager)[0].sleutel
    client.post("/werklijst/gelezen/", {"sleutel": sleutel})
    assert not SignaalGelezen.objects.exists()
