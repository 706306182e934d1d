"""Rechtmatigheid models, split by responsibility; import from here."""

from .beschikking import Beschikking  # noqa: F401
from .financieel import (  # noqa: F401
    NUL,
    Aanleiding,
    Berekening,
    Herberekening,
    HuidigeBerekening,
    Inkomstenbron,
    NietBerekend,
    Periode,
    SoortInkomen,
    SoortVermogen,
    Uitkeringsgegevens,
    Van,
    Vermogensbestanddeel,
)
from .maatregel import Horen, Maatregel, StatusMaatregel  # noqa: F401
from .verplichtingen import (  # noqa: F401
    Heronderzoek,
    Ontheffing,
    RedenOntheffing,
    SoortVerplichting,
    StatusVerplichting,
    Verplichting,
)
from .wijziging import SoortWijziging, Wijziging  # noqa: F401, E402
