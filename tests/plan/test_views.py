"""The professional's plan page: goals, steps, check-ins, instruments, obstacles, worklist; bad input is refused."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Heronderzoek, Ontheffing
from regie.apps.plan import services
from regie.apps.plan.models import Belemmering, Checkin, Doel, LadderMeting, Stap, ZelfredzaamheidMeting
from regie.apps.portaal.models import Afspraak, Bericht

pytestmark = pytest.mark.django_db


def _url(inwoner, rest=""):
    return f"/caseload/inwoners/{inwoner.pk}/plan/{rest}"


@pytest.fixture
def inwoner(maak_inwoner, klantmanager):
    return maak_inwoner(klantmanager=klantmanager, voornamen="Ilse")


def test_klantmanager_adds_goal_in_own_words_with_rulers(inwoner, klantmanager, inloggen):
    client = inloggen(klantmanager)
    response = client.post(
        _url(inwoner, "doel/"),
        {
            "doel-eigen_woorden": "Ik wil mijn rijbewijs halen",
            "doel-leefgebied": "leren",
            "doel-belang": "9",
            "doel-vertrouwen": "3",
        },
    )
    assert response.status_code == 302
    doel = Doel.objects.get()
    assert (doel.eigen_woorden, doel.belang, doel.vertrouwen, doel.geschreven_door) == (
        "Ik wil mijn rijbewijs halen",
        9,
        3,
        klantmanager,
    )
    assert Checkin.objects.get(doel=doel).belang == 9  # the first point of the chart
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Ik wil mijn rijbewijs halen" in pagina and "Leren" in pagina


@pytest.mark.parametrize(
    ("gegevens", "veld", "melding"),
    [
        (
            {"doel-eigen_woorden": "", "doel-belang": "5", "doel-vertrouwen": "5"},
            "doel-eigen_woorden",
            "Schrijf uw doel op in uw eigen woorden.",
        ),
        (
            {"doel-eigen_woorden": "Fietsen", "doel-belang": "11", "doel-vertrouwen": "5"},
            "doel-belang",
            "Kies een getal van 0 tot en met 10.",
        ),
        (
            {"doel-eigen_woorden": "Fietsen", "doel-belang": "5", "doel-vertrouwen": ""},
            "doel-vertrouwen",
            "Kies een getal van 0 tot en met 10.",
        ),
    ],
)
def test_bad_goal_is_refused_next_to_the_field_and_not_saved(inwoner, klantmanager, inloggen, gegevens, veld, melding):
    response = inloggen(klantmanager).post(_url(inwoner, "doel/"), gegevens)
    pagina = response.content.decode()
    assert response.status_code == 400
    assert re.search(rf'id="{veld}-fout"[^>]*>\s*{re.escape(melding)}', pagina)
    assert not Doel.objects.exists() and not Checkin.objects.exists()


def test_checkins_draw_the_ruler_chart_with_points_labels_and_table(inwoner, klantmanager, inloggen):
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Minder piekeren", belang=6, vertrouwen=2
    )
    Checkin.objects.filter(doel=doel).update(datum=date(2026, 1, 5))
    client = inloggen(klantmanager)
    response = client.post(
        _url(inwoner, f"doelen/{doel.pk}/checkin/"),
        {
            f"checkin{doel.pk}-belang": "8",
            f"checkin{doel.pk}-vertrouwen": "6",
            f"checkin{doel.pk}-voortgang": "Slaapt beter",
        },
    )
    assert response.status_code == 302
    doel.refresh_from_db()
    assert (doel.belang, doel.vertrouwen) == (8, 6)
    pagina = client.get(_url(inwoner)).content.decode()
    svg = pagina[
        pagina.index(f'id="grafiek-doel{doel.pk}-titel"') - 200 : pagina.index(
            "</svg>", pagina.index(f"grafiek-doel{doel.pk}")
        )
    ]
    assert svg.count("<circle") == 4  # two dates, two lines
    assert "<title>Belang, 5 jan 2026: 6</title>" in svg and "<title>Vertrouwen, 5 jan 2026: 2</title>" in svg
    assert f"<title>Belang, {timezone.localdate().day} " in svg and ": 8</title>" in svg
    assert svg.count("<polyline") == 2 and ">10</text>" in svg and ">0</text>" in svg
    assert "Slaapt beter" in pagina  # the table under the chart


def test_bad_checkin_is_refused(inwoner, klantmanager, inloggen):
    doel = services.voeg_doel_toe(door=klantmanager, inwoner=inwoner, eigen_woorden="Fietsen", belang=5, vertrouwen=5)
    response = inloggen(klantmanager).post(
        _url(inwoner, f"doelen/{doel.pk}/checkin/"),
        {f"checkin{doel.pk}-belang": "-1", f"checkin{doel.pk}-vertrouwen": "4"},
    )
    assert response.status_code == 400
    assert f'id="checkin{doel.pk}-belang-fout"' in response.content.decode()
    assert Checkin.objects.count() == 1


def test_goal_changed_keeps_earlier_words_and_reason_and_closing_needs_reason(inwoner, klantmanager, inloggen):
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Fulltime werk", belang=7, vertrouwen=3
    )
    client = inloggen(klantmanager)
    client.post(
        _url(inwoner, f"doelen/{doel.pk}/wijzigen/"),
        {
            f"wijzigen{doel.pk}-eigen_woorden": "Eerst 16 uur per week werken",
            f"wijzigen{doel.pk}-reden": "Kleiner beginnen",
        },
    )
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Eerst 16 uur per week werken" in pagina and "“Fulltime werk”" in pagina and "Kleiner beginnen" in pagina
    zonder = client.post(_url(inwoner, f"doelen/{doel.pk}/afsluiten/"), {f"afsluiten{doel.pk}-status": "bereikt"})
    assert zonder.status_code == 400 and "Schrijf op waarom." in zonder.content.decode()
    assert Doel.objects.get().status == "lopend"
    client.post(
        _url(inwoner, f"doelen/{doel.pk}/afsluiten/"),
        {f"afsluiten{doel.pk}-status": "bereikt", f"afsluiten{doel.pk}-reden": "Contract bij de bakker"},
    )
    doel.refresh_from_db()
    assert doel.status == "bereikt" and doel.reden == "Contract bij de bakker" and doel.afgesloten_op


def test_steps_added_and_marked_done_with_note(inwoner, klantmanager, inloggen):
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Schulden op een rij", belang=9, vertrouwen=4
    )
    client = inloggen(klantmanager)
    zonder_naam = client.post(
        _url(inwoner, f"doelen/{doel.pk}/stap/"), {f"stap{doel.pk}-wat": "Bellen", f"stap{doel.pk}-wie": "ander"}
    )
    assert zonder_naam.status_code == 400 and "Schrijf op wie deze stap doet." in zonder_naam.content.decode()
    client.post(
        _url(inwoner, f"doelen/{doel.pk}/stap/"),
        {
            f"stap{doel.pk}-wat": "Afspraak bij de schuldhulp maken",
            f"stap{doel.pk}-wie": "inwoner",
            f"stap{doel.pk}-uiterlijk": "2026-12-01",
        },
    )
    stap = Stap.objects.get()
    client.post(_url(inwoner, f"stappen/{stap.pk}/gedaan/"), {f"afvink{stap.pk}-notitie": "Gebeld, 3 maart"})
    stap.refresh_from_db()
    assert stap.status == "gedaan" and stap.gedaan_op == timezone.localdate() and stap.notitie == "Gebeld, 3 maart"


def test_ladder_and_self_reliance_timeline_and_radar(inwoner, klantmanager, inloggen):
    client = inloggen(klantmanager)
    services.leg_laddermeting_vast(door=klantmanager, inwoner=inwoner, datum=date(2025, 3, 1), moment="intake", trede=2)
    response = client.post(
        _url(inwoner, "ladder/"), {"ladder-datum": "2026-01-10", "ladder-moment": "heronderzoek", "ladder-trede": "4"}
    )
    assert response.status_code == 302
    assert list(LadderMeting.objects.values_list("trede", flat=True)) == [2, 4]
    services.leg_zelfredzaamheid_vast(
        door=klantmanager,
        inwoner=inwoner,
        datum=date(2025, 3, 1),
        moment="intake",
        scores={"financien": 1, "huisvesting": 3},
    )
    response = client.post(
        _url(inwoner, "zelfredzaamheid/"),
        {"zrm-datum": "2026-01-10", "zrm-moment": "heronderzoek", "zrm-financien": "3", "zrm-sociaal_netwerk": "4"},
    )
    assert response.status_code == 302
    assert ZelfredzaamheidMeting.objects.count() == 2
    pagina = client.get(_url(inwoner)).content.decode()
    assert "<title>Trede, 1 mrt 2025: 2</title>" in pagina and "<title>Trede, 10 jan 2026: 4</title>" in pagina
    assert "4. Onbetaald werk" in pagina  # the table next to the ladder chart
    assert "<title>Intake 01-03-2025, Financiën: 1</title>" in pagina
    assert "<title>Heronderzoek 10-01-2026, Sociaal netwerk: 4</title>" in pagina
    assert pagina.count('class="regie-grafiek__as"') >= 13 + 6  # axis labels: 13 domains, ladder rungs
    assert "Justitie" in pagina and "Rondkomen, rekeningen betalen, schulden." in pagina


def test_empty_or_future_measurement_is_refused(inwoner, klantmanager, inloggen):
    client = inloggen(klantmanager)
    leeg = client.post(_url(inwoner, "zelfredzaamheid/"), {"zrm-datum": "2026-01-10", "zrm-moment": "intake"})
    assert leeg.status_code == 400 and "Vul voor minstens één leefgebied een niveau in." in leeg.content.decode()
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()
    toekomst = client.post(
        _url(inwoner, "ladder/"), {"ladder-datum": morgen, "ladder-moment": "intake", "ladder-trede": "3"}
    )
    assert toekomst.status_code == 400 and "Deze datum ligt in de toekomst." in toekomst.content.decode()
    assert not ZelfredzaamheidMeting.objects.exists() and not LadderMeting.objects.exists()


def test_obstacle_refers_to_an_exemption_and_shows_what_helps(inwoner, maak_inwoner, klantmanager, inloggen):
    vandaag = timezone.localdate()
    ontheffing = Ontheffing.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        reden="zorgtaken",
        toelichting="Zorgt voor moeder",
        vanaf=vandaag,
        tot=vandaag + timedelta(days=90),
        besloten_door=klantmanager,
    )
    ander = maak_inwoner(klantmanager=klantmanager)
    vreemde = Ontheffing.objects.create(
        inwoner=ander,
        verplichting="arbeidsverplichting",
        reden="gezondheid",
        toelichting="x",
        vanaf=vandaag,
        tot=vandaag + timedelta(days=30),
        besloten_door=klantmanager,
    )
    client = inloggen(klantmanager)
    geweigerd = client.post(
        _url(inwoner, "belemmering/"),
        {
            "belemmering-soort": "zorgtaken",
            "belemmering-omschrijving": "Mantelzorg",
            "belemmering-wat_helpt": "Respijtzorg",
            "belemmering-ontheffingen": [vreemde.pk],
        },
    )
    assert geweigerd.status_code == 400 and not Belemmering.objects.exists()
    leeg = client.post(
        _url(inwoner, "belemmering/"), {"belemmering-soort": "zorgtaken", "belemmering-omschrijving": "Mantelzorg"}
    )
    assert leeg.status_code == 400 and "Schrijf op wat zou helpen." in leeg.content.decode()
    client.post(
        _url(inwoner, "belemmering/"),
        {
            "belemmering-soort": "zorgtaken",
            "belemmering-omschrijving": "Zorgt elke dag voor haar moeder",
            "belemmering-wat_helpt": "Respijtzorg twee dagen per week",
            "belemmering-ontheffingen": [ontheffing.pk],
        },
    )
    belemmering = Belemmering.objects.get()
    assert list(belemmering.ontheffingen.all()) == [ontheffing]
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Respijtzorg twee dagen per week" in pagina and f"Ontheffing: {ontheffing}" in pagina
    client.post(_url(inwoner, f"belemmeringen/{belemmering.pk}/opgelost/"))
    belemmering.refresh_from_db()
    assert belemmering.opgelost_op == vandaag


def test_worklist_shows_steps_due_exemptions_ending_and_reviews(
    inwoner, maak_inwoner, klantmanager, collega_ander_team, inloggen
):
    vandaag = timezone.localdate()
    doel = services.voeg_doel_toe(
        door=klantmanager, inwoner=inwoner, eigen_woorden="Taalcursus", belang=8, vertrouwen=6
    )
    services.voeg_stap_toe(
        door=klantmanager, doel=doel, wat="Inschrijven bij het Taalhuis", uiterlijk=vandaag + timedelta(days=3)
    )
    services.voeg_stap_toe(door=klantmanager, doel=doel, wat="Later pas", uiterlijk=vandaag + timedelta(days=60))
    Ontheffing.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        reden="gezondheid",
        toelichting="Herstel",
        vanaf=vandaag - timedelta(days=80),
        tot=vandaag + timedelta(days=10),
        besloten_door=klantmanager,
    )
    Heronderzoek.objects.create(inwoner=inwoner, gepland_op=vandaag + timedelta(days=5))
    pagina = inloggen(klantmanager).get("/werklijst/").content.decode()
    assert "Inschrijven bij het Taalhuis" in pagina and "Later pas" not in pagina
    assert "loopt af op" in pagina and "Heronderzoek gepland op" in pagina
    assert inloggen(collega_ander_team).get("/werklijst/").content.decode().count("Inschrijven bij het Taalhuis") == 0


def test_appointment_and_message_reach_the_inwoner_thread(inwoner, klantmanager, inloggen):
    client = inloggen(klantmanager)
    morgen = timezone.localtime() + timedelta(days=1)
    response = client.post(
        _url(inwoner, "afspraak/"),
        {
            "afspraak-wanneer": morgen.strftime("%Y-%m-%dT10:00"),
            "afspraak-plaats": "Stadskantoor",
            "afspraak-met_wie": "Klantmanager",
            "afspraak-onderwerp": "Plan bespreken",
        },
    )
    assert response.status_code == 302 and Afspraak.objects.get().onderwerp == "Plan bespreken"
    client.post(_url(inwoner, "bericht/"), {"bericht-tekst": "Tot morgen!"})
    assert Bericht.objects.get().afzender == klantmanager
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Plan bespreken" in pagina and "Tot morgen!" in pagina


def test_configured_official_criteria_replace_our_descriptions(settings, tmp_path):
    from regie.apps.plan.instrumenten import criterium

    assert criterium("financien", 1) == "Er is nu direct hulp nodig."
    pad = tmp_path / "zrm.json"
    pad.write_text('{"financien": {"1": "Officieel criterium financiën 1"}}', encoding="utf-8")
    settings.REGIE_ZRM_CRITERIA = str(pad)
    assert criterium("financien", 1) == "Officieel criterium financiën 1"
    assert criterium("justitie", 5) == "Lukt helemaal zelf."  # not in the file: our own text
