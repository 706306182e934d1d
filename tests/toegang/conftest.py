"""A small municipality for the access tests: one inwoner with data of every category, each with a sample text that
is easy to find on a page, and one person for every role situation."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from regie.apps.accounts.models import Rol, Rolwijziging
from regie.apps.accounts.permissions import Categorie
from regie.apps.dossier.models import Contactmoment, Huisgenoot, Huishouden
from regie.apps.gesprekken.models import Gesprek
from regie.apps.inkomen.models import Beschikking, Herberekening, Inkomstenbron, Wijziging
from regie.apps.koppelingen.services import maak_applicatie
from regie.apps.oefenen.models import Oefensessie
from regie.apps.participatie.models import Organisatie, Participatieprofiel, Plaatsing, Plek
from regie.apps.plan import services as plan_services
from regie.apps.plan.instrumenten import DOMEIN_UITLEG, Domein
from regie.apps.plan.models import Belemmering, Doel, Stap
from regie.apps.sturing.models import MaatwerkBesluit
from regie.apps.taken.models import Taak
from tests.conftest import _gebruiker

# What each category looks like on a page: text that only appears when that data is shown.
MONSTERS = {
    Categorie.CONTACT: ["Matrixlaan"],
    Categorie.HUISHOUDEN: ["Huisgenootmatrix"],
    Categorie.FINANCIEEL: [
        "Schulden bij drie schuldeisers (matrix)",
        "Loon van de matrixbakkerij",
        "Schuldenvrij worden (matrix)",
        str(DOMEIN_UITLEG[Domein.FINANCIEN]),
    ],
    Categorie.GEZONDHEID: [
        "Hernia-klachten (matrix)",
        "Slaapt slecht sinds de verhuizing (matrix)",
        str(DOMEIN_UITLEG[Domein.GEESTELIJKE_GEZONDHEID]),
        str(DOMEIN_UITLEG[Domein.LICHAMELIJKE_GEZONDHEID]),
    ],
    Categorie.JUSTITIE: [str(DOMEIN_UITLEG[Domein.JUSTITIE])],
    Categorie.MIDDELENGEBRUIK: [str(DOMEIN_UITLEG[Domein.MIDDELENGEBRUIK])],
    Categorie.PLAN: ["Eigen doel, niet gedeeld (matrix)"],
    Categorie.INSTRUMENTEN: ["Geen opvang op woensdag (matrix)", str(DOMEIN_UITLEG[Domein.SOCIAAL_NETWERK])],
    Categorie.PARTICIPATIE: ["Tuinieren in de buurttuin (matrix)"],
    Categorie.CONTACTNOTITIES: ["Contactnotitie van de klantmanager (matrix)"],
    Categorie.GESPREKKEN: ["Aantekening bij het gesprek (matrix)"],
}
GEDEELD_DOEL = "Samen naar de moestuin (matrix)"


@dataclass
class Wereld:
    inwoner: object
    ander_inwoner: object
    gebruikers: dict
    ids: dict

    def monsters(self) -> dict:
        return {Categorie.IDENTIFICATIE: [self.inwoner.bsn], **MONSTERS}


@pytest.fixture
def wereld(gemeente, team, ander_team, maak_inwoner, maak_account, klantmanager, krachtcoach, teamleider, beheerder):
    collega = _gebruiker("collega", Rol.KLANTMANAGER, gemeente, team=ander_team)
    andere_coach = _gebruiker("coach2", Rol.KRACHTCOACH, gemeente, organisatie="Elders")
    account, ander_account = maak_account("inwoner"), maak_account("inwoner2")
    inwoner = maak_inwoner(
        klantmanager=klantmanager, krachtcoach=krachtcoach, account=account, voornamen="Sanne", achternaam="Matrix"
    )
    inwoner.straat = "Matrixlaan"
    inwoner.save()
    ander = maak_inwoner(klantmanager=klantmanager, account=ander_account, voornamen="Bram", achternaam="Buur")
    Huisgenoot.objects.create(
        huishouden=Huishouden.objects.get(inwoner=inwoner),
        relatie="kind",
        voornaam="Huisgenootmatrix",
        achternaam="Matrix",
        geboortedatum=date(2015, 5, 5),
    )
    Contactmoment.objects.create(
        inwoner=inwoner,
        medewerker=klantmanager,
        datum=date(2025, 1, 10),
        soort="gesprek",
        duur_minuten=30,
        samenvatting="Contactnotitie van de klantmanager (matrix)",
    )
    bron = Inkomstenbron.objects.create(
        inwoner=inwoner,
        soort="arbeid",
        omschrijving="Loon van de matrixbakkerij",
        netto_per_maand=Decimal("1234.56"),
        geldig_vanaf=date(2024, 1, 1),
    )
    belemmeringen = [
        ("schulden", "Schulden bij drie schuldeisers (matrix)", False),
        ("gezondheid", "Hernia-klachten (matrix)", True),
        ("gezondheid", "Slaapt slecht sinds de verhuizing (matrix)", False),
        ("kinderopvang", "Geen opvang op woensdag (matrix)", False),
    ]
    for soort, tekst, medisch in belemmeringen:
        plan_services.leg_belemmering_vast(
            door=klantmanager, inwoner=inwoner, soort=soort, omschrijving=tekst, wat_helpt="Praten", medisch=medisch
        )
    plan_services.leg_zelfredzaamheid_vast(
        door=klantmanager, inwoner=inwoner, datum=date(2025, 1, 10), moment="intake", scores=dict.fromkeys(Domein, 3)
    )
    for tekst, gebied in (
        ("Schuldenvrij worden (matrix)", "inkomen_schulden"),
        ("Eigen doel, niet gedeeld (matrix)", ""),
    ):
        plan_services.voeg_doel_toe(
            door=klantmanager, inwoner=inwoner, eigen_woorden=tekst, belang=7, vertrouwen=5, leefgebied=gebied
        )
    gedeeld = plan_services.voeg_doel_toe(
        door=klantmanager,
        inwoner=inwoner,
        eigen_woorden=GEDEELD_DOEL,
        belang=8,
        vertrouwen=6,
        leefgebied="dagbesteding",
    )
    plan_services.deel_doel(door=account, doel=gedeeld, gedeeld=True)
    stap = plan_services.voeg_stap_toe(door=klantmanager, doel=gedeeld, wat="Bellen met de moestuin")
    Participatieprofiel.objects.create(
        inwoner=inwoner, talenten="Tuinieren in de buurttuin (matrix)", toestemming=True, toestemming_via="portaal"
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
    plaatsing = Plaatsing.objects.create(
        inwoner=inwoner, plek=plek, uren_per_week=Decimal("4"), voorgesteld_door=krachtcoach
    )
    gesprek = Gesprek.objects.create(
        eigenaar=klantmanager, inwoner=inwoner, datum=date(2025, 1, 10), aantekeningen=MONSTERS[Categorie.GESPREKKEN][0]
    )
    taak = Taak.objects.create(soort="herberekening", gemeente=gemeente, status="klaar", gestart_door=teamleider)
    herberekening = Herberekening.objects.create(
        gemeente=gemeente, taak=taak, peildatum=date(2025, 1, 1), gestart_door=teamleider
    )
    gebruikers = {
        "anoniem": None,
        "inwoner": account,
        "ander_inwoner": ander_account,
        "km_team": klantmanager,
        "km_ander_team": collega,
        "kc_toegewezen": krachtcoach,
        "kc_niet_toegewezen": andere_coach,
        "teamleider": teamleider,
        "beheerder": beheerder,
    }
    ids = {
        "pk": inwoner.pk,
        "doel_pk": gedeeld.pk,
        "stap_pk": stap.pk,
        "belemmering_pk": Belemmering.objects.get(soort="kinderopvang").pk,
        "plek_pk": plek.pk,
        "plaatsing_pk": plaatsing.pk,
        "object_pk": bron.pk,
        "gesprek": gesprek.pk,
        "oefensessie": Oefensessie.objects.create(eigenaar=klantmanager, persona="gesettelde", seed=1).pk,
        "herberekening": herberekening.pk,
        "taak": taak.pk,
        "medewerker": klantmanager.pk,
        # Requested by the beheerder of the matrix, so only a second beheerder may decide it (four eyes).
        "rolwijziging": Rolwijziging.objects.create(
            gebruiker=klantmanager, rol="teamleider", team=team, aangevraagd_door=beheerder
        ).pk,
        "team": team.pk,
        "wijk": inwoner.wijk_id,
        "huishouden": Huishouden.objects.get(inwoner=inwoner).pk,
        "plan": gedeeld.plan_id,
        "contactmoment": Contactmoment.objects.get(inwoner=inwoner).pk,
        "applicatie": maak_applicatie(
            door=beheerder, gegevens={"naam": "Klantcontactsysteem", "scopes": [], "categorieen": []}
        )[0].pk,
        "beurt": 1,
        "wijziging_pk": Wijziging.objects.create(
            inwoner=inwoner,
            soort="inkomen",
            ingangsdatum=date(2026, 3, 1),
            omschrijving="Nieuwe baan",
            document=b"%PDF-1.7",
            document_naam="loonstrook.pdf",
            document_type="application/pdf",
            gemeld_door=account,
        ).pk,
        "beschikking_pk": Beschikking.objects.create(
            inwoner=inwoner, soort="maatregel", datum=date(2026, 3, 2), onderwerp="Besluit", pdf=b"%PDF-1.7"
        ).pk,
        "maatwerk": MaatwerkBesluit.objects.create(
            inwoner=inwoner,
            door=klantmanager,
            datum=date(2025, 2, 1),
            soort="eenmalige_betaling",
            situatie="Wasmachine kapot",
            perspectief="Ik kan niet meer wassen",
            regel="Geen bijzondere bijstand voor witgoed",
            besluit="Eenmalige betaling",
            redenen="Geen alternatief",
        ).pk,
    }
    assert Doel.objects.count() == 3 and Stap.objects.count() == 1
    return Wereld(inwoner, ander, gebruikers, ids)
