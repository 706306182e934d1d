"""The instruments' scales: participatieladder rungs, self-reliance domains and levels, with our own short texts.

The per-cell criteria of the official Zelfredzaamheid-Matrix belong to its publisher; a municipality that holds a
licence loads them as configuration: ``REGIE_ZRM_CRITERIA`` is the path of a JSON file shaped
``{"financien": {"1": "…", …, "5": "…"}, …}``. Without it, the short descriptions below are shown.
"""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Trede(models.IntegerChoices):
    GEISOLEERD = 1, _("1. Geïsoleerd")
    SOCIALE_CONTACTEN = 2, _("2. Sociale contacten buitenshuis")
    GEORGANISEERDE_ACTIVITEITEN = 3, _("3. Meedoen aan georganiseerde activiteiten")
    ONBETAALD_WERK = 4, _("4. Onbetaald werk")
    BETAALD_MET_ONDERSTEUNING = 5, _("5. Betaald werk met ondersteuning")
    BETAALD_WERK = 6, _("6. Betaald werk")


TREDE_UITLEG = {
    1: _("Bijna geen contact met anderen buiten het eigen huis."),
    2: _("Contact met familie, buren of vrienden buiten het eigen huis."),
    3: _("Doet mee aan iets georganiseerds: een club, een cursus, dagbesteding."),
    4: _("Vrijwilligerswerk, tegenprestatie of een werkervaringsplek."),
    5: _("Betaald werk met steun, zoals loonkostensubsidie of een jobcoach."),
    6: _("Betaald werk zonder ondersteuning."),
}


class Domein(models.TextChoices):
    FINANCIEN = "financien", _("Financiën")
    WERK_OPLEIDING = "werk_opleiding", _("Werk en opleiding")
    TIJDSBESTEDING = "tijdsbesteding", _("Tijdsbesteding")
    HUISVESTING = "huisvesting", _("Huisvesting")
    HUISELIJKE_RELATIES = "huiselijke_relaties", _("Huiselijke relaties")
    GEESTELIJKE_GEZONDHEID = "geestelijke_gezondheid", _("Geestelijke gezondheid")
    LICHAMELIJKE_GEZONDHEID = "lichamelijke_gezondheid", _("Lichamelijke gezondheid")
    MIDDELENGEBRUIK = "middelengebruik", _("Middelengebruik")
    BASALE_ADL = "basale_adl", _("Basale dagelijkse verzorging")
    INSTRUMENTELE_ADL = "instrumentele_adl", _("Huishouden en regelzaken")
    SOCIAAL_NETWERK = "sociaal_netwerk", _("Sociaal netwerk")
    MAATSCHAPPELIJKE_PARTICIPATIE = "participatie", _("Meedoen in de samenleving")
    JUSTITIE = "justitie", _("Justitie")


DOMEIN_UITLEG = {
    Domein.FINANCIEN: _("Rondkomen, rekeningen betalen, schulden."),
    Domein.WERK_OPLEIDING: _("Werk, opleiding of een vaste dagtaak."),
    Domein.TIJDSBESTEDING: _("Een zinvolle invulling van de dag."),
    Domein.HUISVESTING: _("Een veilige, vaste en betaalbare woonplek."),
    Domein.HUISELIJKE_RELATIES: _("Hoe het gaat met de mensen in huis."),
    Domein.GEESTELIJKE_GEZONDHEID: _("Hoe iemand zich voelt en zich staande houdt."),
    Domein.LICHAMELIJKE_GEZONDHEID: _("Lichamelijke klachten en hoe iemand daarmee omgaat."),
    Domein.MIDDELENGEBRUIK: _("Alcohol, drugs, medicijnen of gokken."),
    Domein.BASALE_ADL: _("Eten, wassen, aankleden."),
    Domein.INSTRUMENTELE_ADL: _("Boodschappen, post, afspraken, schoonmaken."),
    Domein.SOCIAAL_NETWERK: _("Mensen op wie iemand kan terugvallen."),
    Domein.MAATSCHAPPELIJKE_PARTICIPATIE: _("Meedoen in de buurt, een club, vrijwilligerswerk."),
    Domein.JUSTITIE: _("Contact met politie of justitie."),
}


class Niveau(models.IntegerChoices):
    ACUUT = 1, _("1. Acute problemen")
    NIET_ZELFREDZAAM = 2, _("2. Niet zelfredzaam")
    BEPERKT = 3, _("3. Beperkt zelfredzaam")
    VOLDOENDE = 4, _("4. Voldoende zelfredzaam")
    VOLLEDIG = 5, _("5. Volledig zelfredzaam")


NIVEAU_UITLEG = {
    1: _("Er is nu direct hulp nodig."),
    2: _("Lukt zonder hulp niet; hulp is er nog niet of niet genoeg."),
    3: _("Lukt deels, met hulp van anderen."),
    4: _("Lukt, soms met wat steun."),
    5: _("Lukt helemaal zelf."),
}


@cache
def _geconfigureerde_criteria(pad: str) -> dict:
    return json.loads(Path(pad).read_text(encoding="utf-8"))


def criterium(domein: str, niveau: int) -> str:
    """The text for one cell: the configured official criteria when loaded, else our own level description."""
    pad = getattr(settings, "REGIE_ZRM_CRITERIA", "")
    if pad:
        tekst = _geconfigureerde_criteria(str(pad)).get(domein, {}).get(str(niveau))
        if tekst:
            return tekst
    return str(NIVEAU_UITLEG.get(niveau, ""))
