"""Replace names and identifying details in Dutch free text by consistent placeholders.

One ``Pseudonimiseerder`` is used for all texts of one conversation, so "Jan" is "[Persoon 1]" in every turn and a
reader can still follow who is who. Detection runs from the most certain pattern to the least: e-mail, IBAN, BSN
(python-stdnum's elfproef), phone number, postcode, street with house number, dates, the inwoner's known names,
people already seen, and last capitalised names found by heuristics. A replaced part is shielded from the later
steps, so a name inside an e-mail address is not counted as a second person.

Heuristics over-replace rather than under-replace: a place name read as a person costs some readability, a missed
name costs someone's privacy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stdnum.nl import bsn as stdnum_bsn

from . import patronen as p

INWONER = "[Inwoner]"
BSN = "[BSN]"
TELEFOON = "[telefoon]"
EMAIL = "[e-mail]"
POSTCODE = "[postcode]"
ADRES = "[adres]"
DATUM = "[datum]"
REKENING = "[rekeningnummer]"
ORGANISATIE = "[organisatie]"

# Shielded placeholders are private-use characters without digits, so no later number pattern can match inside them.
_OPEN, _DICHT = "\ue000", "\ue001"
_AFGESCHERMD = re.compile(f"{_OPEN}(.){_DICHT}")
_WOORD = r"[A-ZÀ-Ýa-zß-ÿ'’-]"
_HOOFDLETTERWOORD = r"[A-ZÀ-Ý][a-zß-ÿ'’-]+"
_TUSSEN = "|".join(sorted(p.TUSSENVOEGSELS, key=len, reverse=True))
_NAAMREEKS = re.compile(
    rf"(?<![\wÀ-ÿ]){_HOOFDLETTERWOORD}(?:\s+(?:(?:{_TUSSEN})\s+)*{_HOOFDLETTERWOORD})*(?![\wÀ-ÿ])",
)
_ZINSBEGIN = set(".!?:;…\n\"“‘'(-–—")


def _varianten(namen: Iterable[str]) -> set[str]:
    """Every way the inwoner's name may appear: the whole name, each part, the surname with its tussenvoegsel."""
    namen = [n for n in namen if n and n.strip()]
    uit: set[str] = {" ".join(" ".join(namen).split())} if namen else set()
    for naam in namen:
        delen = (naam or "").split()
        if not delen:
            continue
        uit.add(" ".join(delen))
        for i, deel in enumerate(delen):
            if deel.lower() in p.TUSSENVOEGSELS or len(deel) < 2:
                continue
            uit.add(deel)
            if i and delen[i - 1].lower() in p.TUSSENVOEGSELS:
                start = i - 1
                while start > 0 and delen[start - 1].lower() in p.TUSSENVOEGSELS:
                    start -= 1
                uit.add(" ".join(delen[start : i + 1]))
    return {v for v in uit if v.lower() not in p.GEEN_NAAM}


def _alternatie(woorden: Iterable[str]) -> re.Pattern | None:
    woorden = sorted(set(woorden), key=len, reverse=True)
    if not woorden:
        return None
    delen = "|".join(r"\s+".join(re.escape(w) for w in woord.split()) for woord in woorden)
    return re.compile(rf"(?<![\wÀ-ÿ])(?:{delen})(?![\wÀ-ÿ])", re.IGNORECASE)


class Pseudonimiseerder:
    """Pseudonymises texts one by one, keeping the same placeholder for the same person across all of them."""

    def __init__(
        self, inwoner_namen: Iterable[str] = (), straten: Iterable[str] = (), organisaties: Iterable[str] = ()
    ) -> None:
        self._inwoner = _alternatie(_varianten(inwoner_namen))
        self._organisaties = _alternatie(o for o in organisaties if o and o.strip())
        self._straten = {s.strip().lower() for s in straten if s and s.strip()}
        self._personen: dict[str, str] = {}
        self._bekend: re.Pattern | None = None

    @property
    def aantal_personen(self) -> int:
        return len(set(self._personen.values()))

    def __call__(self, tekst: str) -> str:
        schild: list[str] = []

        def afschermen(vervanging: str) -> str:
            schild.append(vervanging)
            return f"{_OPEN}{chr(0xE100 + len(schild) - 1)}{_DICHT}"

        def vaste(vervanging: str):
            return lambda m: afschermen(vervanging)

        tekst = p.EMAIL.sub(vaste(EMAIL), tekst)
        if self._organisaties:
            tekst = self._organisaties.sub(vaste(ORGANISATIE), tekst)
        tekst = p.ORGANISATIE.sub(vaste(ORGANISATIE), tekst)
        tekst = p.IBAN.sub(vaste(REKENING), tekst)
        tekst = p.BSN_KANDIDAAT.sub(
            lambda m: afschermen(BSN) if stdnum_bsn.is_valid(re.sub(r"\D", "", m.group(0))) else m.group(0), tekst
        )
        tekst = p.TELEFOON.sub(vaste(TELEFOON), tekst)
        tekst = p.POSTCODE.sub(vaste(POSTCODE), tekst)
        tekst = p.STRAAT.sub(lambda m: afschermen(ADRES) if self._is_straat(m) else m.group(0), tekst)
        tekst = p.DATUM_NUMERIEK.sub(vaste(DATUM), tekst)
        tekst = p.DATUM_GESCHREVEN.sub(vaste(DATUM), tekst)
        tekst = p.DATUM_VERJAARDAG.sub(lambda m: m.group("voor") + afschermen(DATUM), tekst)
        if self._inwoner:
            tekst = self._inwoner.sub(vaste(INWONER), tekst)
        tekst = self._vervang_bekenden(tekst, afschermen)
        tekst = _NAAMREEKS.sub(lambda m: self._heuristiek(m, afschermen), tekst)
        tekst = self._vervang_bekenden(tekst, afschermen)  # names first seen later in this same text
        return _AFGESCHERMD.sub(lambda m: schild[ord(m.group(1)) - 0xE100], tekst)

    def _is_straat(self, m: re.Match) -> bool:
        woord = m.group("woord")
        volledig = f"{m.group('voor')}{woord}".strip().lower()
        if volledig in self._straten or woord.lower() in self._straten:
            return True
        return woord.lower().endswith(p.STRAAT_EINDES)

    def _vervang_bekenden(self, tekst: str, afschermen) -> str:
        if self._bekend is None:
            return tekst
        return self._bekend.sub(lambda m: afschermen(self._personen[_sleutel(m.group(0))]), tekst)

    def _heuristiek(self, m: re.Match, afschermen) -> str:
        woorden = m.group(0).split()
        # Leading words like "Ik" or "Maar" start a sentence; the name, if any, comes after them.
        overgeslagen = 0
        while woorden and woorden[0].lower() in p.GEEN_NAAM:
            overgeslagen += 1
            woorden = woorden[1:]
        while woorden and woorden[-1].lower() in p.TUSSENVOEGSELS:
            woorden = woorden[:-1]
        if not woorden or all(w.lower() in p.GEEN_NAAM for w in woorden):
            return m.group(0)
        tekst_voor = m.string[: m.start()]
        voorafgaand = re.findall(r"[\wÀ-ÿ]+", tekst_voor[-40:])
        vorige = voorafgaand[-1].lower() if voorafgaand else ""
        aan_zinsbegin = overgeslagen == 0 and _aan_zinsbegin(tekst_voor)
        if aan_zinsbegin and len(woorden) > 1 and woorden[0].lower() not in p.VOORNAMEN:
            # "Mail Sanne": the first word is capitalised because it starts the sentence, the rest is the name.
            vorige, overgeslagen, woorden, aan_zinsbegin = woorden[0].lower(), overgeslagen + 1, woorden[1:], False
        is_naam = (
            vorige in p.NAAM_AANWIJZERS
            or woorden[0].lower() in p.VOORNAMEN
            or (not aan_zinsbegin and vorige not in {"in", "naar", "uit", "vanuit", "richting", "te"})
        )
        if not is_naam:
            return m.group(0)
        naam = " ".join(woorden)
        vervanging = self._registreer(naam)
        voor = " ".join(m.group(0).split()[:overgeslagen])
        return f"{voor} {afschermen(vervanging)}" if voor else afschermen(vervanging)

    def _registreer(self, naam: str) -> str:
        sleutel = _sleutel(naam)
        if sleutel not in self._personen:
            delen = naam.split()
            bestaand = next((self._personen[_sleutel(d)] for d in delen if _sleutel(d) in self._personen), None)
            vervanging = bestaand or f"[Persoon {self.aantal_personen + 1}]"
            self._personen[sleutel] = vervanging
            # "Jan de Vries" is later also "Jan", "De Vries" or "Vries": the same person.
            for varianten in _varianten([naam]):
                self._personen.setdefault(_sleutel(varianten), vervanging)
            self._bekend = _alternatie(k for k in self._personen)
        return self._personen[sleutel]


def _sleutel(naam: str) -> str:
    return " ".join(naam.lower().split())


def _aan_zinsbegin(tekst_voor: str) -> bool:
    rest = tekst_voor.rstrip(" \t")
    return not rest or rest[-1] in _ZINSBEGIN or rest.endswith(_DICHT) and rest[:-2].rstrip()[-1:] in _ZINSBEGIN


def pseudonimiseer(tekst: str, inwoner_namen: Iterable[str] = (), straten: Iterable[str] = ()) -> str:
    """Pseudonymise one text; use ``Pseudonimiseerder`` for several texts that must share placeholders."""
    return Pseudonimiseerder(inwoner_namen, straten)(tekst)


def pseudonimiseer_alle(
    teksten: Iterable[str], inwoner_namen: Iterable[str] = (), straten: Iterable[str] = ()
) -> list[str]:
    """Pseudonymise the texts of one conversation in order, with placeholders shared between them."""
    vervanger = Pseudonimiseerder(inwoner_namen, straten)
    return [vervanger(t) for t in teksten]
