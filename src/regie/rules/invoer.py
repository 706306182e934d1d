"""Turn a plain dict (parsed JSON, a form, a fixture) into a :class:`Casus`, or say in Dutch exactly what is wrong.

All problems in one case are collected, each named by its path (``inkomsten[1].netto_per_maand``), so a
klantmanager can fix a case in one go. Unknown fields are refused: a typo such as ``partnr`` must not silently drop
the partner from the calculation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .controle import problemen
from .model import (
    INKOMEN_PERIODES,
    INKOMEN_SOORTEN,
    INKOMEN_VAN,
    MEDEBEWONER_SOORTEN,
    UITSLUITINGEN,
    VERMOGEN_SOORTEN,
    Casus,
    Inkomen,
    Kind,
    Maatregel,
    Medebewoner,
    Persoon,
    Vermogensbestanddeel,
)

T = TypeVar("T")

MAX_BEDRAG = Decimal("999999999.99")
_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
# Plain decimal notation only: "1E+2" and "1e6" are valid to Decimal but are no way to write an amount of money.
_BEDRAG = re.compile(r"-?\d+(\.\d+)?")
_VELDEN = frozenset(
    {
        "peildatum",
        "aanvrager",
        "partner",
        "kinderen",
        "medebewoners",
        "in_inrichting",
        "ouders_kunnen_niet_bijdragen",
        "vermogen",
        "inkomsten",
        "medisch_urenbeperkt",
        "giften_per_jaar",
        "kenmerk",
        "maatregel",
        "recht_vanaf",
        "recht_tot",
    }
)
_PERSOON_VELDEN = frozenset(
    {"geboortedatum", "medisch_urenbeperkt", "uitsluiting", "weken_buitenland", "in_inrichting"}
)
_MAATREGEL_VELDEN = frozenset({"procent", "van", "tot", "grond"})
_UITSLUITING_KEUZES = tuple(k for k in UITSLUITINGEN if k != "buitenland")
_KIND_VELDEN = frozenset({"geboortedatum"})
_MEDEBEWONER_VELDEN = frozenset({"geboortedatum", "soort"})
_VERMOGEN_VELDEN = frozenset({"soort", "bedrag"})
_INKOMEN_VELDEN = frozenset({"soort", "netto_per_maand", "vrijlating_sinds", "van", "per", "vakantiegeld_procent"})


class InvoerFout(ValueError):
    """One or more fields of a case are missing, of the wrong type or impossible.

    ``fouten`` holds ``(veld, melding)`` pairs; ``str()`` gives them all in one Dutch sentence per field.
    """

    def __init__(self, fouten: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        self.fouten = tuple(fouten)
        super().__init__("; ".join(f"{veld}: {melding}" for veld, melding in self.fouten))


class _Lezer:
    """Collects problems while reading, so every field is checked even after the first error."""

    __slots__ = ("fouten",)

    def __init__(self) -> None:
        self.fouten: list[tuple[str, str]] = []

    def fout(self, veld: str, melding: str) -> None:
        self.fouten.append((veld, melding))

    def object(self, waarde: Any, veld: str, toegestaan: frozenset[str]) -> Mapping[str, Any] | None:
        if not isinstance(waarde, Mapping):
            self.fout(veld, f"verwacht een object met velden, gekregen {_soort(waarde)}")
            return None
        for sleutel in waarde:
            if sleutel not in toegestaan:
                self.fout(f"{veld}.{sleutel}" if veld else str(sleutel), "onbekend veld")
        return waarde

    def datum(self, waarde: Any, veld: str, verplicht: bool = True) -> date | None:
        if waarde is None:
            if verplicht:
                self.fout(veld, "ontbreekt (verwacht een datum als JJJJ-MM-DD)")
            return None
        if isinstance(waarde, date) and type(waarde) is date:
            return waarde
        if not isinstance(waarde, str) or not _DATUM.fullmatch(waarde):
            self.fout(veld, f"geen geldige datum (verwacht JJJJ-MM-DD), gekregen {_toon(waarde)}")
            return None
        try:
            return date(int(waarde[0:4]), int(waarde[5:7]), int(waarde[8:10]))
        except ValueError:
            self.fout(veld, f"deze datum bestaat niet: {waarde}")
            return None

    def bedrag(self, waarde: Any, veld: str, verplicht: bool = True) -> Decimal | None:
        if waarde is None:
            if verplicht:
                self.fout(veld, 'ontbreekt (verwacht een bedrag als tekst, zoals "123.45")')
            return None
        if isinstance(waarde, bool | float):
            self.fout(veld, f'verwacht een bedrag als tekst, zoals "123.45", gekregen {_toon(waarde)}')
            return None
        if isinstance(waarde, int):
            bedrag = Decimal(waarde)
        elif isinstance(waarde, Decimal):
            # A JSON number read exactly (parse_float=Decimal); the same notation rule as for text.
            if not _BEDRAG.fullmatch(str(waarde)):
                self.fout(veld, f'geen geldig bedrag: schrijf het zonder exponent, zoals "123.45": {_toon(waarde)}')
                return None
            bedrag = waarde
        elif isinstance(waarde, str):
            tekst = waarde.strip()
            if not _BEDRAG.fullmatch(tekst):
                if "," in waarde:
                    hint = " (gebruik een punt voor de centen)"
                elif "e" in tekst.lower():
                    hint = ' (schrijf het zonder exponent, zoals "123.45")'
                else:
                    hint = ""
                self.fout(veld, f"geen geldig bedrag{hint}: {_toon(waarde)}")
                return None
            try:
                bedrag = Decimal(tekst)
            except InvalidOperation:  # pragma: no cover - the pattern only lets plain decimals through
                self.fout(veld, f"geen geldig bedrag: {_toon(waarde)}")
                return None
        else:
            self.fout(veld, f'verwacht een bedrag als tekst, zoals "123.45", gekregen {_soort(waarde)}')
            return None
        if not bedrag.is_finite():
            self.fout(veld, f"geen geldig bedrag: {_toon(waarde)}")
            return None
        if bedrag.as_tuple().exponent < -2:  # type: ignore[operator]
            self.fout(veld, f"een bedrag heeft hoogstens twee cijfers achter de punt: {_toon(waarde)}")
            return None
        if bedrag < 0:
            self.fout(veld, f"een bedrag mag niet negatief zijn: {_toon(waarde)}")
            return None
        if bedrag > MAX_BEDRAG:
            self.fout(veld, f"bedrag is groter dan {MAX_BEDRAG}: {_toon(waarde)}")
            return None
        return bedrag + Decimal("0.00")

    def procent(self, waarde: Any, veld: str, verplicht: bool = False) -> Decimal | None:
        """A percentage from 0 to 100, written like an amount."""
        if waarde is None and not verplicht:
            return None
        bedrag = self.bedrag(waarde, veld)
        if bedrag is None:
            return None
        if bedrag > 100:
            self.fout(veld, f"een percentage ligt tussen 0 en 100, gekregen {_toon(waarde)}")
            return None
        # As written for people: 20 and 12.5, not 20.00 and 12.50.
        return bedrag.quantize(Decimal(1)) if bedrag == bedrag.to_integral_value() else bedrag.normalize()

    def weken(self, waarde: Any, veld: str) -> int:
        if waarde is None:
            return 0
        if isinstance(waarde, bool) or not isinstance(waarde, int) or not 0 <= waarde <= 53:
            self.fout(veld, f"verwacht een aantal weken van 0 tot en met 53, gekregen {_toon(waarde)}")
            return 0
        return waarde

    def ja_nee(self, waarde: Any, veld: str) -> bool:
        if waarde is None:
            return False
        if not isinstance(waarde, bool):
            self.fout(veld, f"verwacht true of false, gekregen {_toon(waarde)}")
            return False
        return waarde

    def keuze(self, waarde: Any, veld: str, opties: tuple[str, ...], standaard: str | None = None) -> str | None:
        if waarde is None:
            if standaard is None:
                self.fout(veld, f"ontbreekt (kies uit: {', '.join(opties)})")
            return standaard
        if waarde not in opties:
            self.fout(veld, f"onbekende waarde {_toon(waarde)} (kies uit: {', '.join(opties)})")
            return None
        return waarde

    def lijst(self, waarde: Any, veld: str, lees: Callable[[Any, str], T | None]) -> tuple[T, ...]:
        if waarde is None:
            return ()
        if not isinstance(waarde, list | tuple):
            self.fout(veld, f"verwacht een lijst, gekregen {_soort(waarde)}")
            return ()
        items = []
        for i, item in enumerate(waarde):
            gelezen = lees(item, f"{veld}[{i}]")
            if gelezen is not None:
                items.append(gelezen)
        return tuple(items)


def _soort(waarde: Any) -> str:
    namen = {dict: "een object", list: "een lijst", str: "een tekst", bool: "true/false", type(None): "null"}
    if isinstance(waarde, int | float | Decimal) and not isinstance(waarde, bool):
        return "een getal"
    return namen.get(type(waarde), type(waarde).__name__)


def _toon(waarde: Any) -> str:
    tekst = repr(waarde) if not isinstance(waarde, str) else f'"{waarde}"'
    return tekst if len(tekst) <= 40 else tekst[:37] + "..."


def case_from_dict(data: Mapping[str, Any]) -> Casus:
    """Validate ``data`` and build a :class:`Casus`; raise :class:`InvoerFout` naming every wrong field."""
    lezer = _Lezer()
    ruw = lezer.object(data, "", _VELDEN)
    if ruw is None:
        raise InvoerFout([("casus", "verwacht een object met velden, gekregen " + _soort(data))])
    peildatum = lezer.datum(ruw.get("peildatum"), "peildatum")

    def persoon(waarde: Any, veld: str) -> Persoon | None:
        obj = lezer.object(waarde, veld, _PERSOON_VELDEN)
        if obj is None:
            return None
        geboren = lezer.datum(obj.get("geboortedatum"), f"{veld}.geboortedatum")
        medisch = lezer.ja_nee(obj.get("medisch_urenbeperkt"), f"{veld}.medisch_urenbeperkt")
        uitsluiting = None
        if obj.get("uitsluiting") is not None:
            uitsluiting = lezer.keuze(obj.get("uitsluiting"), f"{veld}.uitsluiting", _UITSLUITING_KEUZES)
        weken = lezer.weken(obj.get("weken_buitenland"), f"{veld}.weken_buitenland")
        inrichting = lezer.ja_nee(obj.get("in_inrichting"), f"{veld}.in_inrichting")
        return None if geboren is None else Persoon(geboren, medisch, uitsluiting, weken, inrichting)

    def kind(waarde: Any, veld: str) -> Kind | None:
        obj = lezer.object(waarde, veld, _KIND_VELDEN)
        geboren = None if obj is None else lezer.datum(obj.get("geboortedatum"), f"{veld}.geboortedatum")
        return None if geboren is None else Kind(geboren)

    def medebewoner(waarde: Any, veld: str) -> Medebewoner | None:
        obj = lezer.object(waarde, veld, _MEDEBEWONER_VELDEN)
        if obj is None:
            return None
        geboren = lezer.datum(obj.get("geboortedatum"), f"{veld}.geboortedatum")
        soort = lezer.keuze(obj.get("soort"), f"{veld}.soort", MEDEBEWONER_SOORTEN, standaard="overig")
        return None if geboren is None or soort is None else Medebewoner(geboren, soort)

    def bestanddeel(waarde: Any, veld: str) -> Vermogensbestanddeel | None:
        obj = lezer.object(waarde, veld, _VERMOGEN_VELDEN)
        if obj is None:
            return None
        soort = lezer.keuze(obj.get("soort"), f"{veld}.soort", VERMOGEN_SOORTEN)
        bedrag = lezer.bedrag(obj.get("bedrag"), f"{veld}.bedrag")
        return None if soort is None or bedrag is None else Vermogensbestanddeel(soort, bedrag)

    def inkomen(waarde: Any, veld: str) -> Inkomen | None:
        obj = lezer.object(waarde, veld, _INKOMEN_VELDEN)
        if obj is None:
            return None
        soort = lezer.keuze(obj.get("soort"), f"{veld}.soort", INKOMEN_SOORTEN)
        netto = lezer.bedrag(obj.get("netto_per_maand"), f"{veld}.netto_per_maand")
        sinds = lezer.datum(obj.get("vrijlating_sinds"), f"{veld}.vrijlating_sinds", verplicht=False)
        van = lezer.keuze(obj.get("van"), f"{veld}.van", INKOMEN_VAN, standaard="aanvrager")
        per = lezer.keuze(obj.get("per"), f"{veld}.per", INKOMEN_PERIODES, standaard="maand")
        vakantiegeld = lezer.procent(obj.get("vakantiegeld_procent"), f"{veld}.vakantiegeld_procent")
        if soort is None or netto is None or van is None or per is None:
            return None
        return Inkomen(soort, netto, sinds, van, per, vakantiegeld if vakantiegeld is not None else Decimal("0"))

    def maatregel(waarde: Any) -> Maatregel | None:
        obj = lezer.object(waarde, "maatregel", _MAATREGEL_VELDEN)
        if obj is None:
            return None
        procent = lezer.procent(obj.get("procent"), "maatregel.procent", verplicht=True)
        van = lezer.datum(obj.get("van"), "maatregel.van")
        tot = lezer.datum(obj.get("tot"), "maatregel.tot", verplicht=False)
        grond = obj.get("grond", "")
        if not isinstance(grond, str):
            lezer.fout("maatregel.grond", f"verwacht een tekst, gekregen {_soort(grond)}")
            grond = ""
        return None if procent is None or van is None else Maatregel(procent, van, tot, grond)

    aanvrager = None
    if ruw.get("aanvrager") is None:
        lezer.fout("aanvrager", "ontbreekt (verwacht een object met geboortedatum)")
    else:
        aanvrager = persoon(ruw["aanvrager"], "aanvrager")
    partner = None if ruw.get("partner") is None else persoon(ruw["partner"], "partner")
    kinderen = lezer.lijst(ruw.get("kinderen"), "kinderen", kind)
    medebewoners = lezer.lijst(ruw.get("medebewoners"), "medebewoners", medebewoner)
    vermogen = lezer.lijst(ruw.get("vermogen"), "vermogen", bestanddeel)
    inkomsten = lezer.lijst(ruw.get("inkomsten"), "inkomsten", inkomen)
    in_inrichting = lezer.ja_nee(ruw.get("in_inrichting"), "in_inrichting")
    ouders = lezer.ja_nee(ruw.get("ouders_kunnen_niet_bijdragen"), "ouders_kunnen_niet_bijdragen")
    medisch = lezer.ja_nee(ruw.get("medisch_urenbeperkt"), "medisch_urenbeperkt")
    giften = lezer.bedrag(ruw.get("giften_per_jaar"), "giften_per_jaar", verplicht=False)
    maatregel_ = None if ruw.get("maatregel") is None else maatregel(ruw["maatregel"])
    recht_vanaf = lezer.datum(ruw.get("recht_vanaf"), "recht_vanaf", verplicht=False)
    recht_tot = lezer.datum(ruw.get("recht_tot"), "recht_tot", verplicht=False)
    kenmerk = ruw.get("kenmerk")
    if kenmerk is not None and not isinstance(kenmerk, str | int):
        lezer.fout("kenmerk", f"verwacht een tekst of getal, gekregen {_soort(kenmerk)}")

    if lezer.fouten:
        raise InvoerFout(lezer.fouten)
    assert peildatum is not None and aanvrager is not None
    casus = Casus(
        peildatum=peildatum,
        aanvrager=aanvrager
        if aanvrager.medisch_urenbeperkt or not medisch
        else Persoon(
            aanvrager.geboortedatum, True, aanvrager.uitsluiting, aanvrager.weken_buitenland, aanvrager.in_inrichting
        ),
        partner=partner,
        kinderen=kinderen,
        medebewoners=medebewoners,
        in_inrichting=in_inrichting,
        ouders_kunnen_niet_bijdragen=ouders,
        vermogen=vermogen,
        inkomsten=inkomsten,
        medisch_urenbeperkt=medisch or aanvrager.medisch_urenbeperkt,
        giften_per_jaar=giften if giften is not None else Decimal("0.00"),
        maatregel=maatregel_,
        recht_vanaf=recht_vanaf,
        recht_tot=recht_tot,
    )
    fouten = problemen(casus)
    if fouten:
        raise InvoerFout(fouten)
    return casus
