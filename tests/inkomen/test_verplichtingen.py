from datetime import date, timedelta

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Heronderzoek, Ontheffing, Verplichting

pytestmark = pytest.mark.django_db


def _url(inwoner, actie=""):
    return f"/caseload/inwoners/{inwoner.pk}/rechtmatigheid/{actie + '/' if actie else ''}"


def test_exemption_with_reason_and_signal_before_it_ends(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, achternaam="Mantelzorger")
    vandaag = timezone.localdate()
    client = inloggen(klantmanager)
    response = client.post(
        _url(inwoner, "ontheffing"),
        {
            "ontheffing-verplichting": "arbeidsverplichting",
            "ontheffing-reden": "zorgtaken",
            "ontheffing-toelichting": "Zorgt fulltime voor haar moeder.",
            "ontheffing-vanaf": vandaag.isoformat(),
            "ontheffing-tot": (vandaag + timedelta(days=20)).isoformat(),
        },
    )
    assert response.status_code == 302
    ontheffing = Ontheffing.objects.get()
    assert ontheffing.besloten_door == klantmanager
    pagina = client.get(_url(inwoner)).content.decode()
    eind = vandaag + timedelta(days=20)
    assert f"tot en met {eind:%d-%m-%Y}" in pagina and "Zorgtaken of mantelzorg" in pagina
    caseload = client.get("/caseload/").content.decode()
    assert "Signalen" in caseload and "Ontheffing Arbeidsverplichting (art. 9) loopt af op" in caseload


def test_exemption_without_reason_text_or_with_end_before_start_is_refused(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    response = inloggen(klantmanager).post(
        _url(inwoner, "ontheffing"),
        {
            "ontheffing-verplichting": "taaleis",
            "ontheffing-reden": "gezondheid",
            "ontheffing-toelichting": "",
            "ontheffing-vanaf": "2026-03-01",
            "ontheffing-tot": "2026-02-01",
        },
    )
    inhoud = response.content.decode()
    assert response.status_code == 400
    assert "Dit veld is verplicht." in inhoud and "De einddatum ligt voor de begindatum." in inhoud
    assert not Ontheffing.objects.exists()


def test_obligation_status_is_set_and_updated(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client = inloggen(klantmanager)
    for status in ("geldt", "voldaan"):
        client.post(_url(inwoner, "verplichting"), {"verplichting-soort": "taaleis", "verplichting-status": status})
    assert Verplichting.objects.get().status == "voldaan"


def test_review_combines_eligibility_check_and_plan_conversation(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 1, 1))
    client = inloggen(klantmanager)
    client.post(_url(inwoner, "plannen"), {"plannen-gepland_op": timezone.localdate().isoformat()})
    assert "Heronderzoek gepland op" in client.get("/caseload/").content.decode()
    leeg = client.post(_url(inwoner, "afronden"), {"afronden-peildatum": "2026-03-01", "afronden-gesprek": ""})
    assert leeg.status_code == 400 and Heronderzoek.objects.get().afgerond_op is None
    klaar = client.post(
        _url(inwoner, "afronden"),
        {
            "afronden-peildatum": "2026-03-01",
            "afronden-gesprek": "Wil graag koken in het buurthuis; stap: kennismaken.",
        },
    )
    assert klaar.status_code == 302
    heronderzoek = Heronderzoek.objects.get(afgerond_op__isnull=False)
    assert heronderzoek.afgerond_op and heronderzoek.berekening.uitkering > 0
    assert "koken" in heronderzoek.gesprek
    # The next review is planned at once, the configured interval (12 months by default) after this one.
    volgende = Heronderzoek.objects.get(afgerond_op__isnull=True)
    afgerond = heronderzoek.afgerond_op
    assert (volgende.gepland_op.year, volgende.gepland_op.month) == (afgerond.year + 1, afgerond.month)


@pytest.mark.parametrize(
    ("datum", "maanden", "verwacht"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 15), 12, date(2027, 3, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_next_review_date_keeps_the_day_or_takes_the_last_of_the_month(datum, maanden, verwacht):
    from regie.apps.inkomen.services import maanden_later

    assert maanden_later(datum, maanden) == verwacht


def test_review_interval_comes_from_settings(maak_inwoner, klantmanager, settings):
    from regie.apps.inkomen import services

    settings.REGIE_HERONDERZOEK_INTERVAL_MAANDEN = 6
    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 1, 1))
    services.plan_heronderzoek(door=klantmanager, inwoner=inwoner, gepland_op=timezone.localdate())
    klaar = services.rond_heronderzoek_af(
        door=klantmanager, inwoner=inwoner, peildatum=date(2026, 3, 1), gesprek="Plan besproken."
    )
    volgende = Heronderzoek.objects.get(afgerond_op__isnull=True)
    assert volgende.gepland_op == services.maanden_later(klaar.afgerond_op, 6)
