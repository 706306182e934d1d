"""Persona files are validated; a malformed file gives a Dutch message that names the line."""

import subprocess
import sys
from pathlib import Path

import pytest

from regie.mi.oefen import OefenFout, lees_persona, lees_regels, persona_bestanden, valideer_persona
from regie.mi.oefen.model import MIN_UITINGEN

GOED_BESTAND = next(p for p in persona_bestanden() if p.stem == "gesettelde")


@pytest.mark.parametrize("pad", persona_bestanden(), ids=lambda p: p.stem)
def test_every_shipped_persona_is_valid_and_complete(pad):
    persona, fouten = valideer_persona(pad)
    assert fouten == []
    assert len(persona.uitingen) >= MIN_UITINGEN
    assert len({u.tekst for u in persona.uitingen}) == len(persona.uitingen), "no duplicate utterances"
    assert persona.situatie and persona.doelen and persona.onderwerpen
    assert any(f.drempel >= 0.6 for f in persona.feiten), "facts that come only with high trust"
    assert 0 <= persona.vertrouwen <= 1 and 0 <= persona.bereidheid <= 1
    assert {u.soort for u in persona.uitingen} == {"CT", "ST", "NT"}
    assert any(u.is_sjabloon for u in persona.uitingen)


def test_rules_name_their_sources():
    regels = lees_regels()
    for regel in regels.beurten.values():
        assert regel.effect.bronnen and all(b in regels.bronnen for b in regel.effect.bronnen)
    for effect in regels.patronen.values():
        assert effect.bronnen


def _schrijf(tmp_path: Path, tekst: str) -> Path:
    pad = tmp_path / "proef.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _met_vervanging(tmp_path: Path, oud: str, nieuw: str) -> tuple[Path, int]:
    tekst = GOED_BESTAND.read_text(encoding="utf-8")
    assert oud in tekst
    regel = tekst[: tekst.index(oud)].count("\n") + 1
    return _schrijf(tmp_path, tekst.replace(oud, nieuw, 1)), regel


def test_yaml_syntax_error_names_the_line(tmp_path):
    pad = _schrijf(tmp_path, "naam: Test\nsituatie: goed\n  titel: [kapot\n")
    with pytest.raises(OefenFout) as fout:
        lees_persona(pad)
    assert fout.value.regel == 3
    assert "proef.yaml, regel 3" in str(fout.value) and "geen geldige YAML" in str(fout.value)


def test_unknown_reaction_names_its_line(tmp_path):
    pad, regel = _met_vervanging(tmp_path, "  - bij: [druk]", "  - bij: [preken]")
    _, fouten = valideer_persona(pad)
    assert [f.regel for f in fouten] == [regel]
    assert "'preken' is geen reactie" in str(fouten[0])


def test_value_out_of_range_names_its_line(tmp_path):
    tekst = GOED_BESTAND.read_text(encoding="utf-8")
    regel = next(i for i, r in enumerate(tekst.splitlines(), start=1) if r.strip().startswith("- drempel:"))
    oud = tekst.splitlines()[regel - 1]
    pad, _ = _met_vervanging(tmp_path, oud, oud.split(":")[0] + ": 7")
    _, fouten = valideer_persona(pad)
    assert [f.regel for f in fouten] == [regel]
    assert "'drempel' moet tussen 0 en 1 liggen" in fouten[0].melding


def test_unknown_placeholder_and_unknown_topic_are_refused(tmp_path):
    pad, regel = _met_vervanging(tmp_path, "    onderwerp: leeftijd", "    onderwerp: hobby")
    _, fouten = valideer_persona(pad)
    assert fouten and fouten[0].regel == regel and "'hobby'" in fouten[0].melding
    tekst = GOED_BESTAND.read_text(encoding="utf-8")
    eerste = next(r for r in tekst.splitlines() if r.startswith('      - "'))
    pad, regel = _met_vervanging(tmp_path, eerste, eerste.replace('- "', '- "{naam} '))
    _, fouten = valideer_persona(pad)
    assert [f.regel for f in fouten] == [regel]
    assert "{woord}" in fouten[0].melding


def test_too_few_utterances_and_missing_fields(tmp_path):
    pad = _schrijf(tmp_path, 'naam: Test\nuitingen:\n  - bij: [elk]\n    soort: CT\n    teksten: ["Ja."]\n')
    _, fouten = valideer_persona(pad)
    meldingen = [str(f) for f in fouten]
    assert any("minstens 100" in m for m in meldingen)
    assert any("'situatie' ontbreekt" in m and "regel 1" in m for m in meldingen)


def test_not_utf8_and_empty(tmp_path):
    pad = tmp_path / "latin.yaml"
    pad.write_bytes("naam: Jos\xe9\n".encode("latin-1"))
    _, fouten = valideer_persona(pad)
    assert "geen UTF-8" in str(fouten[0])
    _, fouten = valideer_persona(_schrijf(tmp_path, ""))
    assert "leeg" in str(fouten[0])


def test_cli_validates_and_names_the_line(tmp_path):
    pad, regel = _met_vervanging(tmp_path, "  - bij: [druk]", "  - bij: [preken]")
    commando = [sys.executable, "-m", "regie.cli", "oefen", "valideer"]
    goed = subprocess.run(commando, capture_output=True, text=True, check=False)
    assert goed.returncode == 0 and "in orde: gesettelde.yaml" in goed.stdout
    fout = subprocess.run([*commando, str(pad)], capture_output=True, text=True, check=False)
    assert fout.returncode == 2
    assert f"proef.yaml, regel {regel}: uiting: 'preken' is geen reactie" in fout.stderr
