"""Choices of the participation app, mirroring the vocabularies of the matching engine with Dutch labels.

The codes are the engine's codes (tests/participatie/test_keuzes.py guards that), so a stored value converts to the
engine's type without a lookup table.
"""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from regie.matching import Dag, Dagdeel, Deel


class Interesse(models.TextChoices):
    KOKEN = "koken", _("Koken")
    TECHNISCH = "technisch", _("Techniek")
    TUINIEREN = "tuinieren", _("Tuinieren")
    ZORG_VOOR_ANDEREN = "zorg_voor_anderen", _("Zorgen voor anderen")
    SPORT = "sport", _("Sport en bewegen")
    CREATIEF = "creatief", _("Creatief bezig zijn")
    ADMINISTRATIEF = "administratief", _("Administratie")
    DIEREN = "dieren", _("Dieren")
    KINDEREN = "kinderen", _("Werken met kinderen")
    TALEN = "talen", _("Talen")
    MUZIEK = "muziek", _("Muziek")
    DIGITAAL = "digitaal", _("Computers en digitale hulp")
    KLUSSEN = "klussen", _("Klussen en onderhoud")
    GASTVRIJHEID = "gastvrijheid", _("Gastvrijheid")
    WINKEL = "winkel", _("Winkel en verkoop")
    NATUUR = "natuur", _("Natuur")


class Beperking(models.TextChoices):
    """Practical limits phrased as what a place must offer; never a diagnosis."""

    GEEN_ZWAAR_TILLEN = "geen_zwaar_tillen", _("Geen zwaar tilwerk")
    RUSTIGE_PLEK_NODIG = "rustige_plek_nodig", _("Heeft een rustige plek nodig")
    ROLSTOELTOEGANKELIJK_NODIG = "rolstoeltoegankelijk_nodig", _("Rolstoeltoegankelijk nodig")
    NIET_MET_DIEREN = "niet_met_dieren", _("Niet met dieren")
    BEGELEIDING_NODIG = "begeleiding_nodig", _("Begeleiding op de plek nodig")


class Reismodus(models.TextChoices):
    LOPEN = "lopen", _("Lopen")
    FIETS = "fiets", _("Fiets")
    OV = "ov", _("Openbaar vervoer")


class Gezelschap(models.TextChoices):
    SAMEN = "samen", _("Samen met anderen")
    ALLEEN = "alleen", _("Zelfstandig")
    BEIDE = "beide", _("Maakt niet uit")


class Omgeving(models.TextChoices):
    BINNEN = "binnen", _("Binnen")
    BUITEN = "buiten", _("Buiten")
    BEIDE = "beide", _("Maakt niet uit")


class Taalniveau(models.IntegerChoices):
    A0 = 0, _("A0 – (nog) bijna geen Nederlands")
    A1 = 1, _("A1 – beginner")
    A2 = 2, _("A2 – eenvoudige gesprekken")
    B1 = 3, _("B1 – redt zich in de meeste situaties")
    B2 = 4, _("B2 – vloeiend in dagelijkse situaties")
    C1 = 5, _("C1 – goed")
    C2 = 6, _("C2 – (bijna) moedertaal")


_DAGEN = (_("maandag"), _("dinsdag"), _("woensdag"), _("donderdag"), _("vrijdag"), _("zaterdag"), _("zondag"))
_DELEN = (_("ochtend"), _("middag"), _("avond"))
# One word in Dutch ("dinsdagochtend"), as the engine and the match reasons write it; in English "Tuesday morning".
_DAGDEEL = _("{dag}{deel}")

# Stored as the engine's own spelling, e.g. "dinsdagochtend": readable in the database and in a CSV file.
DAGDEEL_KEUZES = [
    (str(Dagdeel(dag, deel)), format_lazy(_DAGDEEL, dag=_DAGEN[dag], deel=_DELEN[deel])) for dag in Dag for deel in Deel
]
DAGDEEL_VAN_CODE = {str(Dagdeel(dag, deel)): Dagdeel(dag, deel) for dag in Dag for deel in Deel}
