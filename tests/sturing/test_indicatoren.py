"""Every indicator against a small example computed by hand (see docs/indicatoren.md for the definitions).

Four inwoners, period 2020-01-01 .. 2025-12-31, peildatum 2025-12-31:

- A: on benefit 2020-01-01 .. 2021-03-31, left for work, never came back.
- B: on benefit 2020-06-01 .. 2022-06-30, left for work, back on 2022-10-01 (92 days later) and still on it.
- C: on benefit 2021-01-01 .. 2023-01-31, moved away; back on 2024-06-01 (more than 12 months later).
- D: on benefit since 2025-07-01.
"""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from regie.apps.dossier.models import Contactmoment, Inwoner
from regie.apps.inkomen.models import Horen, Maatregel, Ontheffing
from regie.apps.participatie.models import Organisatie, Plaatsing, Plek
from regie.apps.plan.models import Doel, LadderMeting, Plan, ZelfredzaamheidMeting, ZelfredzaamheidScore
from regie.apps.sturing import indicatoren as ind
from regie.apps.sturing.models import RedenEinde, Uitkeringsperiode

VAN, TOT = date(2020, 1, 1), date(2025, 12, 31)


@pytest.fixture
def wereld(maak_inwoner, klantmanager, gemeente):
    a, b, c = (maak_inwoner(klantmanager=klantmanager) for _ in range(3))
    d = maak_inwoner()
    periode = Uitkeringsperiode.objects.create
    periode(inwoner=a, begin=date(2020, 1, 1), einde=date(2021, 3, 31), reden_einde=RedenEinde.WERK)
    periode(inwoner=b, begin=date(2020, 6, 1), einde=date(2022, 6, 30), reden_einde=RedenEinde.WERK)
    periode(inwoner=b, begin=date(2022, 10, 1))
    periode(inwoner=c, begin=date(2021, 1, 1), einde=date(2023, 1, 31), reden_einde=RedenEinde.VERHUIZING)
    periode(inwoner=c, begin=date(2024, 6, 1))
    periode(inwoner=d, begin=date(2025, 7, 1))
    contact = Contactmoment.objects.create
    contact(
        inwoner=a, medewerker=klantmanager, datum=date(2021, 1, 5), soort="gesprek", duur_minuten=60, samenvatting="x"
    )
    contact(
        inwoner=a, medewerker=klantmanager, datum=date(2021, 2, 5), soort="gesprek", duur_minuten=30, samenvatting="x"
    )
    contact(
        inwoner=b, medewerker=klantmanager, datum=date(2022, 1, 5), soort="gesprek", duur_minuten=600, samenvatting="x"
    )
    contact(
        inwoner=b,
        medewerker=klantmanager,
        datum=date(2019, 1, 5),
        soort="gesprek",
        duur_minuten=45,
        samenvatting="voor de periode",
    )
    meting = LadderMeting.objects.create
    for inwoner, datum, trede in [
        (a, date(2020, 2, 1), 2),
        (a, date(2021, 2, 1), 4),
        (b, date(2020, 7, 1), 3),
        (b, date(2022, 1, 1), 3),
        (c, date(2021, 2, 1), 4),
        (c, date(2022, 1, 1), 2),
        (d, date(2025, 8, 1), 1),
    ]:
        meting(inwoner=inwoner, datum=datum, moment="tussentijds", trede=trede, door=klantmanager)
    for inwoner, datum, scores in [
        (a, date(2021, 1, 1), {"werk_opleiding": 2, "huisvesting": 4}),
        (b, date(2022, 1, 1), {"werk_opleiding": 4}),
    ]:
        zrm = ZelfredzaamheidMeting.objects.create(inwoner=inwoner, datum=datum, moment="intake", door=klantmanager)
        for domein, niveau in scores.items():
            ZelfredzaamheidScore.objects.create(meting=zrm, domein=domein, niveau=niveau)
    plan = Plan.objects.create(inwoner=a)
    for status, afgesloten in [
        ("bereikt", date(2021, 1, 1)),
        ("losgelaten", date(2021, 2, 1)),
        ("bereikt", date(2019, 1, 1)),
        ("lopend", None),
    ]:
        Doel.objects.create(
            plan=plan,
            eigen_woorden="doel",
            belang=5,
            vertrouwen=5,
            geschreven_door=klantmanager,
            status=status,
            afgesloten_op=afgesloten,
            reden="" if afgesloten is None else "klaar",
        )
    plek = Plek.objects.create(
        gemeente=gemeente,
        organisatie=Organisatie.objects.create(gemeente=gemeente, naam="Buurttuin"),
        activiteit="Moestuin",
        omschrijving="Samen tuinieren.",
        lat=52.25,
        lon=6.16,
        dagdelen=["dinsdagochtend"],
        uren_per_week=Decimal("4"),
        capaciteit=3,
    )
    Plaatsing.objects.create(
        inwoner=a,
        plek=plek,
        uren_per_week=Decimal("4"),
        voorgesteld_door=klantmanager,
        status="beeindigd",
        kennismaking_op=date(2020, 4, 20),
        gestart_op=date(2020, 5, 1),
        afgerond_op=date(2021, 3, 1),
        reden_einde="betaald_werk",
    )
    Plaatsing.objects.create(
        inwoner=c,
        plek=plek,
        uren_per_week=Decimal("4"),
        voorgesteld_door=klantmanager,
        status="gestart",
        kennismaking_op=date(2019, 4, 20),
        gestart_op=date(2019, 5, 1),
    )
    Ontheffing.objects.create(
        inwoner=c,
        verplichting="arbeidsverplichting",
        reden="zorgtaken",
        toelichting="x",
        vanaf=date(2021, 6, 1),
        tot=date(2021, 12, 1),
        besloten_door=klantmanager,
    )
    horen = Horen.objects.create(
        inwoner=b,
        verplichting="arbeidsverplichting",
        datum=date(2021, 5, 1),
        eigen_verhaal="x",
        vastgelegd_door=klantmanager,
    )
    m = Maatregel.objects.create(
        inwoner=b,
        horen=horen,
        verplichting="arbeidsverplichting",
        gedraging="x",
        percentage=20,
        duur_maanden=1,
        motivering="x",
        status="voorstel",
        voorgesteld_door=klantmanager,
    )
    Maatregel.objects.filter(pk=m.pk).update(voorgesteld_op=timezone.make_aware(timezone.datetime(2021, 5, 2, 10)))
    return Inwoner.objects.all()


def test_caseload_per_klantmanager(wereld):
    assert ind.caseload(wereld, TOT) == [{"klantmanager": "Klantmanager", "aantal": 3}]


def test_spread_over_ladder_rungs_by_latest_measurement(wereld):
    assert ind.laatste_trede(wereld, TOT) == {1: 1, 2: 1, 3: 1, 4: 1}
    # On 2021-06-30 only A (4, measured 2021-02-01), B (3) and C (4) were measured.
    assert ind.laatste_trede(wereld, date(2021, 6, 30)) == {3: 1, 4: 2}


def test_duration_of_the_running_benefit(wereld):
    # B since 2022-10-01 (3 years), C since 2024-06-01 (1.5 years), D since 2025-07-01 (half a year).
    assert ind.uitkeringsduur(wereld, TOT) == {"< 1 jaar": 1, "1–2 jaar": 1, "2–5 jaar": 1, "5 jaar of langer": 0}


def test_contact_minutes_and_frequency(wereld):
    # A 60 + 30, B 600 (the contact of 2019 lies before the period).
    assert ind.contacttijd(wereld, VAN, TOT) == {
        "minuten": 690,
        "contacten": 3,
        "inwoners": 2,
        "minuten_per_inwoner": 345.0,
        "contacten_per_inwoner": 1.5,
    }


def test_outflow_per_year_and_reason(wereld):
    assert ind.uitstroom(wereld, VAN, TOT) == [
        {"jaar": 2021, "reden": "Werk", "aantal": 1},
        {"jaar": 2022, "reden": "Werk", "aantal": 1},
        {"jaar": 2023, "reden": "Verhuizing", "aantal": 1},
    ]


def test_outflow_to_work_and_whether_it_lasted(wereld):
    # A stayed off; B came back after 92 days: within 6 and within 12 months.
    assert ind.duurzame_uitstroom(wereld, VAN, TOT, TOT) == {
        "naar_werk": 2,
        "gevolgd_6": 2,
        "duurzaam_6": 1,
        "gevolgd_12": 2,
        "duurzaam_12": 1,
    }
    # On 2021-09-30 A's outflow (2021-03-31) is exactly six months old but not yet twelve.
    vroeg = ind.duurzame_uitstroom(wereld, VAN, TOT, date(2021, 10, 1))
    assert (vroeg["gevolgd_6"], vroeg["duurzaam_6"], vroeg["gevolgd_12"]) == (1, 1, 0)


def test_return_within_twelve_months(wereld):
    # Three outflows at least 12 months before the peildatum; only B returned within 12 months (C after 16).
    assert ind.terugval(wereld, VAN, TOT, TOT) == {"uitgestroomd": 3, "terug": 1}


def test_steps_on_the_ladder(wereld):
    # A 2 → 4 up, B 3 → 3 same, C 4 → 2 down, D one measurement: same. Net 2 + 0 - 2 + 0.
    assert ind.ladderstappen(wereld, VAN, TOT) == {
        "gemeten": 4,
        "omhoog": 1,
        "omlaag": 1,
        "gelijk": 2,
        "netto_treden": 0,
    }


def test_self_reliance_per_life_domain(wereld):
    assert ind.zelfredzaamheid(wereld, VAN, TOT) == [
        {"domein": "huisvesting", "gemiddeld": 4.0, "metingen": 1},
        {"domein": "werk_opleiding", "gemiddeld": 3.0, "metingen": 2},
    ]


def test_goals_reached(wereld):
    assert ind.doelen(wereld, VAN, TOT) == {"afgesloten": 2, "bereikt": 1}


def test_placements_started_and_ended_by_reason(wereld):
    # C's placement started in 2019, before the period.
    assert ind.plaatsingen(wereld, VAN, TOT) == {"gestart": 1, "geeindigd": {"betaald_werk": 1}}


def test_exemptions_and_sanctions(wereld):
    assert ind.ontheffingen_en_maatregelen(wereld, VAN, TOT) == {
        "ontheffingen": {"zorgtaken": 1},
        "maatregelen": {"voorstel": 1},
    }


def test_time_and_result(wereld):
    # Minutes in the period: A 90, B 600, C 0, D 0. Up: A. To work: A and B.
    assert ind.tijd_en_resultaat(wereld, VAN, TOT) == [
        {"klasse": "< 2 uur", "inwoners": 3, "omhoog": 1, "werk": 1},
        {"klasse": "2–8 uur", "inwoners": 0, "omhoog": 0, "werk": 0},
        {"klasse": "8–20 uur", "inwoners": 1, "omhoog": 0, "werk": 1},
        {"klasse": "20 uur of meer", "inwoners": 0, "omhoog": 0, "werk": 0},
    ]


def test_funnel_from_intake_to_lasting_work(wereld):
    # Six periods began in the period; after A's a placement started; A's and B's first ended in work; A's lasted.
    assert ind.trechter(wereld, VAN, TOT, TOT) == [
        {"stap": "intake", "aantal": 6},
        {"stap": "plaatsing", "aantal": 1},
        {"stap": "werk", "aantal": 2},
        {"stap": "duurzaam", "aantal": 1},
    ]
