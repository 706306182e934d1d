"""Recall of regie.privacy per kind of identifying detail on Dutch social-domain notes written for this test.

Each note marks its identifying details as ``«soort|tekst»``; the markers are removed to get the note as a
professional would write it. A detail counts as found when its text no longer occurs in the pseudonymised note.
The notes are combined from sentence patterns and values (60 notes); the figures are printed per kind.
Thresholds from the issue: at least 95% for BSN, phone, e-mail and postcode, at least 90% for names.
"""

import random
import re
from collections import Counter

from regie.privacy import Pseudonimiseerder

ZINNEN = [
    "Vandaag huisbezoek bij «naam|{vn} {an}» aan de «straat|{straat} {nr}», «postcode|{pc}».",
    "Gesproken met «naam|{vn}» over de schulden; BSN «bsn|{bsn}» doorgegeven aan "
    "«organisatie|Stichting Schuldhulp {plaats}».",
    "Mevrouw «naam|{an}» belde vanaf «telefoon|{tel}»: de energierekening is niet betaald.",
    "Afspraak gemaakt met «naam|{vn2} {an2}» van «organisatie|Buurthuis De {org}» voor vrijwilligerswerk.",
    "De inwoner stuurde een mail vanaf «email|{mail}» met de loonstroken.",
    "Meneer «naam|{an2}» is geboren op «datum|{datum}» en woont sinds kort op «postcode|{pc2}».",
    "Contact opgenomen met «organisatie|Voedselbank {plaats}»; pakket vanaf volgende week.",
    "Zoon «naam|{vn3}» gaat naar de dagbesteding; moeder is bereikbaar op «telefoon|{tel2}».",
    "Gesprek op «datum|{datum2}» met «naam|{vn} {an}» en haar buurvrouw «naam|{vn2}».",
    "Doorverwezen naar «organisatie|Kringloopwinkel {org}» aan de «straat|{straat2} {nr2}».",
    "BSN van de partner: «bsn|{bsn2}». Partner werkt bij de supermarkt.",
    "Volgens «naam|{vn3} {an2}» lukt het sporten bij «organisatie|Sportvereniging {org}» goed.",
    "Mail doorgestuurd naar «email|{mail2}», in afwachting van reactie.",
]

VOORNAMEN = [
    "Fatima",
    "Jan",
    "Sanne",
    "Mohamed",
    "Anouk",
    "Pieter",
    "Yasmin",
    "Kees",
    "Lotte",
    "Ahmed",
    "Ingrid",
    "Bram",
    "Samira",
    "Henk",
    "Noor",
    "Dirk",
    "Aylin",
    "Ruud",
    "Els",
    "Youssef",
]
ACHTERNAMEN = [
    "Yilmaz",
    "de Vries",
    "Jansen",
    "El Amrani",
    "Bakker",
    "van Dijk",
    "Visser",
    "Smit",
    "Bosman",
    "Mulder",
    "de Boer",
    "Öztürk",
    "Hendriks",
    "van der Berg",
    "Kramer",
    "Postma",
]
STRATEN = ["Kerkstraat", "Molenweg", "Lindelaan", "Havenkade", "Beukenhof", "Dorpsplein", "Schoolstraat", "Julianalaan"]
ORGS = ["Brug", "Schakel", "Spil", "Anker", "Horizon", "Linde", "Ontmoeting", "Kroon"]
PLAATSEN = ["Deventer", "Zutphen", "Apeldoorn", "Rivierstad"]
BSNS = ["111222333", "123456782", "999996356", "100000009", "192837465"]


def _geldige_bsn(rng):
    while True:
        cijfers = [rng.randint(0, 9) for _ in range(8)]
        som = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        laatste = som % 11
        if laatste <= 9 and cijfers[0] != 0:
            return "".join(map(str, cijfers)) + str(laatste)


def _telefoon(rng):
    n = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice([f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}", f"0570-{n[:6]}"])


def _notities(aantal=60, seed=14):
    rng = random.Random(seed)
    notities = []
    for _ in range(aantal):
        waarden = {
            "vn": rng.choice(VOORNAMEN),
            "vn2": rng.choice(VOORNAMEN),
            "vn3": rng.choice(VOORNAMEN),
            "an": rng.choice(ACHTERNAMEN),
            "an2": rng.choice(ACHTERNAMEN),
            "straat": rng.choice(STRATEN),
            "straat2": rng.choice(STRATEN),
            "nr": rng.randint(1, 180),
            "nr2": f"{rng.randint(1, 90)}a",
            "pc": f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRTVWXZ')}",
            "pc2": f"{rng.randint(1000, 9999)}{rng.choice('ABCDEGHJKLMN')}{rng.choice('ABCDEGHJKLMN')}",
            "bsn": _geldige_bsn(rng),
            "bsn2": _geldige_bsn(rng),
            "tel": _telefoon(rng),
            "tel2": _telefoon(rng),
            "mail": f"{rng.choice(VOORNAMEN).lower()}.{rng.randint(1, 99)}@hotmail.com",
            "mail2": f"info@{rng.choice(ORGS).lower()}-{rng.choice(PLAATSEN).lower()}.nl",
            "datum": f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.randint(1950, 2005)}",
            "datum2": f"{rng.randint(1, 28)} {rng.choice(['januari', 'maart', 'juni', 'oktober'])} 2025",
            "org": rng.choice(ORGS),
            "plaats": rng.choice(PLAATSEN),
        }
        zinnen = rng.sample(ZINNEN, 4)
        notities.append(" ".join(z.format(**waarden) for z in zinnen))
    return notities


MARKER = re.compile(r"«(\w+)\|([^»]+)»")


def meet():
    gevonden, totaal = Counter(), Counter()
    for notitie in _notities():
        tekst = MARKER.sub(lambda m: m.group(2), notitie)
        uit = Pseudonimiseerder()(tekst)
        for soort, waarde in MARKER.findall(notitie):
            totaal[soort] += 1
            gevonden[soort] += waarde not in uit
    return {soort: gevonden[soort] / totaal[soort] for soort in totaal}, totaal


def test_recall_per_kind_on_sixty_notes():
    recall, totaal = meet()
    for soort in sorted(recall):
        print(f"{soort}: {recall[soort]:.1%} of {totaal[soort]}")
    assert sum(1 for _ in _notities()) >= 50
    for soort in ("bsn", "telefoon", "email", "postcode"):
        assert recall[soort] >= 0.95, (soort, recall[soort])
    assert recall["naam"] >= 0.90, recall["naam"]
