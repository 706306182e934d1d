"""Pseudonymising Dutch free text: names and identifying details become consistent placeholders.

Pure engine: imports nothing from Django. Typical use for one conversation::

    from regie.privacy import Pseudonimiseerder

    vervang = Pseudonimiseerder(inwoner_namen=["Nadia", "de Vries"], straten=["Kerkstraat"])
    teksten = [vervang(t) for t in beurten]   # "Jan" is "[Persoon 1]" in every turn
"""

from .pseudoniem import (
    ADRES,
    BSN,
    DATUM,
    EMAIL,
    INWONER,
    ORGANISATIE,
    POSTCODE,
    REKENING,
    TELEFOON,
    Pseudonimiseerder,
    pseudonimiseer,
    pseudonimiseer_alle,
)

__all__ = [
    "ADRES",
    "BSN",
    "DATUM",
    "EMAIL",
    "INWONER",
    "ORGANISATIE",
    "POSTCODE",
    "REKENING",
    "TELEFOON",
    "Pseudonimiseerder",
    "pseudonimiseer",
    "pseudonimiseer_alle",
]
