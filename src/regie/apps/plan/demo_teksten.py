"""Made-up texts for the demo: goals as people say them, small steps, check-in notes, obstacles and messages."""

# (goal in the inwoner's words, life domain, steps with who does them)
DOELEN = [
    (
        "Ik wil een baan waarbij ik met mijn handen werk",
        "werk",
        [
            ("Mijn cv bijwerken samen met de klantmanager", "klantmanager"),
            ("Twee vacatures in de techniek uitzoeken", "inwoner"),
            ("Een dag meelopen bij de fietsenmaker in de wijk", "krachtcoach"),
        ],
    ),
    (
        "Mijn schulden op een rij krijgen, zodat ik weer rustig slaap",
        "inkomen_schulden",
        [
            ("Alle brieven in één map doen", "inwoner"),
            ("Afspraak maken bij de schuldhulpverlening", "inwoner"),
            ("Samen een overzicht maken van wat er binnenkomt en uitgaat", "klantmanager"),
        ],
    ),
    (
        "Elke ochtend om acht uur opstaan en ontbijten",
        "dagbesteding",
        [
            ("Wekker zetten en naast het bed leggen", "inwoner"),
            ("Een week bijhouden hoe laat ik opsta", "inwoner"),
        ],
    ),
    (
        "Beter Nederlands spreken, zodat ik zelf bij de huisarts kan praten",
        "leren",
        [
            ("Inschrijven bij het Taalhuis", "inwoner"),
            ("Elke dag het nieuws in makkelijke taal lezen", "inwoner"),
            ("Taalmaatje zoeken via de bibliotheek", "krachtcoach"),
        ],
    ),
    (
        "Weer gaan zwemmen, voor mijn rug",
        "gezondheid",
        [
            ("Vragen of het zwembad een korting heeft met de stadspas", "inwoner"),
            ("Eén keer per week naar het vroege banenzwemmen", "inwoner"),
        ],
    ),
    (
        "Een woning zonder schimmel, voor de longen van mijn kinderen",
        "wonen",
        [
            ("Foto's maken van de schimmel en naar de verhuurder sturen", "inwoner"),
            ("Urgentie aanvragen bij de woningcorporatie", "klantmanager"),
        ],
    ),
    (
        "Vaker afspreken met mijn zus",
        "sociale_contacten",
        [
            ("Mijn zus bellen en een dag prikken", "inwoner"),
        ],
    ),
    (
        "Mijn zoon elke dag zelf naar school brengen",
        "anders",
        [
            ("Samen de route lopen op zondag", "inwoner"),
            ("Met de juf bespreken hoe het gaat", "inwoner"),
        ],
    ),
    (
        "Mijn rijbewijs halen",
        "leren",
        [
            ("Theorieboek lenen bij de bibliotheek", "inwoner"),
            ("Uitzoeken of er een fonds is voor rijlessen", "klantmanager"),
        ],
    ),
    (
        "Vrijwilligerswerk doen bij de voedselbank",
        "dagbesteding",
        [
            ("Kennismaken bij de voedselbank aan de Havenweg", "krachtcoach"),
            ("Twee ochtenden proefdraaien", "inwoner"),
        ],
    ),
    (
        "Minder blowen, omdat ik helderder wil zijn",
        "gezondheid",
        [
            ("Opschrijven wanneer ik zin krijg", "inwoner"),
            ("Gesprek met de verslavingszorg, alleen als ik dat wil", "inwoner"),
        ],
    ),
    (
        "Een opleiding beginnen tot helpende zorg en welzijn",
        "leren",
        [
            ("Open dag van het mbo bezoeken", "inwoner"),
            ("Uitzoeken of ik de opleiding met behoud van uitkering mag doen", "klantmanager"),
        ],
    ),
    (
        "Een eigen kleine naaiatelier aan huis",
        "werk",
        [
            ("Gesprek over starten als ondernemer met het Bbz-loket", "klantmanager"),
            ("Vijf kledingstukken maken voor de buurtmarkt", "inwoner"),
        ],
    ),
    (
        "Weer durven fietsen in de stad",
        "anders",
        [
            ("Fietsles voor volwassenen in het buurthuis", "krachtcoach"),
        ],
    ),
    (
        "Mijn post en administratie zelf bijhouden",
        "inkomen_schulden",
        [
            ("Elke vrijdag een kwartier de post openen", "inwoner"),
            ("Uitleg over Mijn Toeslagen met de vrijwilliger van het formulierenspreekuur", "ander"),
        ],
    ),
    (
        "Een moestuintje bij de buurtvereniging",
        "dagbesteding",
        [
            ("Aanmelden voor een stukje grond", "inwoner"),
            ("Zaden halen bij de ruilbeurs", "inwoner"),
        ],
    ),
    (
        "Weer gitaar spelen en misschien in een bandje",
        "sociale_contacten",
        [
            ("Gitaar laten repareren", "inwoner"),
            ("Open jamavond in het wijkcentrum bezoeken", "krachtcoach"),
        ],
    ),
    (
        "Parttime werken in de kinderopvang",
        "werk",
        [
            ("VOG aanvragen", "inwoner"),
            ("Werkervaringsplek zoeken bij een kinderdagverblijf", "klantmanager"),
        ],
    ),
]

ANDERE = ["de vrijwilliger van het formulierenspreekuur", "mijn buurvrouw", "de wijkverpleegkundige", "mijn broer"]

VOORTGANG = [
    "Gaat beter dan gedacht.",
    "Was een zware maand, maar ik ben niet gestopt.",
    "Eerste stap gezet, voelt goed.",
    "Even stilgestaan door ziekte van mijn moeder.",
    "Ik merk dat ik het echt zelf wil.",
    "Lastig, ik weet nog niet goed hoe ik moet beginnen.",
    "Trots op mezelf.",
    "Mijn dochter helpt me herinneren.",
    "",
    "",
]

NOTITIES = ["Gelukt!", "Was spannend, maar ging goed.", "Samen met mijn buurvrouw gedaan.", "", "", ""]

# (kind, description, what would help, medical)
BELEMMERINGEN = {
    "zorgtaken": [("Zorgt dagelijks voor een zieke ouder", "Respijtzorg of dagbesteding voor de ouder", False)],
    "gezondheid": [
        ("Herstelt van een operatie aan de knie", "Fysiotherapie afmaken; daarna werk zonder lang staan", True),
        ("Somberheid, in behandeling bij de huisarts-ggz", "Rust in het traject en kleine stappen", True),
        ("Rugklachten na jarenlang zwaar werk", "Werk zonder tillen", True),
    ],
    "schulden": [
        ("Schulden bij meerdere schuldeisers, post blijft liggen", "Schuldhulpverlening en een budgetcoach", False)
    ],
    "taal": [("Spreekt nog weinig Nederlands", "Taalles overdag en een taalmaatje", False)],
    "kinderopvang": [("Geen opvang op woensdag en vrijdag", "Een plek bij de BSO of hulp uit het netwerk", False)],
    "vervoer": [("Geen fiets en het busabonnement is te duur", "Een fiets via de fietsenbank", False)],
    "huisvesting": [("Woont tijdelijk bij een vriend op de bank", "Een vaste woonplek via de urgentieregeling", False)],
}

BERICHTEN_KM = [
    "Goed dat u de eerste stap heeft gezet. Zullen we volgende week bellen?",
    "Ik heb het formulier voor de cursus naar u gestuurd. Lukt het invullen?",
    "Hoe gaat het met uw doel? U mag het ook aanpassen als het niet meer past.",
]
BERICHTEN_INWONER = [
    "Het is gelukt, ik ben ingeschreven!",
    "Ik kan donderdag niet, mijn zoon is ziek. Kan het vrijdag?",
    "Dank u wel voor het meedenken.",
]
