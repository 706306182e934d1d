"""Norm tables are data: loading, validation, and adding a date without touching code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from importlib import resources

import pytest

from regie.rules import NormenFout, bereken, case_from_dict, lees_normen, standaard_normen

TEKST = resources.files("regie.rules").joinpath("data/normen.toml").read_text(encoding="utf-8")


def test_meegeleverde_tabellen() -> None:
    boek = standaard_normen()
    assert [t.ingangsdatum for t in boek.tabellen] == [date(2025, 1, 1), date(2025, 7, 1), date(2026, 1, 1)]
    assert boek.tabel_voor(date(2026, 1, 1)).normen["21a"] == Decimal("1401.50")
    assert "20.3" not in boek.tabel_voor(date(2025, 12, 31)).normen
    assert boek.tabel_voor(date(2026, 1, 1)).normen["20.3"] == Decimal("746.45")


def test_eenmaal_gelezen() -> None:
    assert standaard_normen() is standaard_normen()


def test_voor_de_eerste_tabel_is_een_fout() -> None:
    with pytest.raises(NormenFout, match="vóór 2025-01-01"):
        standaard_normen().tabel_voor(date(2024, 12, 31))


def test_nieuwe_datum_toevoegen_is_alleen_data() -> None:
    laatste = TEKST[TEKST.rindex("[[tabel]]") :]
    nieuw = laatste.replace("ingangsdatum = 2026-01-01", "ingangsdatum = 2026-07-01").replace(
        '"21a" = 1401.50', '"21a" = 1430.00'
    )
    boek = lees_normen(TEKST + "\n" + nieuw)
    casus = {"aanvrager": {"geboortedatum": "1990-06-15"}}
    voor = bereken(case_from_dict({**casus, "peildatum": "2026-06-30"}), normen=boek)
    na = bereken(case_from_dict({**casus, "peildatum": "2026-07-01"}), normen=boek)
    assert voor.norm == Decimal("1401.50")
    assert (na.norm, na.normtabel) == (Decimal("1430.00"), date(2026, 7, 1))


def test_ontbrekende_norm_wordt_genoemd() -> None:
    with pytest.raises(NormenFout, match=r"tabel 2025-01-01\.normen\.21b: ontbreekt"):
        lees_normen(TEKST.replace('"21b" = 1922.07', "", 1))


def test_dubbele_datum() -> None:
    laatste = TEKST[TEKST.rindex("[[tabel]]") :]
    with pytest.raises(NormenFout, match="uniek"):
        lees_normen(TEKST + "\n" + laatste)


def test_bedrag_met_drie_decimalen() -> None:
    with pytest.raises(NormenFout, match="twee decimalen"):
        lees_normen(TEKST.replace('"21a" = 1345.45', '"21a" = 1345.455', 1))


def test_onbekende_normsleutel() -> None:
    with pytest.raises(NormenFout, match="onbekende sleutel"):
        lees_normen(TEKST.replace('"21a" = 1345.45', '"21a" = 1345.45\n"21z" = 1.00', 1))


def test_bedragen_zijn_exact() -> None:
    for tabel in standaard_normen().tabellen:
        for bedrag in tabel.normen.values():
            assert isinstance(bedrag, Decimal) and bedrag.as_tuple().exponent == -2
