"""The explanation for the inwoner: says what the norm is, shows its parts, names reasons once, states the monthly
payment, and reads at B1 level (Flesch–Douma). Amounts are worked out by hand in the comments."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from regie.rules import InvoerFout, bereken, case_from_dict

PEIL = "2026-03-01"


def _uitleg(casus: dict[str, Any]) -> dict[str, str]:
    resultaat = bereken(case_from_dict({"peildatum": PEIL, **casus}))
    return {stap.code: stap.uitleg for stap in resultaat.toelichting}


def test_paar_30_en_20_met_kind_en_kostendelers_toont_de_delen() -> None:
    # 2026, two kostendelers: A = 1 (partner of 21+) + 2 = 3 (the partner of 20 does not count, art. 22a lid 1).
    # (40 + 3 × 30) / (3 × 100) × 2002.13 = 130/300 × 2002.13 = 867.5897 → 867.59; lid 3 a (with children) 746.42;
    # norm 867.59 + 746.42 = 1614.01.
    casus = {
        "aanvrager": {"geboortedatum": "1995-06-15"},
        "partner": {"geboortedatum": "2005-09-09"},
        "kinderen": [{"geboortedatum": "2024-01-01"}],
        "medebewoners": [{"geboortedatum": "1960-01-01", "soort": "familie"}, {"geboortedatum": "1962-01-01"}],
    }
    norm = _uitleg(casus)["norm"]
    assert "partners met kinderen, van wie één 18, 19 of 20 jaar is en één 21 jaar of ouder" in norm
    assert "21 jaar of ouder met kinderen" not in norm
    assert "€ 867,59 + € 746,42 = € 1.614,01" in norm


def test_paar_30_en_20_met_kind_zonder_kostendelers() -> None:
    norm = _uitleg(
        {
            "aanvrager": {"geboortedatum": "1995-06-15"},
            "partner": {"geboortedatum": "2005-09-09"},
            "kinderen": [{"geboortedatum": "2024-01-01"}],
        }
    )["norm"]
    # art. 20 lid 2 c, 2026: 1747.49
    assert "partners met kinderen, van wie" in norm and "€ 1.747,49" in norm


def test_vermogen_noemt_het_huis_en_de_auto() -> None:
    # bank 2000 + car 3500 = 5500 other assets (≤ 8000); home 75000 − 67500 free = 7500 counts; 5500 + 7500 = 13000
    # > 8000 only through the home: a loan (art. 50 lid 2).
    uitleg = _uitleg(
        {
            "aanvrager": {"geboortedatum": "1990-06-15"},
            "vermogen": [
                {"soort": "bank", "bedrag": "2000.00"},
                {"soort": "voertuig", "bedrag": "3500.00"},
                {"soort": "eigen_woning", "bedrag": "75000.00"},
            ],
        }
    )["vermogen"]
    assert "€ 13.000,00" in uitleg
    assert "€ 7.500,00 van uw eigen huis" in uitleg and "€ 67.500,00" in uitleg
    assert "€ 3.500,00 voor uw auto" in uitleg and "€ 2.000,00 aan geld" in uitleg


def test_norm_wordt_uitgelegd() -> None:
    assert (
        "De norm is het bedrag dat de wet voor uw situatie vaststelt"
        in _uitleg({"aanvrager": {"geboortedatum": "1990-06-15"}})["norm"]
    )


@pytest.mark.parametrize(
    ("netto", "uitbetaald"),
    [
        # 1401.50 − 587.50 = 814.00; 5% = 40.70; 814.00 − 40.70 = 773.30
        ("587.50", "€ 773,30"),
        # 1401.50 − 587.49 = 814.01; 5% = 40.7005 → 40.70; 814.01 − 40.70 = 773.31
        ("587.49", "€ 773,31"),
    ],
)
def test_uitbetaling_per_maand_na_vakantiegeld(netto: str, uitbetaald: str) -> None:
    resultaat = bereken(
        case_from_dict(
            {
                "peildatum": PEIL,
                "aanvrager": {"geboortedatum": "1990-06-15"},
                "inkomsten": [{"soort": "uitkering", "netto_per_maand": netto}],
            }
        )
    )
    stap = resultaat.toelichting[-1]
    assert stap.code == "vakantietoeslag"
    assert "Elke maand krijgt u dus" in stap.uitleg and stap.uitleg.endswith(f"{uitbetaald}.")
    assert str(stap.bedragen["per_maand_uitbetaald"]) == uitbetaald.removeprefix("€ ").replace(",", ".")


def _zinnen(tekst: str) -> list[str]:
    return [z.strip() for z in re.split(r"(?<=[.!?])\s+", tekst) if z.strip()]


def test_geen_recht_noemt_elke_reden_een_keer() -> None:
    # assets 9000 > 8000 and income 1500 ≥ norm 1401.50: both reasons.
    resultaat = bereken(
        case_from_dict(
            {
                "peildatum": PEIL,
                "aanvrager": {"geboortedatum": "1990-06-15"},
                "vermogen": [{"soort": "bank", "bedrag": "9000.00"}],
                "inkomsten": [{"soort": "uitkering", "netto_per_maand": "1500.00"}],
            }
        )
    )
    assert [r.code for r in resultaat.redenen] == ["vermogen_boven_grens", "inkomen_niet_lager_dan_norm"]
    zinnen = Counter(z for stap in resultaat.toelichting for z in _zinnen(stap.uitleg))
    assert [z for z, n in zinnen.items() if n > 1] == []
    alles = " ".join(stap.uitleg for stap in resultaat.toelichting)
    assert alles.count("geen recht op bijstand") == 1
    assert alles.count("meer dan de grens") == 1


# --- readability: Flesch–Douma, the Dutch adaptation of Flesch reading ease

_WOORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*")
_KLINKERGROEP = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", re.IGNORECASE)
B1_GRENS = 60


def lettergrepen(woord: str) -> int:
    """Dutch syllables counted as groups of vowels (ui, ij-less 'ie', 'aa' ... count once)."""
    return max(1, len(_KLINKERGROEP.findall(woord)))


def flesch_douma(tekst: str) -> float:
    """206.835 − 0.93 × words per sentence − 77 × syllables per word; numbers and amounts are not words."""
    zinnen = [z for z in re.split(r"[.!?:](?:\s|$)", tekst) if _WOORD.search(z)]
    woorden = _WOORD.findall(tekst)
    grepen = sum(lettergrepen(w) for w in woorden)
    return 206.835 - 0.93 * len(woorden) / len(zinnen) - 77 * grepen / len(woorden)


def test_flesch_douma_meet_echt() -> None:
    assert [lettergrepen(w) for w in ("vakantiegeld", "huis", "bijstand", "norm")] == [4, 1, 2, 1]
    eenvoudig = "U krijgt geld. Dat is goed. Wij doen het snel."
    moeilijk = (
        "Overeenkomstig de toepasselijke bepalingen inzake de bijstandsverlening wordt de uitkeringshoogte "
        "vastgesteld met inachtneming van de verschuldigde vakantietoeslagreservering."
    )
    assert flesch_douma(eenvoudig) >= B1_GRENS > flesch_douma(moeilijk)


_SCENARIOS = tomllib.loads(Path(__file__).with_name("scenarios.toml").read_text(encoding="utf-8"))["scenario"]


def _resultaten() -> list[tuple[str, Any]]:
    uit = []
    for scenario in _SCENARIOS:
        try:
            uit.append((scenario["naam"], bereken(case_from_dict(scenario["casus"]), voorlopig=True)))
        except InvoerFout:
            continue
    return uit


def test_teksten_voor_de_inwoner_halen_b1() -> None:
    resultaten = _resultaten()
    assert len(resultaten) > 100
    te_moeilijk = []
    for naam, resultaat in resultaten:
        tekst = " ".join(stap.uitleg for stap in resultaat.toelichting)
        score = flesch_douma(tekst)
        if score < B1_GRENS:
            te_moeilijk.append((naam, round(score, 1)))
    assert te_moeilijk == []


def test_maatregel_deel_van_de_maand_en_uitsluiting_worden_uitgelegd() -> None:
    resultaat = bereken(
        case_from_dict(
            {
                "peildatum": "2026-03-15",
                "aanvrager": {"geboortedatum": "1990-06-15"},
                "recht_vanaf": "2026-03-10",
                "maatregel": {"procent": "20", "van": "2026-03-10", "tot": "2026-05-31", "grond": "verordening art. 9"},
            }
        )
    )
    stappen = {stap.code: stap for stap in resultaat.toelichting}
    # 20% × 1401.50 = 280.30; 1401.50 − 280.30 = 1121.20; 22 of 31 days:
    # 1121.20 × 22 = 24666.40; / 31 = 795.6903 → 795.69
    assert stappen["maatregel"].artikel == "art. 18 lid 2"
    assert "20% van uw norm: € 280,30" in stappen["maatregel"].uitleg
    assert "€ 1.401,50 − € 280,30 = € 1.121,20" in stappen["maatregel"].uitleg
    assert "grond: verordening art. 9" in stappen["maatregel"].technisch
    assert "22 van de 31 dagen" in stappen["deel_van_de_maand"].uitleg
    assert str(resultaat.uitkering_deze_maand) == "795.69"
    assert [s.code for s in resultaat.toelichting][-3:] == ["maatregel", "vakantietoeslag", "deel_van_de_maand"]

    uitgesloten = bereken(
        case_from_dict({"peildatum": PEIL, "aanvrager": {"geboortedatum": "1990-06-15", "weken_buitenland": 6}})
    )
    laatste = uitgesloten.toelichting[-1]
    assert laatste.artikel == "art. 13 lid 1 onderdeel e" and "6 weken in het buitenland" in laatste.uitleg
    assert "hoogstens 4 weken" in laatste.uitleg
