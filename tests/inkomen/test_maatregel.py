"""No maatregel without hearing the inwoner first; a teamleider decides, with reasons."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from regie.apps.inkomen.models import Horen, Maatregel, StatusMaatregel

pytestmark = pytest.mark.django_db

VOORSTEL = {
    "actie": "maatregel",
    "maatregel-verplichting": "arbeidsverplichting",
    "maatregel-gedraging": "Niet verschenen op twee sollicitatiegesprekken.",
    "maatregel-percentage": "20",
    "maatregel-duur_maanden": "1",
    "maatregel-motivering": "Afspraken herhaaldelijk niet nagekomen.",
}


def _url(inwoner):
    return f"/caseload/inwoners/{inwoner.pk}/maatregel/"


def test_proposal_without_hearing_is_refused_with_clear_message(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    response = inloggen(klantmanager).post(_url(inwoner), VOORSTEL)
    assert response.status_code == 400
    assert "Een maatregel kan pas worden voorgesteld nadat de inwoner is gehoord" in response.content.decode()
    assert not Maatregel.objects.exists()


def test_hearing_about_another_obligation_or_long_ago_does_not_count(maak_inwoner, klantmanager, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    Horen.objects.create(
        inwoner=inwoner,
        verplichting="taaleis",
        datum=timezone.localdate(),
        eigen_verhaal="Over de cursus.",
        vastgelegd_door=klantmanager,
    )
    Horen.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        datum=timezone.localdate() - timedelta(days=200),
        eigen_verhaal="Oud.",
        vastgelegd_door=klantmanager,
    )
    assert inloggen(klantmanager).post(_url(inwoner), VOORSTEL).status_code == 400
    assert not Maatregel.objects.exists()


def test_hear_propose_and_decide(maak_inwoner, klantmanager, teamleider, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    leeg = client.post(
        _url(inwoner),
        {
            "actie": "horen",
            "horen-verplichting": "arbeidsverplichting",
            "horen-datum": timezone.localdate().isoformat(),
            "horen-eigen_verhaal": "",
        },
    )
    assert leeg.status_code == 400 and "Dit veld is verplicht." in leeg.content.decode()
    client.post(
        _url(inwoner),
        {
            "actie": "horen",
            "horen-verplichting": "arbeidsverplichting",
            "horen-datum": timezone.localdate().isoformat(),
            "horen-eigen_verhaal": "Mijn moeder lag in het ziekenhuis; ik durfde niet te bellen.",
        },
    )
    assert client.post(_url(inwoner), VOORSTEL).status_code == 302
    voorstel = Maatregel.objects.get()
    assert voorstel.status == StatusMaatregel.VOORSTEL and "ziekenhuis" in voorstel.horen.eigen_verhaal
    pagina = client.get(_url(inwoner)).content.decode()
    assert "Mijn moeder lag in het ziekenhuis" in pagina and "Belemmeringen" in pagina

    # The klantmanager who proposed cannot decide; the teamleider can, and must give a reason.
    besluit = {"actie": "besluit", "maatregel": str(voorstel.pk), "besluit-opleggen": "nee", "besluit-reden": ""}
    assert client.post(_url(inwoner), {**besluit, "besluit-reden": "x"}).status_code == 403
    client.force_login(teamleider)
    assert client.post(_url(inwoner), besluit).status_code == 400
    besluit["besluit-reden"] = "Gezien de ziekenhuisopname afgezien; nieuwe afspraken gemaakt."
    assert client.post(_url(inwoner), besluit).status_code == 302
    voorstel.refresh_from_db()
    assert voorstel.status == StatusMaatregel.AFGEZIEN and voorstel.besloten_door == teamleider


def test_krachtcoach_never_sees_sanctions(maak_inwoner, klantmanager, krachtcoach, inloggen):
    inwoner = maak_inwoner(klantmanager=klantmanager, krachtcoach=krachtcoach)
    assert inloggen(krachtcoach).get(_url(inwoner)).status_code == 404
    assert not Maatregel.objects.zichtbaar_voor(krachtcoach).exists()


def test_proposal_page_shows_obstacles_and_plan_beside_it(maak_inwoner, klantmanager, inloggen):
    from regie.apps.plan.models import Belemmering

    inwoner = maak_inwoner(klantmanager=klantmanager)
    Belemmering.objects.create(
        inwoner=inwoner,
        soort="schulden",
        omschrijving="Schulden bij de energieleverancier",
        wat_helpt="Schuldhulp",
        vastgelegd_door=klantmanager,
        vastgelegd_op=date(2026, 1, 5),
    )
    pagina = inloggen(klantmanager).get(_url(inwoner)).content.decode()
    assert "Schulden bij de energieleverancier" in pagina and "Schuldhulp" in pagina


def _opgelegd(inwoner, klantmanager, teamleider, percentage, duur, ingangsdatum):
    horen = Horen.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        datum=timezone.localdate(),
        eigen_verhaal="Ik was het vergeten.",
        vastgelegd_door=klantmanager,
    )
    maatregel = Maatregel.objects.create(
        inwoner=inwoner,
        horen=horen,
        verplichting="arbeidsverplichting",
        gedraging="Niet verschenen.",
        percentage=percentage,
        duur_maanden=duur,
        motivering="Herhaald.",
        voorgesteld_door=klantmanager,
    )
    from regie.apps.inkomen.maatregel import besluit

    return besluit(door=teamleider, maatregel=maatregel, opleggen=True, reden="Verwijtbaar.", ingangsdatum=ingangsdatum)


def test_decided_maatregel_lowers_the_benefit_in_its_months_only(maak_inwoner, klantmanager, teamleider):
    from regie.apps.inkomen.services import bereken

    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    maatregel = _opgelegd(inwoner, klantmanager, teamleider, 20, 2, date(2026, 3, 1))
    assert maatregel.einddatum == date(2026, 4, 30)
    # Art. 18 lid 2 on the art. 21 a norm 2026 (1401.50): 20% × 1401.50 = 280.30; 1401.50 − 280.30 = 1121.20.
    verwacht = {
        date(2026, 2, 28): "1401.50",
        date(2026, 3, 1): "1121.20",
        date(2026, 4, 30): "1121.20",
        date(2026, 5, 1): "1401.50",
    }
    for peildatum, bedrag in verwacht.items():
        berekening = bereken(door=klantmanager, inwoner=inwoner, peildatum=peildatum)
        assert berekening.uitkering == Decimal(bedrag), peildatum
        stappen = {s["code"]: s for s in berekening.resultaat["toelichting"]}
        assert ("maatregel" in stappen) == (bedrag == "1121.20")
    assert "€ 280,30" in stappen.get("maatregel", {"uitleg": "€ 280,30"})["uitleg"]


def test_maatregel_shown_in_the_explanation(maak_inwoner, klantmanager, teamleider):
    from regie.apps.inkomen.services import bereken

    inwoner = maak_inwoner(klantmanager=klantmanager, geboortedatum=date(1990, 6, 15))
    _opgelegd(inwoner, klantmanager, teamleider, 100, 1, date(2026, 1, 15))
    # 100% of 1401.50, never more than the benefit: nothing is paid from 15 January through 14 February.
    berekening = bereken(door=klantmanager, inwoner=inwoner, peildatum=date(2026, 2, 14))
    assert berekening.uitkering == Decimal("0.00")
    stap = next(s for s in berekening.resultaat["toelichting"] if s["code"] == "maatregel")
    assert "€ 1.401,50" in stap["uitleg"] and "14 februari 2026" in stap["uitleg"]


def test_imposing_without_start_date_is_refused_and_nothing_changes(maak_inwoner, klantmanager, teamleider, client):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    horen = Horen.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        datum=timezone.localdate(),
        eigen_verhaal="Ik was ziek.",
        vastgelegd_door=klantmanager,
    )
    voorstel = Maatregel.objects.create(
        inwoner=inwoner,
        horen=horen,
        verplichting="arbeidsverplichting",
        gedraging="Niet verschenen.",
        percentage=20,
        duur_maanden=1,
        motivering="Herhaald.",
        voorgesteld_door=klantmanager,
    )
    client.force_login(teamleider)
    besluit = {"actie": "besluit", "maatregel": str(voorstel.pk), "besluit-opleggen": "ja", "besluit-reden": "Ja."}
    response = client.post(_url(inwoner), besluit)
    assert response.status_code == 400 and "Vul de ingangsdatum van de verlaging in." in response.content.decode()
    voorstel.refresh_from_db()
    assert voorstel.status == StatusMaatregel.VOORSTEL
    response = client.post(_url(inwoner), {**besluit, "besluit-ingangsdatum": "2026-03-01"})
    assert response.status_code == 302
    voorstel.refresh_from_db()
    assert voorstel.status == StatusMaatregel.BESLOTEN and voorstel.ingangsdatum == date(2026, 3, 1)
    pagina = client.get(_url(inwoner)).content.decode()
    assert "De bijstand is lager van 1 maart 2026 tot en met 31 maart 2026." in pagina
