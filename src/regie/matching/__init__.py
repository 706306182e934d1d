"""Pure engine: imports nothing from Django.

Matches inwoners to places in their neighbourhood by talents, interests, availability and distance, and explains
every suggestion in plain Dutch. It advises; the inwoner and the krachtcoach decide. See docs/algoritme-matching.md.

Typical use from a service:

    index = bouw_index(plekken, UsemEncoder())          # once per catalogue, reuse it
    suggesties(profiel, index)                           # ten best places for one person, with reasons
    beoordeel(profiel, index, plek_id)                   # one place, also why it is excluded
    maak_voorstel(profielen, index)                      # capacity-aware proposal for a caseload or city
"""

from .controle import Groepsuitkomst, uitkomst_per_groep
from .encoders import HashEncoder, TextEncoder, UsemEncoder
from .index import PlekIndex, bouw_index
from .model import Plek, Profiel
from .reasons import Beoordeling, Scoreopbouw
from .scoring import STANDAARD_GEWICHTEN, Gewichten
from .suggest import beoordeel, suggesties
from .taxonomy import (
    TAG_LABELS,
    Beperking,
    Dag,
    Dagdeel,
    Deel,
    Gezelschap,
    Omgeving,
    Reismodus,
    Taalniveau,
    Tag,
)
from .voorstel import Optimaliteit, Plaatsingsvoorstel, VoorgesteldePlaatsing, maak_voorstel

__all__ = [
    "STANDAARD_GEWICHTEN",
    "TAG_LABELS",
    "Beoordeling",
    "Beperking",
    "Dag",
    "Dagdeel",
    "Deel",
    "Gewichten",
    "Gezelschap",
    "Groepsuitkomst",
    "HashEncoder",
    "Omgeving",
    "Optimaliteit",
    "Plaatsingsvoorstel",
    "Plek",
    "PlekIndex",
    "Profiel",
    "Reismodus",
    "Scoreopbouw",
    "Taalniveau",
    "Tag",
    "TextEncoder",
    "UsemEncoder",
    "VoorgesteldePlaatsing",
    "beoordeel",
    "bouw_index",
    "maak_voorstel",
    "suggesties",
    "uitkomst_per_groep",
]
