"""``case_from_dict``: every problem is named by its field path, in Dutch, all at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from regie.rules import Casus, Inkomen, InvoerFout, Medebewoner, Persoon, bereken, case_from_dict

GOED: dict[str, Any] = {"peildatum": "2026-03-01", "aanvrager": {"geboortedatum": "1990-06-15"}}


def _fouten(data: Any) -> dict[str, str]:
    with pytest.raises(InvoerFout) as fout:
        case_from_dict(data)
    return dict(fout.value.fouten)


def test_minimale_casus_en_standaardwaarden() -> None:
    casus = case_from_dict(GOED)
    assert casus == Casus(peildatum=date(2026, 3, 1), aanvrager=Persoon(date(1990, 6, 15)))
    assert casus.partner is None and casus.kinderen == () and casus.in_inrichting is False
    assert casus.giften_per_jaar == Decimal("0.00")


def test_null_betekent_hetzelfde_als_ontbreken() -> None:
    data = {**GOED, "partner": None, "kinderen": None, "in_inrichting": None, "giften_per_jaar": None}
    assert case_from_dict(data) == case_from_dict(GOED)


@pytest.mark.parametrize(
    ("wijziging", "veld", "in_melding"),
    [
        ({"peildatum": None}, "peildatum", "ontbreekt"),
        ({"peildatum": "2025-02-29"}, "peildatum", "bestaat niet"),
        ({"peildatum": "1-3-2026"}, "peildatum", "JJJJ-MM-DD"),
        ({"peildatum": 20260301}, "peildatum", "JJJJ-MM-DD"),
        ({"aanvrager": None}, "aanvrager", "ontbreekt"),
        ({"aanvrager": {}}, "aanvrager.geboortedatum", "ontbreekt"),
        ({"aanvrager": "1990-06-15"}, "aanvrager", "object"),
        ({"aanvrager": {"geboortedatum": "2026-03-02"}}, "aanvrager.geboortedatum", "na de peildatum"),
        ({"aanvrager": {"geboortedatum": "1899-12-31"}}, "aanvrager.geboortedatum", "1900"),
        ({"partner": {"geboortedatum": "1900-01-01"}}, "partner.geboortedatum", "120 jaar"),
        ({"kinderen": [{"geboortedatum": "1980-01-01"}]}, "kinderen[0].geboortedatum", "niet jonger dan"),
        ({"kinderen": {"geboortedatum": "2020-01-01"}}, "kinderen", "lijst"),
        ({"kinderen": [{"geboortedatum": "2020-13-01"}]}, "kinderen[0].geboortedatum", "bestaat niet"),
        ({"medebewoners": [{"geboortedatum": "1990-01-01", "soort": "kostganger"}]}, "medebewoners[0].soort", "kies"),
        ({"in_inrichting": "ja"}, "in_inrichting", "true of false"),
        ({"ouders_kunnen_niet_bijdragen": 1}, "ouders_kunnen_niet_bijdragen", "true of false"),
        ({"vermogen": [{"soort": "bank"}]}, "vermogen[0].bedrag", "ontbreekt"),
        ({"vermogen": [{"soort": "bank", "bedrag": "-1.00"}]}, "vermogen[0].bedrag", "negatief"),
        ({"vermogen": [{"soort": "aandelen", "bedrag": "1.00"}]}, "vermogen[0].soort", "onbekende waarde"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1,50"}]}, "inkomsten[0].netto_per_maand", "punt"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": 12.5}]}, "inkomsten[0].netto_per_maand", "tekst"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1.005"}]}, "inkomsten[0].netto_per_maand", "twee"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": "NaN"}]}, "inkomsten[0].netto_per_maand", "geldig"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1e12"}]}, "inkomsten[0].netto_per_maand", "exponent"),
        ({"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1E+2"}]}, "inkomsten[0].netto_per_maand", "exponent"),
        ({"vermogen": [{"soort": "bank", "bedrag": Decimal("1E+6")}]}, "vermogen[0].bedrag", "exponent"),
        ({"vermogen": [{"soort": "bank", "bedrag": "1000000000"}]}, "vermogen[0].bedrag", "groter"),
        (
            {"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1.00", "vrijlating_sinds": "2026-02-30"}]},
            "inkomsten[0].vrijlating_sinds",
            "bestaat niet",
        ),
        (
            {"inkomsten": [{"soort": "arbeid", "netto_per_maand": "1.00", "van": "partner"}]},
            "inkomsten[0].van",
            "partner",
        ),
        ({"giften_per_jaar": True}, "giften_per_jaar", "bedrag"),
        ({"partnr": {"geboortedatum": "1990-01-01"}}, "partnr", "onbekend veld"),
        ({"aanvrager": {"geboortedatum": "1990-06-15", "naam": "X"}}, "aanvrager.naam", "onbekend veld"),
    ],
)
def test_fout_noemt_het_veld(wijziging: dict[str, Any], veld: str, in_melding: str) -> None:
    fouten = _fouten({**GOED, **wijziging})
    assert veld in fouten, fouten
    assert in_melding in fouten[veld]


def test_tweede_inkomen_wordt_met_index_genoemd() -> None:
    data = {
        **GOED,
        "inkomsten": [
            {"soort": "arbeid", "netto_per_maand": "100.00"},
            {"soort": "uitkering", "netto_per_maand": "abc"},
        ],
    }
    assert list(_fouten(data)) == ["inkomsten[1].netto_per_maand"]


def test_alle_fouten_tegelijk() -> None:
    fouten = _fouten({"peildatum": "2026-02-30", "aanvrager": {}, "in_inrichting": "nee"})
    assert set(fouten) == {"peildatum", "aanvrager.geboortedatum", "in_inrichting"}


def test_geen_object() -> None:
    assert "casus" in _fouten([1, 2])


def test_tekst_van_de_fout_is_leesbaar() -> None:
    with pytest.raises(InvoerFout, match=r"aanvrager\.geboortedatum: ontbreekt"):
        case_from_dict({**GOED, "aanvrager": {}})


def test_bedragen_als_tekst_getal_of_decimal() -> None:
    for waarde in ("1200", 1200, Decimal("1200.00"), " 1200.00 "):
        assert case_from_dict({**GOED, "giften_per_jaar": waarde}).giften_per_jaar == Decimal("1200.00")


def test_datum_als_date_object() -> None:
    casus = case_from_dict({"peildatum": date(2026, 3, 1), "aanvrager": {"geboortedatum": date(1990, 6, 15)}})
    assert casus == case_from_dict(GOED)


def test_kenmerk_mag_en_verandert_niets() -> None:
    assert case_from_dict({**GOED, "kenmerk": "dossier-17"}) == case_from_dict(GOED)


def test_direct_gebouwde_casus_wordt_ook_gecontroleerd() -> None:
    casus = Casus(
        peildatum=date(2026, 3, 1),
        aanvrager=Persoon(date(1990, 6, 15)),
        inkomsten=(Inkomen("arbeid", Decimal("10.00"), van="partner"),),
    )
    with pytest.raises(InvoerFout, match=r"inkomsten\[0\]\.van: inkomen van de partner"):
        bereken(casus)
    with pytest.raises(InvoerFout, match=r"medebewoners\[0\]\.soort: onbekende waarde 'kostganger'"):
        bereken(
            Casus(
                date(2026, 3, 1),
                Persoon(date(1990, 6, 15)),
                medebewoners=(Medebewoner(date(1990, 1, 1), "kostganger"),),
            )
        )
    with pytest.raises(InvoerFout, match="aanvrager.geboortedatum"):
        bereken(Casus(peildatum=date(2026, 3, 1), aanvrager=Persoon(date(2026, 3, 2))))


def test_keuzelijsten_komen_uit_de_enums() -> None:
    from regie.rules import InkomenSoort, MedebewonerSoort, VermogenSoort
    from regie.rules.model import INKOMEN_SOORTEN, MEDEBEWONER_SOORTEN, VERMOGEN_SOORTEN

    assert tuple(InkomenSoort) == INKOMEN_SOORTEN and tuple(VermogenSoort) == VERMOGEN_SOORTEN
    assert tuple(MedebewonerSoort) == MEDEBEWONER_SOORTEN
    fouten = _fouten({**GOED, "inkomsten": [{"soort": "loon", "netto_per_maand": "1.00"}]})
    assert "kies uit: arbeid, uitkering, alimentatie, overig" in fouten["inkomsten[0].soort"]
