"""The explanation: every step has an article, amounts, a plain sentence for the inwoner and one for staff."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import regie.rules
from regie.rules import ENGINE_VERSION, bereken, case_from_dict, result_to_dict

VOLLEDIG: dict[str, Any] = {
    "peildatum": "2026-03-01",
    "aanvrager": {"geboortedatum": "1990-06-15"},
    "kinderen": [{"geboortedatum": "2020-01-01"}],
    "medebewoners": [
        {"geboortedatum": "1960-01-01", "soort": "familie"},
        {"geboortedatum": "2000-01-01", "soort": "student"},
    ],
    "vermogen": [{"soort": "bank", "bedrag": "2500.00"}],
    "inkomsten": [{"soort": "arbeid", "netto_per_maand": "800.00", "vrijlating_sinds": "2025-10-01"}],
    "giften_per_jaar": "1500.00",
}
VOORBEELDEN = [
    VOLLEDIG,
    {"peildatum": "2026-03-01", "aanvrager": {"geboortedatum": "2006-06-01"}, "ouders_kunnen_niet_bijdragen": True},
    {"peildatum": "2025-03-01", "aanvrager": {"geboortedatum": "2006-06-01"}, "ouders_kunnen_niet_bijdragen": True},
    {"peildatum": "2026-03-01", "aanvrager": {"geboortedatum": "2010-06-01"}},
    {"peildatum": "2026-03-01", "aanvrager": {"geboortedatum": "2006-06-01"}, "in_inrichting": True},
    {
        "peildatum": "2026-03-01",
        "aanvrager": {"geboortedatum": "1958-06-15"},
        "partner": {"geboortedatum": "1990-02-10", "medisch_urenbeperkt": True},
        "vermogen": [{"soort": "eigen_woning", "bedrag": "90000.00"}],
        "inkomsten": [{"soort": "arbeid", "netto_per_maand": "3000.00", "van": "partner"}],
    },
    {
        "peildatum": "2026-03-01",
        "aanvrager": {"geboortedatum": "1999-06-15"},
        "inkomsten": [{"soort": "arbeid", "netto_per_maand": "500.00", "vrijlating_sinds": "2020-01-01"}],
        "vermogen": [{"soort": "bank", "bedrag": "9000.00"}],
    },
]


def test_stappen_in_volgorde() -> None:
    codes = [s.code for s in bereken(case_from_dict(VOLLEDIG)).toelichting]
    assert codes == [
        "leefsituatie", "kostendelers", "norm", "vermogen", "inkomsten", "vrijlating_aanvrager", "giften",
        "inkomen_telt", "uitkering", "vakantietoeslag",
    ]  # fmt: skip


@pytest.mark.parametrize("data", VOORBEELDEN)
def test_elke_stap_is_volledig(data: dict[str, Any]) -> None:
    for stap in bereken(case_from_dict(data)).toelichting:
        assert stap.artikel.startswith("art. "), stap
        assert stap.uitleg and stap.technisch and stap.titel
        assert all(isinstance(b, Decimal) for b in stap.bedragen.values())


@pytest.mark.parametrize("data", VOORBEELDEN)
def test_uitleg_spreekt_de_inwoner_aan_met_u(data: dict[str, Any]) -> None:
    for stap in bereken(case_from_dict(data)).toelichting:
        woorden = re.findall(r"\w+", stap.uitleg.lower())
        assert not {"je", "jij", "jouw", "jullie"} & set(woorden), stap.uitleg
        assert {"u", "uw"} & set(woorden), stap.uitleg


@pytest.mark.parametrize("data", VOORBEELDEN)
def test_uitleg_heeft_korte_zinnen(data: dict[str, Any]) -> None:
    # B1: short sentences. Amounts count as one word each.
    for stap in bereken(case_from_dict(data)).toelichting:
        for zin in re.split(r"(?<=[.!?])\s+", stap.uitleg):
            assert len(zin.replace("€ ", "€").split()) <= 25, zin


def test_bedragen_in_de_uitleg_in_nederlandse_notatie() -> None:
    stappen = {s.code: s for s in bereken(case_from_dict(VOLLEDIG)).toelichting}
    assert "€ 1.001,07" in stappen["norm"].uitleg
    assert "(40 + 2 × 30) / (2 × 100) × 2002.13" in stappen["norm"].technisch
    assert stappen["uitkering"].bedragen["uitkering"] == Decimal("376.07")


def test_resultaat_naar_json() -> None:
    uit = result_to_dict(bereken(case_from_dict(VOLLEDIG)))
    tekst = json.dumps(uit, ensure_ascii=False)
    terug = json.loads(tekst)
    assert terug["uitkering"] == "376.07" and isinstance(terug["uitkering"], str)
    assert terug["engine_version"] == ENGINE_VERSION
    assert terug["toelichting"][0]["code"] == "leefsituatie"
    assert "toelichting" not in result_to_dict(bereken(case_from_dict(VOLLEDIG)), toelichting=False)


def test_geen_recht_heeft_redenen_met_uitleg() -> None:
    uit = result_to_dict(bereken(case_from_dict(VOORBEELDEN[-1])))
    assert uit["recht"] is False
    assert [r["code"] for r in uit["redenen"]] == ["vermogen_boven_grens"]
    assert uit["redenen"][0]["tekst"].startswith("Uw vermogen")


def test_engine_importeert_geen_django() -> None:
    bron = Path(regie.rules.__file__).parent
    for pad in bron.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            namen = [a.name for a in knoop.names] if isinstance(knoop, ast.Import) else []
            if isinstance(knoop, ast.ImportFrom):
                namen = [knoop.module or ""]
            assert not any(n.split(".")[0] == "django" for n in namen), pad
    code = "import sys, regie.rules, regie.rules.cli; sys.exit(any(m.startswith('django') for m in sys.modules))"
    # A fresh interpreter: this test process has Django loaded by pytest-django.
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0  # noqa: S603
