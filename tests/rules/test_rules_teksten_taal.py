"""Steps and reasons carry a code and parameters; the English texts are written from them (``regie.rules.teksten``)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from regie.rules import InvoerFout, bereken, case_from_dict, result_to_dict
from regie.rules.model import UITSLUITINGEN
from regie.rules.teksten import EN, TITELS, bedrag, in_taal, reden_tekst, stap_teksten

DATA = tomllib.loads(Path(__file__).with_name("scenarios.toml").read_text(encoding="utf-8"))

ALLEENSTAANDE = {
    "peildatum": "2026-03-01",
    "aanvrager": {"geboortedatum": "1990-06-15"},
}


def _uitkomsten() -> list[dict[str, Any]]:
    uit = []
    for scenario in DATA["scenario"]:
        if "fout" in scenario["verwacht"]:
            continue
        try:
            uit.append(result_to_dict(bereken(case_from_dict(scenario["casus"]), voorlopig=True)))
        except InvoerFout:
            continue
    return uit


UITKOMSTEN = _uitkomsten()


def test_every_code_has_a_dutch_and_an_english_text() -> None:
    assert set(TITELS["nl"]) == set(TITELS["en"]) == set(EN)
    for code in [f"uitgesloten_{c}" for c in UITSLUITINGEN] + ["jonger_dan_18", "inrichting_jonger_dan_21"]:
        tekst = reden_tekst({"code": code, "tekst": "Nederlandse tekst", "parameters": {}}, "en")
        assert tekst and tekst != "Nederlandse tekst", code


def test_every_step_of_every_scenario_is_written_in_english() -> None:
    gezien = set()
    for uit in UITKOMSTEN:
        json.dumps(uit)  # parameters are JSON-ready: no Decimal or date anywhere
        for stap in uit["toelichting"]:
            assert stap["code"] in TITELS["nl"], stap["code"]
            en = stap_teksten(stap, "en")
            assert en["uitleg"] != stap["uitleg"] and en["technisch"] != stap["technisch"], stap["code"]
            assert en["titel"] == TITELS["en"][stap["code"]]
            assert " jaar" not in en["uitleg"] and "€ " not in en["uitleg"], en["uitleg"]  # no Dutch left
            gezien.add(stap["code"])
        for reden in uit["redenen"]:
            assert reden_tekst(reden, "en") != reden["tekst"]
    assert {"leefsituatie", "kostendelers", "norm", "vermogen", "uitkering", "vakantietoeslag"} <= gezien


def test_dutch_is_the_engines_own_text() -> None:
    uit = result_to_dict(bereken(case_from_dict(ALLEENSTAANDE)))
    assert in_taal(uit, "nl") == uit
    for stap in uit["toelichting"]:
        nl = stap_teksten(stap, "nl")
        assert (nl["uitleg"], nl["technisch"], nl["titel"]) == (stap["uitleg"], stap["technisch"], stap["titel"])
        assert TITELS["nl"][stap["code"]] == stap["titel"]


def test_parameters_are_json_ready() -> None:
    uit = result_to_dict(bereken(case_from_dict(ALLEENSTAANDE)))
    json.dumps(uit)  # no Decimal or date left
    norm = next(s for s in uit["toelichting"] if s["code"] == "norm")
    assert norm["bedragen"]["norm"] == "1401.50" and norm["parameters"]["normtabel"] == "2026-01-01"
    assert norm["parameters"]["categorie"] == "alleenstaande_21_tot_aow" and norm["parameters"]["anderen"] == 0


def test_english_single_person_2026() -> None:
    # Art. 21 sub b, table of 1 January 2026: € 1.401,50 per month; no income, so the benefit is the norm (art. 19).
    uit = in_taal(result_to_dict(bereken(case_from_dict(ALLEENSTAANDE))), "en")
    teksten = {s["code"]: s["uitleg"] for s in uit["toelichting"]}
    assert teksten["leefsituatie"].startswith("You live without a partner. You are 35.")
    assert "That norm is €1,401.50 per month." in teksten["norm"]
    assert "€1,401.50 − €0.00 = €1,401.50 per month" in teksten["uitkering"]


@pytest.mark.parametrize(
    ("waarde", "nl", "en"),
    [("1401.50", "€ 1.401,50", "€1,401.50"), ("0", "€ 0,00", "€0.00"), ("-12.5", "-€ 12,50", "-€12.50"),
     ("1234567.891", "€ 1.234.567,89", "€1,234,567.89")],
)  # fmt: skip
def test_amounts_in_each_language(waarde: str, nl: str, en: str) -> None:
    assert bedrag(waarde, "nl") == nl and bedrag(waarde, "en") == en
