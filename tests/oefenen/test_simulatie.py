"""The simulated inwoner reacts to how the professional talks: acceptance tests with the real MI model."""

import pytest

from regie.mi import Code
from regie.mi.oefen import Beurt, Oefengesprek, personas, regels, sleutelwoord, vat_samen

from .scripts import GOED, PREKEN

SEEDS = (0, 1, 2)
MI_CONSISTENT = {Code.SR, Code.CR, Code.AF, Code.EMPH, Code.SEEK, Code.Q}
MI_INCONSISTENT = {Code.PERSUADE, Code.CONFRONT}


def _speel(slug: str, script: list[str], seed: int) -> Oefengesprek:
    gesprek = Oefengesprek(personas()[slug], regels(), seed)
    for tekst in script:
        gesprek.beurt(tekst)
    return gesprek


def test_there_are_at_least_six_personas_of_the_asked_kinds():
    assert {"gesettelde", "draaideur", "kan_niet", "wil_nog_niet", "boos_na_maatregel", "nieuwkomer"} <= set(personas())


def test_the_scripts_are_coded_as_intended():
    mi = _speel("gesettelde", GOED, 0)
    preek = _speel("gesettelde", PREKEN, 0)
    assert sum(Code(b.code) in MI_CONSISTENT for b in mi.beurten) >= 8
    assert sum(Code(b.code) in MI_INCONSISTENT for b in preek.beurten) >= 5
    assert not any(Code(b.code) in MI_INCONSISTENT for b in mi.beurten)


@pytest.mark.parametrize("slug", sorted(personas()))
def test_good_mi_ends_with_more_trust_and_more_change_talk_than_lecturing(slug):
    persona = personas()[slug]
    verandertaal_mi = verandertaal_preek = 0
    for seed in SEEDS:
        mi = vat_samen(persona, regels(), _speel(slug, GOED, seed).beurten)
        preek = vat_samen(persona, regels(), _speel(slug, PREKEN, seed).beurten)
        assert mi.eind_vertrouwen > persona.vertrouwen > preek.eind_vertrouwen
        assert mi.eind_vertrouwen > preek.eind_vertrouwen + 0.3
        assert mi.behoudtaal < preek.behoudtaal
        verandertaal_mi += mi.verandertaal
        verandertaal_preek += preek.verandertaal
    assert verandertaal_mi > verandertaal_preek


def test_confrontation_lowers_trust_and_says_why():
    gesprek = Oefengesprek(personas()["boos_na_maatregel"], regels(), 3)
    beurt = gesprek.beurt("Dat is geen excuus, iedereen kan werken.")
    assert beurt.code in {"CONFRONT", "PERSUADE"}
    assert beurt.delta_vertrouwen < 0
    assert any("verzet" in reden or "tegenargumenten" in reden for reden in beurt.redenen)


def test_the_third_question_in_a_row_costs_trust():
    gesprek = Oefengesprek(personas()["draaideur"], regels(), 1)
    vragen = ["Hoe oud ben je?", "Waar woon je nu?", "Hoe lang heb je bij het magazijn gewerkt?"]
    beurten = [gesprek.beurt(v) for v in vragen]
    assert [b.code for b in beurten] == ["Q", "Q", "Q"]
    assert beurten[0].delta_vertrouwen > 0
    assert beurten[2].delta_vertrouwen < 0
    assert regels().patronen["vraagreeks"].reden in beurten[2].redenen


def test_facts_are_revealed_only_when_trust_is_high():
    persona = personas()["gesettelde"]
    for seed in SEEDS:
        preek = _speel("gesettelde", PREKEN, seed)
        assert not any(b.feit for b in preek.beurten)
        mi = _speel("gesettelde", GOED, seed)
        onthuld = [b for b in mi.beurten if b.feit]
        assert onthuld
        for beurt in onthuld:
            drempel = persona.feiten[int(beurt.uiting.removeprefix("feit."))].drempel
            assert beurt.vertrouwen >= drempel


def test_same_seed_same_conversation_and_rebuilt_from_stored_turns():
    eerste = _speel("nieuwkomer", GOED[:5], 11)
    tweede = _speel("nieuwkomer", GOED[:5], 11)
    assert [b.antwoord for b in eerste.beurten] == [b.antwoord for b in tweede.beurten]
    opgeslagen = [Beurt.uit_dict(b.als_dict()) for b in eerste.beurten]
    verder = Oefengesprek(personas()["nieuwkomer"], regels(), 11, opgeslagen)
    volgende = verder.beurt(GOED[5])
    eerste.beurt(GOED[5])
    assert volgende == eerste.beurten[-1]


def test_answers_are_not_repeated_while_fresh_ones_exist():
    gesprek = _speel("kan_niet", GOED + PREKEN, 5)
    sleutels = [b.uiting for b in gesprek.beurten]
    assert len(sleutels) == len(set(sleutels))


def test_templates_pick_up_the_professionals_key_word():
    assert sleutelwoord("Je voelt je eigenlijk een beetje vastgelopen.") == "vastgelopen"
    persona = personas()["gesettelde"]
    sjablonen = [u for u in persona.uitingen if u.is_sjabloon]
    assert sjablonen
    gesprek = Oefengesprek(persona, regels(), 0)
    antwoord = gesprek._vul_in(sjablonen[0], "Het voelt als stilstand.")
    assert "stilstand" in antwoord.lower() and "{woord}" not in antwoord


def test_summary_counts_and_moments():
    persona = personas()["draaideur"]
    gesprek = _speel("draaideur", [GOED[1], PREKEN[0], GOED[2]], 0)
    samenvatting = vat_samen(persona, regels(), gesprek.beurten)
    assert samenvatting.beurten == 3
    assert samenvatting.miti.counts[Code(gesprek.beurten[0].code)] >= 1
    gedaald = [m for m in samenvatting.momenten if not m.steeg]
    assert [m.nummer for m in gedaald] == [2]
    assert gedaald[0].redenen
