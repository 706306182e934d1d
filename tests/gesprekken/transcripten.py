"""Fictitious Dutch conversations used by the tests."""

import io
import zipfile

GESPREK = """KM: Goedemorgen Nadia, fijn dat je er bent. Ga zitten.
Inwoner: Goedemorgen. Ik moest het even vinden, maar het is gelukt.
KM: Wat zou jij vandaag graag uit dit gesprek halen?
Inwoner: Ik wil eigenlijk weer aan het werk, maar ik weet niet goed hoe ik dat moet aanpakken met de kinderen.
KM: Je wilt graag weer werken, en tegelijk maak je je zorgen over de zorg voor je kinderen.
Inwoner: Ja, precies. Mijn zoon Jayden is pas vier.
KM: Je moet gewoon solliciteren, dat is de regel. Anders krijg je een maatregel.
Inwoner: Dat heb ik al zo vaak gehoord. Ik heb daar nu echt geen zin in.
KM: Het klinkt alsof je je onder druk gezet voelt.
Inwoner: Ja. Maar ik wil het wel, als het past bij de schooltijden.
KM: Dat je ondanks alles blijft zoeken naar een manier, dat zegt veel over je doorzettingsvermogen.
Inwoner: Dank je. Ik zou misschien in de ochtend bij de bakkerij kunnen werken.
KM: Jij kent je situatie het best; jij bepaalt wat past.
Inwoner: Ik ga volgende week bij de bakkerij langs om te vragen of ze iemand zoeken.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Sanne Jansen>Goedemorgen, wat fijn dat je er bent.</v>

00:00:04.500 --> 00:00:07.000
<v Sanne Jansen>Wat wil je vandaag bespreken?</v>

00:00:07.500 --> 00:00:12.000
<v Nadia>Ik wil weer aan het werk, maar ik twijfel.</v>

NOTE dit is een opmerking

00:00:12.500 --> 00:00:15.000
<v.loud Sanne Jansen>Je twijfelt nog.</v>
"""


def docx(regels: list[str]) -> bytes:
    """A minimal Word document with one paragraph per line (and a tab and a line break to read)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    alineas = "".join(f"<w:p><w:r><w:t>{r}</w:t></w:r></w:p>" for r in regels)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{alineas}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("word/document.xml", xml)
        archief.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()
