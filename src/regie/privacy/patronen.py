"""Regular expressions and word lists for identifying details in Dutch text.

Kept apart from the replacing logic so the patterns can be read, tested and extended on their own.
"""

from __future__ import annotations

import re

MAANDEN = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

# Nine digits, also written in groups (1234.56.782, 123 456 782); the elfproef decides whether it is a BSN.
BSN_KANDIDAAT = re.compile(r"(?<![\d.-])(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\d-])")

IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b")

# Dutch numbers: mobile (06), area codes (010, 0570), international (+31/0031), with spaces or dashes anywhere.
_CIJFER = r"\s?-?\s?\d"
TELEFOON = re.compile(
    rf"(?<![\w+])(?:\+31|0031)[\s-]?(?:\(0\))?[\s-]?[1-9](?:{_CIJFER}){{8}}(?!\d)|(?<![\w+])0[1-9](?:{_CIJFER}){{8}}(?!\d)"
)

# Capitals only: "1234 AB". Lowercase would turn "in 2024 en" into a postcode.
# The place name that usually follows is part of the address and goes with it.
POSTCODE = re.compile(
    r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?:\s+[A-Z][a-zà-ÿ'-]+(?:\s+[a-z]{2,3}\s+[A-Z][a-zà-ÿ-]+)?)?"
)

STRAAT_ACHTERVOEGSELS = (
    "straat|laan|weg|plein|singel|gracht|kade|dijk|pad|steeg|hof|dreef|markt|park|baan|ring|wal|plantsoen|erf|"
    "straatweg|boulevard|allee|kwartier|veld|dam|haven|burg|vaart|wetering|hoek|berg|horst|oord|gaarde|akker"
)
STRAAT_EINDES = tuple(STRAAT_ACHTERVOEGSELS.split("|"))
_HUISNUMMER = r"\d{1,5}(?:\s?-?\s?[a-zA-Z]\b|\s?-\s?\d{1,4}|\s(?:bis|hs|huis|I{1,3}|zw)\b)?"
# A capitalised word followed by a house number: "Kerkstraat 12", "Van Goghstraat 3a", "Burgemeester de Vlugtlaan
# 120-2". Whether the word is a street (its ending, or a street known to belong to the inwoner) is decided in code.
STRAAT = re.compile(
    r"(?<![\wÀ-ÿ])(?P<voor>(?:[A-Z][\w'.-]*\s+(?:(?:van|de|der|den|het|'t|ter|te)\s+)*){0,3})"
    rf"(?P<woord>[A-Z][\w'-]*)\s+(?P<nummer>{_HUISNUMMER})(?![\w])"
)

DATUM_NUMERIEK = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}\b")
DATUM_GESCHREVEN = re.compile(rf"\b\d{{1,2}}\s+(?:{MAANDEN})\.?\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)
# Without a year a date only identifies someone when it is a birthday.
DATUM_VERJAARDAG = re.compile(
    rf"(?P<voor>\b(?:geboren|jarig|verjaardag)\b[^.!?\n]{{0,20}}?)\b\d{{1,2}}\s+(?:{MAANDEN})\b", re.IGNORECASE
)

TUSSENVOEGSELS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "von",
    "el",
    "al",
    "da",
    "dos",
}

# Words after which a capitalised word is a person's name: titles, relations and "heet".
NAAM_AANWIJZERS = {
    "meneer",
    "mevrouw",
    "mevr",
    "mw",
    "dhr",
    "heer",
    "juffrouw",
    "juf",
    "meester",
    "dokter",
    "zoon",
    "dochter",
    "vriend",
    "vriendin",
    "partner",
    "man",
    "vrouw",
    "moeder",
    "vader",
    "broer",
    "zus",
    "zuster",
    "oom",
    "tante",
    "neef",
    "nicht",
    "opa",
    "oma",
    "buurman",
    "buurvrouw",
    "collega",
    "baas",
    "leidinggevende",
    "ex",
    "heet",
    "heette",
    "genaamd",
    "huisarts",
    "begeleider",
    "bewindvoerder",
    "schuldhulpverlener",
    "coach",
}

# Capitalised words that are not people: institutions, laws, days, months, languages, places of the work itself.
GEEN_NAAM = {
    "ik",
    "je",
    "jij",
    "u",
    "uw",
    "wij",
    "we",
    "zij",
    "hij",
    "het",
    "de",
    "een",
    "dat",
    "die",
    "dit",
    "maar",
    "en",
    "of",
    "ja",
    "nee",
    "oké",
    "ok",
    "goed",
    "dus",
    "nou",
    "oh",
    "o",
    "hm",
    "hmm",
    "uwv",
    "gemeente",
    "werkplein",
    "digid",
    "participatiewet",
    "bijstand",
    "svb",
    "cjib",
    "duo",
    "belastingdienst",
    "toeslagen",
    "ggd",
    "ggz",
    "wmo",
    "wajong",
    "ww",
    "wia",
    "bbz",
    "nederland",
    "nederlands",
    "engels",
    "arabisch",
    "turks",
    "pools",
    "duits",
    "frans",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
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
    "kerst",
    "pasen",
    "ramadan",
    "god",
    "allah",
    "regie",
    "inwoner",
    "klantmanager",
    "krachtcoach",
    "persoon",
    "mbo",
    "hbo",
    "vmbo",
    "havo",
    "vwo",
    "roc",
    "bsn",
    "cv",
    "whatsapp",
    "teams",
    "google",
    "linkedin",
    "corona",
}

# Common first names in the Netherlands (Dutch, Moroccan, Turkish, Surinamese, Polish, Syrian, Eritrean, Ukrainian
# origin), so a name at the start of a sentence, where capitals say nothing, is still found.
VOORNAMEN = set(
    """
    jan piet kees henk johan peter willem hans gerrit klaas wim cor frank mark erik rob sander thomas daan sem lucas
    tim bram jesse luuk ruben lars niels stefan dennis kevin jeroen bas martijn michiel arjen marco ronald paul
    anna emma julia sophie lisa sanne linda monique petra ingrid marieke anouk femke eva lotte fleur iris maria
    wilma ria annie truus ellen esther karin sandra nicole miranda natasja kim chantal priscilla shirley
    mohammed mohamed ahmed youssef mustafa hamza bilal ibrahim omar khalid rachid said karim ayoub soufiane nordin
    fatima khadija samira naima hanane malika nadia yasmina aicha souad loubna
    mehmet ali hasan huseyin murat emre burak can kemal ayse fatma zeynep elif emine hatice ozlem
    ramon rinaldo glenn romano sharon natasha ruth shanti reshma
    piotr tomasz krzysztof pawel marek anna katarzyna agnieszka magdalena ewa joanna
    yonas tesfay abraham semhar helen mulu dawit
    oleksandr olena iryna andriy natalia tetiana
    ahmad mahmoud rania lina hiba samer
    """.split()  # noqa: SIM905 - a list of 150 quoted names would be harder to read and extend
)


# Local organisations: a kind of organisation followed by its capitalised name ("Stichting De Brug", "Buurthuis
# 't Anker", "Voedselbank Rivierstad"). Known names of the municipality's own organisations are passed in as well.
ORGANISATIESOORTEN = (
    "Stichting|Vereniging|Buurthuis|Wijkcentrum|Voedselbank|Kringloop|Kringloopwinkel|Sportvereniging|Moskee|Kerk|"
    "Buurtteam|Wijkteam|Zorggroep|Woningcorporatie|Woonstichting|Thuiszorg|Speeltuin|Bibliotheek|Buurtcentrum|"
    "Ontmoetingscentrum|Dagbesteding|Zorgboerderij|Schuldhulp"
)
ORGANISATIE = re.compile(
    rf"\b(?:{ORGANISATIESOORTEN})(?:\s+(?:de|het|'t|De|Het|'T|van|der|den)\b)*(?:\s+[A-Z][\w'-]+){{1,3}}"
)
