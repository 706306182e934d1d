"""``regie bereken``: one case or a list, JSON out, exit code 2 with the field and the case named on errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from regie import cli as regie_cli
from regie.rules.cli import main

GOED = {"peildatum": "2026-03-01", "aanvrager": {"geboortedatum": "1990-06-15"}}


def _draai(invoer: str, *argv: str) -> tuple[int, str, str]:
    uit, fout = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(invoer), stdout=uit, stderr=fout)
    return code, uit.getvalue(), fout.getvalue()


def test_een_casus_uit_een_bestand(tmp_path: Path) -> None:
    bestand = tmp_path / "casus.json"
    bestand.write_text(json.dumps(GOED), encoding="utf-8")
    code, uit, fout = _draai("", str(bestand))
    assert (code, fout) == (0, "")
    resultaat = json.loads(uit)
    assert resultaat["uitkering"] == "1401.50"
    assert resultaat["toelichting"][0]["code"] == "leefsituatie"


def test_standaardinvoer_en_zonder_toelichting() -> None:
    code, uit, _ = _draai(json.dumps(GOED), "--zonder-toelichting")
    assert code == 0
    assert "toelichting" not in json.loads(uit)
    code, uit, _ = _draai(json.dumps(GOED), "-")
    assert code == 0 and json.loads(uit)["recht"] is True


def test_lijst_met_goede_en_foute_casussen() -> None:
    casussen: list[Any] = [
        {**GOED, "kenmerk": "a"},
        {**GOED, "inkomsten": [{"soort": "arbeid", "netto_per_maand": "1.00"}, {"soort": "arbeid"}]},
        {"peildatum": "2026-02-30", "aanvrager": {"geboortedatum": "1990-06-15"}},
        {**GOED, "in_inrichting": "ja"},
        42,
        {**GOED, "giften_per_jaar": "1500.00"},
    ]
    code, uit, fout = _draai(json.dumps(casussen), "--zonder-toelichting")
    assert code == 2
    items = json.loads(uit)
    assert [item["index"] for item in items] == list(range(6))
    assert items[0]["kenmerk"] == "a" and items[0]["resultaat"]["uitkering"] == "1401.50"
    assert items[1]["fouten"] == [
        {"veld": "inkomsten[1].netto_per_maand", "melding": 'ontbreekt (verwacht een bedrag als tekst, zoals "123.45")'}
    ]
    assert items[2]["fouten"][0]["veld"] == "peildatum"
    assert items[3]["fouten"][0]["veld"] == "in_inrichting"
    assert items[4]["fouten"][0]["veld"] == "casus"
    assert items[5]["resultaat"]["uitkering"] == "1376.50"
    assert "casus 1: inkomsten[1].netto_per_maand: ontbreekt" in fout
    assert "casus 2: peildatum: deze datum bestaat niet: 2026-02-30" in fout
    assert "casus 3: in_inrichting: verwacht true of false" in fout
    assert "4 van 6 casussen hadden fouten" in fout


def test_een_foute_casus() -> None:
    code, uit, fout = _draai(json.dumps({"peildatum": "2026-03-01", "aanvrager": {}}))
    assert code == 2
    assert json.loads(uit) == {
        "fouten": [{"veld": "aanvrager.geboortedatum", "melding": "ontbreekt (verwacht een datum als JJJJ-MM-DD)"}]
    }
    assert fout.startswith("casus: aanvrager.geboortedatum: ontbreekt")


@pytest.mark.parametrize(
    ("invoer", "in_melding"),
    [
        ('{"peildatum": ', "ongeldige JSON op regel 1"),
        ("[1, 2,]", "ongeldige JSON"),
        ('"tekst"', "verwacht een casus"),
        ("", "ongeldige JSON"),
    ],
)
def test_onbruikbare_invoer(invoer: str, in_melding: str) -> None:
    code, uit, fout = _draai(invoer)
    assert code == 2 and uit == ""
    assert in_melding in fout


def test_bestand_bestaat_niet(tmp_path: Path) -> None:
    code, _, fout = _draai("", str(tmp_path / "weg.json"))
    assert code == 2 and "kan" in fout


def test_bedragen_als_json_getal_blijven_exact() -> None:
    code, uit, _ = _draai(json.dumps({**GOED, "giften_per_jaar": 1200.06}))
    assert code == 0 and json.loads(uit)["inkomen_telt"] == "0.01"


def test_lege_lijst() -> None:
    code, uit, _ = _draai("[]")
    assert code == 0 and json.loads(uit) == []


def test_via_het_regie_commando(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = tmp_path / "lijst.json"
    bestand.write_text(json.dumps([GOED, {**GOED, "peildatum": "2024-12-31"}]), encoding="utf-8")
    assert regie_cli.main(["bereken", str(bestand)]) == 2
    gevangen = capsys.readouterr()
    items = json.loads(gevangen.out)
    assert items[0]["resultaat"]["norm"] == "1401.50"
    assert items[1]["fouten"][0]["veld"] == "peildatum"
    assert "casus 1: peildatum: er zijn geen normen voor een datum vóór 2025-01-01" in gevangen.err


def test_meerdere_processen_geven_dezelfde_uitvoer() -> None:
    # More than two blocks of work, one bad case in the second block.
    casussen: list[Any] = [{**GOED, "giften_per_jaar": f"{1200 + i}.00"} for i in range(2100)]
    casussen[1500] = {**GOED, "peildatum": "2026-13-01"}
    invoer = json.dumps(casussen)
    een = _draai(invoer, "--zonder-toelichting")
    twee = _draai(invoer, "--zonder-toelichting", "--processen", "2")
    assert een == twee
    assert een[0] == 2 and "casus 1500: peildatum" in een[2] and "1 van 2100 casussen" in een[2]
    assert json.loads(een[1])[2099]["resultaat"]["inkomen_telt"] == "174.92"  # (3299.00 − 1200.00) / 12 = 174.916…


def test_help_geeft_code_nul(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "regie bereken" in capsys.readouterr().out


def test_als_los_proces_met_utf8() -> None:
    proces = subprocess.run(
        [sys.executable, "-m", "regie.cli", "bereken"],
        input=json.dumps([GOED] * 3).encode(),
        capture_output=True,
        check=False,
        env={"PYTHONIOENCODING": "ascii", "PATH": ""},
    )
    assert proces.returncode == 0, proces.stderr
    items = json.loads(proces.stdout.decode("utf-8"))
    assert len(items) == 3 and "€ 1.401,50" in items[0]["resultaat"]["toelichting"][1]["uitleg"]


@pytest.mark.parametrize("peildatum", ["2026-07-01", "2026-09-01", "2030-06-01", "2099-01-01"])
def test_datum_na_de_bekende_normen_geeft_exit_2(peildatum: str) -> None:
    code, uit, fout = _draai(json.dumps({**GOED, "peildatum": peildatum}))
    assert code == 2
    assert peildatum in fout and "2026-01-01" in fout and "2026-06-30" in fout
    assert "resultaat" not in uit and json.loads(uit)["fouten"][0]["veld"] == "peildatum"


def test_voorlopig_alleen_op_verzoek_en_overal_gemarkeerd() -> None:
    code, uit, fout = _draai(json.dumps({**GOED, "peildatum": "2026-09-01"}), "--voorlopig")
    assert code == 0
    resultaat = json.loads(uit)
    assert resultaat["voorlopig"] is True and resultaat["normtabel"] == "2026-01-01"
    assert resultaat["toelichting"][0]["code"] == "voorlopig"
    assert "voorlopige berekening" in resultaat["toelichting"][0]["uitleg"]
    assert "VOORLOPIG" in fout and "2026-09-01" in fout
    # A known date is never provisional, even with the flag.
    code, uit, fout = _draai(json.dumps(GOED), "--voorlopig")
    assert code == 0 and json.loads(uit)["voorlopig"] is False and "VOORLOPIG" not in fout


def test_voorlopig_in_een_lijst() -> None:
    casussen = [GOED, {**GOED, "peildatum": "2027-01-01"}]
    code, uit, fout = _draai(json.dumps(casussen), "--voorlopig")
    items = json.loads(uit)
    assert code == 0
    assert [i["resultaat"]["voorlopig"] for i in items] == [False, True]
    assert "casus 1: VOORLOPIG" in fout and "casus 0" not in fout


@pytest.mark.parametrize("getal", ["1e6", "1E+2", "1.0e2"])
def test_json_getal_met_exponent_geweigerd(getal: str) -> None:
    tekst = json.dumps(GOED)[:-1] + f', "giften_per_jaar": {getal}}}'
    code, _, fout = _draai(tekst)
    assert code == 2 and "giften_per_jaar" in fout and "exponent" in fout


def test_taal_en_schrijft_de_toelichting_in_het_engels() -> None:
    code, uit, _ = _draai(json.dumps(GOED), "--taal", "en")
    assert code == 0
    stappen = {s["code"]: s for s in json.loads(uit)["toelichting"]}
    assert "That norm is €1,401.50 per month." in stappen["norm"]["uitleg"]
    assert stappen["norm"]["titel"] == "Your norm" and stappen["norm"]["parameters"]["normtabel"] == "2026-01-01"
    code, uit, _ = _draai(json.dumps([GOED]), "--taal", "en")
    assert code == 0 and json.loads(uit)[0]["resultaat"]["toelichting"][0]["titel"] == "Your situation"
    code, uit, _ = _draai(json.dumps(GOED))  # Dutch by default, as before
    assert (
        "Die norm is € 1.401,50 per maand." in {s["code"]: s for s in json.loads(uit)["toelichting"]}["norm"]["uitleg"]
    )
