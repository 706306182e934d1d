"""A decision on a maatregel makes a letter (beschikking): the amounts, the articles, the date and how to object.

The letter is a PDF; its text is read back with pypdf, as the inwoner would read it.
"""

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader

from regie.apps.inkomen import maatregel as maatregel_services
from regie.apps.inkomen.models import Berekening, Beschikking, Horen, HuidigeBerekening, Maatregel, StatusMaatregel

pytestmark = pytest.mark.django_db

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def _tekst(pdf: bytes) -> str:
    tekst = " ".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", tekst)


def _voorstel(inwoner, klantmanager, *, percentage=20, duur=3) -> Maatregel:
    horen = Horen.objects.create(
        inwoner=inwoner,
        verplichting="arbeidsverplichting",
        datum=timezone.localdate(),
        eigen_verhaal="Ik was ziek en heb niet afgebeld.",
        vastgelegd_door=klantmanager,
    )
    return Maatregel.objects.create(
        inwoner=inwoner,
        horen=horen,
        verplichting="arbeidsverplichting",
        gedraging="Niet verschenen op twee sollicitatiegesprekken.",
        percentage=percentage,
        duur_maanden=duur,
        motivering="Afspraken herhaaldelijk niet nagekomen.",
        voorgesteld_door=klantmanager,
    )


def _huidige_uitkering(inwoner, bedrag: str) -> None:
    berekening = Berekening.objects.create(
        inwoner=inwoner,
        peildatum=date(2026, 3, 1),
        engine_versie="test",
        invoer={},
        resultaat={},
        recht=True,
        uitkering=Decimal(bedrag),
        aanleiding="handmatig",
    )
    HuidigeBerekening.objects.create(inwoner=inwoner, berekening=berekening)


def test_imposed_maatregel_letter_names_amount_articles_date_and_bezwaar(maak_inwoner, klantmanager, teamleider):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    _huidige_uitkering(inwoner, "1401.50")
    voorstel = _voorstel(inwoner, klantmanager, percentage=20, duur=3)

    maatregel_services.besluit(
        door=teamleider,
        maatregel=voorstel,
        opleggen=True,
        reden="Afspraken niet nagekomen.",
        ingangsdatum=timezone.localdate(),
    )

    brief = Beschikking.objects.get(maatregel=voorstel)
    assert brief.inwoner == inwoner and brief.datum == timezone.localdate()
    tekst = _tekst(bytes(brief.pdf))
    vandaag = timezone.localdate()
    # 20% of € 1.401,50 is € 280,30 (art. 18 lid 2: a reduction of the benefit, per month).
    assert "€ 1.401,50" in tekst and "€ 280,30" in tekst
    assert "20%" in tekst and "3 maanden" in tekst
    assert "artikel 18 lid 2" in tekst and "artikel 4:8" in tekst
    assert f"{vandaag.day} {MAANDEN[vandaag.month - 1]} {vandaag.year}" in tekst
    assert "bezwaar" in tekst and "binnen 6 weken" in tekst and "artikel 6:7" in tekst
    assert inwoner.volledige_naam in tekst


def test_letter_for_refraining_says_no_reduction(maak_inwoner, klantmanager, teamleider):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    voorstel = _voorstel(inwoner, klantmanager)
    maatregel_services.besluit(door=teamleider, maatregel=voorstel, opleggen=False, reden="Ziekte was de reden.")
    tekst = _tekst(bytes(Beschikking.objects.get(maatregel=voorstel).pdf))
    assert "Wij verlagen uw uitkering niet" in tekst and "Ziekte was de reden." in tekst
    assert "bezwaar" in tekst


def test_teamleider_decides_from_queue_and_klantmanager_gets_signal(maak_inwoner, klantmanager, teamleider, client):
    inwoner = maak_inwoner(klantmanager=klantmanager, voornamen="Wachtend", achternaam="Voorstel")
    voorstel = _voorstel(inwoner, klantmanager)

    client.force_login(klantmanager)
    assert client.get("/te-besluiten/").status_code == 403
    assert "Besluit over de maatregel" not in client.get("/caseload/").content.decode()

    client.force_login(teamleider)
    wachtrij = client.get("/te-besluiten/").content.decode()
    assert "Wachtend Voorstel" in wachtrij and "Te besluiten (1)" in wachtrij
    besluit = {
        "actie": "besluit",
        "maatregel": str(voorstel.pk),
        "besluit-opleggen": "nee",
        "besluit-reden": "Eerst nieuwe afspraken maken.",
    }
    assert client.post(f"/caseload/inwoners/{inwoner.pk}/maatregel/", besluit).status_code == 302
    leeg = client.get("/te-besluiten/").content.decode()
    assert "Wachtend Voorstel" not in leeg and "Te besluiten (" not in leeg
    voorstel.refresh_from_db()
    assert voorstel.status == StatusMaatregel.AFGEZIEN and voorstel.besloten_op is not None

    client.force_login(klantmanager)
    caseload = client.get("/caseload/").content.decode()
    assert "Besluit over de maatregel" in caseload and "Afgezien van een maatregel" in caseload
    pdf = client.get(f"/caseload/inwoners/{inwoner.pk}/beschikkingen/{voorstel.beschikking.pk}/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_inwoner_reads_only_own_letter_in_portal(maak_inwoner, maak_account, klantmanager, teamleider, client):
    inwoner = maak_inwoner(klantmanager=klantmanager, account=maak_account("inwoner"))
    ander = maak_inwoner(klantmanager=klantmanager, account=maak_account("ander"))
    voorstel = _voorstel(inwoner, klantmanager)
    maatregel_services.besluit(door=teamleider, maatregel=voorstel, opleggen=False, reden="Afgezien.")
    brief = Beschikking.objects.get()

    client.force_login(inwoner.account)
    pagina = client.get("/mijn-uitkering/").content.decode()
    assert f"/mijn-uitkering/brieven/{brief.pk}/" in pagina and "bezwaar" in pagina
    pdf = client.get(f"/mijn-uitkering/brieven/{brief.pk}/")
    assert pdf.status_code == 200 and "Afgezien." in _tekst(pdf.content)

    client.force_login(ander.account)
    assert client.get(f"/mijn-uitkering/brieven/{brief.pk}/").status_code == 404
    assert f"/mijn-uitkering/brieven/{brief.pk}/" not in client.get("/mijn-uitkering/").content.decode()
