"""Demo conversations for the demo klantmanager: short, written-for-the-demo Werk & Inkomen conversations, coded by the
shipped model exactly as an uploaded transcript would be."""

import random
from datetime import date, timedelta

from regie.apps.accounts.models import Gebruiker, Rol
from regie.apps.dossier.models import Inwoner

from . import services
from .inlezen import lees_tekst
from .models import Spreker
from .teamtrends import MIN_GESPREKKEN, MIN_PROFESSIONALS, kwartaal_van

TRANSCRIPTEN = [
    """KM: Goedemorgen {naam}, fijn dat je er bent. Hoe gaat het met je?
Inwoner: Gaat wel. Ik sliep slecht, ik maakte me zorgen over dit gesprek.
KM: Je was er onrustig over.
Inwoner: Ja. Ik dacht dat het weer over de regels zou gaan.
KM: Waar zou jij het vandaag graag over hebben?
Inwoner: Over werk eigenlijk. Ik wil wel weer iets doen, maar ik weet niet wat.
KM: Je wilt weer aan de slag, en je zoekt nog wat bij je past.
Inwoner: Precies. Vroeger werkte ik in een bakkerij, dat vond ik mooi.
KM: Wat vond je er mooi aan?
Inwoner: Vroeg beginnen, samen met collega's, en dat mensen blij werden van je brood.
KM: Je haalt er voldoening uit als je iets maakt waar anderen blij van worden.
Inwoner: Ja, dat klopt wel. Ik zou misschien bij de bakkerij in de wijk kunnen vragen.
KM: Dat is een goed idee van je. Wat zou een eerste stap kunnen zijn?
Inwoner: Volgende week langsgaan en vragen of ze iemand zoeken.""",
    """KM: Hoi {naam}, kom binnen. We hebben vandaag het heronderzoek.
Inwoner: Ja, ik heb alle papieren meegenomen.
KM: Je moet ook nog twee sollicitaties per week doen, dat is de regel.
Inwoner: Dat lukt gewoon niet met de zorg voor mijn moeder.
KM: Dan moet je dat eerder melden, anders krijg je een maatregel.
Inwoner: Niemand vraagt hoe het met mij gaat.
KM: Het voelt alsof het alleen om de regels gaat en niet om jou.
Inwoner: Ja. Ik doe echt mijn best, maar ik kan niet alles tegelijk.
KM: Je zorgt elke dag voor je moeder en dat kost veel energie.
Inwoner: Ze woont bij ons in huis sinds haar val.
KM: Mag ik je iets vertellen over een ontheffing voor mantelzorg?
Inwoner: Graag, dat wist ik niet.""",
]


def maak_demo(gemeente, rng: random.Random, vandaag: date) -> None:
    klantmanager = Gebruiker.objects.filter(gemeente=gemeente, rol=Rol.KLANTMANAGER, username="klantmanager").first()
    if klantmanager is None:
        return
    inwoners = list(Inwoner.objects.zichtbaar_voor(klantmanager).in_caseload_van(klantmanager).order_by("pk")[:20])
    for nummer, transcript in enumerate(TRANSCRIPTEN):
        if not inwoners:
            return
        inwoner = inwoners.pop(rng.randrange(len(inwoners)))
        _voeg_toe(klantmanager, inwoner, vandaag - timedelta(days=7 * (nummer + 1)), transcript)
    _vorig_kwartaal_van_het_team(klantmanager, rng, vandaag)


def _vorig_kwartaal_van_het_team(klantmanager, rng: random.Random, vandaag: date) -> None:
    """Enough conversations of the demo klantmanager's team in the last closed quarter for the teamleider's trends."""
    team = Gebruiker.objects.filter(team_id=klantmanager.team_id, rol=Rol.KLANTMANAGER).order_by("pk")
    collegas = list(team[:MIN_PROFESSIONALS])
    if len(collegas) < MIN_PROFESSIONALS:
        return
    begin = kwartaal_van(kwartaal_van(vandaag) - timedelta(days=1))
    for collega in collegas:
        inwoners = list(Inwoner.objects.zichtbaar_voor(collega).in_caseload_van(collega).order_by("pk")[:20])
        for nummer in range(MIN_GESPREKKEN):
            if not inwoners:
                return
            inwoner = inwoners.pop(rng.randrange(len(inwoners)))
            transcript = TRANSCRIPTEN[(nummer + collegas.index(collega)) % len(TRANSCRIPTEN)]
            _voeg_toe(collega, inwoner, begin + timedelta(days=rng.randrange(85)), transcript)


def _voeg_toe(door, inwoner, datum: date, transcript: str):
    beurten = lees_tekst(transcript.format(naam=inwoner.voornamen))
    gesprek = services.voeg_transcript_toe(door=door, inwoner=inwoner, datum=datum, beurten=beurten)
    rollen = {b.spreker_label: (Spreker.PROFESSIONAL if b.spreker_label == "KM" else Spreker.INWONER) for b in beurten}
    services.bevestig_sprekers(door=door, gesprek=gesprek, rollen=rollen)
