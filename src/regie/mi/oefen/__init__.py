"""Oefengesprek: practise motivational interviewing with simulated inwoners (pure engine, no Django).

Personas and the state rules are YAML data under ``data/`` (format and sources in docs/oefengesprek.md)::

    from regie.mi.oefen import Oefengesprek, personas, regels

    gesprek = Oefengesprek(personas()["gesettelde"], regels(), seed=7)
    beurt = gesprek.beurt("Je hebt het gevoel dat niemand meer naar je kijkt.")
    beurt.code, beurt.antwoord, beurt.vertrouwen
"""

from .model import Persona, Regels, lees_persona, lees_regels, persona_bestanden, personas, regels, valideer_persona
from .samenvatting import Moment, Oefensamenvatting, vat_samen
from .simulatie import Beurt, Oefengesprek, code_met_model, sleutelwoord
from .yamlregels import OefenFout

__all__ = [
    "Beurt",
    "Moment",
    "OefenFout",
    "Oefengesprek",
    "Oefensamenvatting",
    "Persona",
    "Regels",
    "code_met_model",
    "lees_persona",
    "lees_regels",
    "persona_bestanden",
    "personas",
    "regels",
    "sleutelwoord",
    "valideer_persona",
    "vat_samen",
]
