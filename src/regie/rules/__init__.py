"""Participatiewet calculation engine: pure functions and frozen dataclasses, no Django.

Public API::

    case_from_dict(data) -> Casus          # validate a plain dict; raises InvoerFout naming every wrong field
    bereken(casus, normen=None) -> Resultaat
    result_to_dict(resultaat) -> dict      # JSON-ready, amounts as strings
    ENGINE_VERSION
"""

from .engine import ENGINE_VERSION, bereken
from .invoer import InvoerFout, case_from_dict
from .model import (
    Casus,
    Inkomen,
    InkomenSoort,
    InkomenVan,
    Kind,
    Leeftijdsgroep,
    Leefvorm,
    Maatregel,
    Medebewoner,
    MedebewonerSoort,
    Persoon,
    Reden,
    Resultaat,
    Stap,
    Vermogensbestanddeel,
    VermogenSoort,
)
from .normen import NormenBoek, NormenFout, NormTabel, lees_normen, normen_uit_dict, standaard_normen
from .uitvoer import result_to_dict

__all__ = [
    "ENGINE_VERSION",
    "Casus",
    "Inkomen",
    "InkomenSoort",
    "InkomenVan",
    "InvoerFout",
    "Kind",
    "Leeftijdsgroep",
    "Leefvorm",
    "Maatregel",
    "Medebewoner",
    "MedebewonerSoort",
    "NormTabel",
    "NormenBoek",
    "NormenFout",
    "Persoon",
    "Reden",
    "Resultaat",
    "Stap",
    "VermogenSoort",
    "Vermogensbestanddeel",
    "bereken",
    "case_from_dict",
    "lees_normen",
    "normen_uit_dict",
    "result_to_dict",
    "standaard_normen",
]
