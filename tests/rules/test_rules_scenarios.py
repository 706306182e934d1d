"""Scenario tests driven by ``scenarios.toml``: expected amounts are worked out by hand there, never taken from here."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from regie.rules import InvoerFout, bereken, case_from_dict, result_to_dict

DATA = tomllib.loads(Path(__file__).with_name("scenarios.toml").read_text(encoding="utf-8"))
DATUMS: list[str] = DATA["datums"]


def _bereken(casus: dict[str, Any], voorlopig: bool = False) -> dict[str, Any]:
    return result_to_dict(bereken(case_from_dict(casus), voorlopig=voorlopig))


@pytest.mark.parametrize(
    ("categorie", "index"),
    [pytest.param(c, i, id=f"{c['naam']} @ {d}") for c in DATA["categorie"] for i, d in enumerate(DATUMS)],
)
def test_categorie_op_elke_ingangsdatum(categorie: dict[str, Any], index: int) -> None:
    uit = _bereken({**categorie["casus"], "peildatum": DATUMS[index]})
    assert uit["recht"] is True
    assert uit["normtabel"] == DATUMS[index]
    assert uit["normcategorie"] == categorie["normcategorie"]
    assert uit["artikel"] == categorie["artikel"]
    assert uit["norm"] == categorie["norm"][index]
    assert uit["uitkering"] == categorie["norm"][index]
    assert uit["vermogensgrens"] == categorie["vermogensgrens"][index]
    assert uit["kostendelers"] == 1


@pytest.mark.parametrize("scenario", [pytest.param(s, id=s["naam"]) for s in DATA["scenario"]])
def test_scenario(scenario: dict[str, Any]) -> None:
    verwacht = dict(scenario["verwacht"])
    if "fout" in verwacht:
        with pytest.raises(InvoerFout) as fout:
            bereken(case_from_dict(scenario["casus"]), voorlopig=scenario.get("voorlopig", False))
        assert verwacht["fout"] in [veld for veld, _ in fout.value.fouten], scenario["som"]
        return
    uit = _bereken(scenario["casus"], scenario.get("voorlopig", False))
    redenen = verwacht.pop("redenen", None)
    if redenen is not None:
        assert [r["code"] for r in uit["redenen"]] == redenen, scenario["som"]
    for sleutel, waarde in verwacht.items():
        assert uit[sleutel] == waarde, f"{sleutel}: {scenario['som']}"


def test_elke_scenario_heeft_een_som() -> None:
    for scenario in DATA["scenario"]:
        assert scenario.get("som"), scenario["naam"]
        assert scenario.get("verwacht"), scenario["naam"]


def test_alle_normsleutels_komen_in_de_matrix_voor() -> None:
    # Guards against a category silently dropping out of the matrix.
    artikelen = {c["artikel"] for c in DATA["categorie"]}
    for verwacht in (
        "art. 20 lid 1 onderdeel a", "art. 20 lid 1 onderdeel b", "art. 20 lid 1 onderdeel c",
        "art. 20 lid 2 onderdeel a", "art. 20 lid 2 onderdeel b", "art. 20 lid 2 onderdeel c",
        "art. 21 onderdeel a", "art. 21 onderdeel b", "art. 22 onderdeel a", "art. 22 onderdeel b",
        "art. 22 onderdeel c", "art. 23 lid 1 onderdeel a en lid 2", "art. 23 lid 1 onderdeel b en lid 2",
    ):  # fmt: skip
        assert verwacht in artikelen
