"""Art. 23 lid 3: one spouse in an institution; the explanation names both norms and their sum."""

import pytest

from regie.rules import InvoerFout, bereken, case_from_dict


def _stappen(casus):
    return {s.code: s for s in bereken(case_from_dict(casus)).toelichting}


def test_explanation_names_both_norms_and_the_sum():
    stappen = _stappen(
        {
            "peildatum": "2026-03-01",
            "aanvrager": {"geboortedatum": "1990-06-15"},
            "partner": {"geboortedatum": "1985-01-01", "in_inrichting": True},
        }
    )
    # By hand: inside 443.76 + 47.00 = 490.76 (art. 23 lid 1 a and lid 2 a); at home 1401.50 (art. 21 a).
    norm = stappen["norm"]
    assert norm.artikel == "art. 23 lid 3"
    assert "€ 490,76 + € 1.401,50 = € 1.892,26" in norm.uitleg
    assert "Uw partner woont in een instelling." in stappen["leefsituatie"].uitleg
    assert "art. 23 lid 3" in norm.technisch and "490.76 + 1401.50 = 1892.26" in norm.technisch


def test_person_flag_is_read_and_refused_when_not_true_or_false():
    casus = {
        "peildatum": "2026-03-01",
        "aanvrager": {"geboortedatum": "1990-06-15", "in_inrichting": "ja"},
    }
    with pytest.raises(InvoerFout) as fout:
        case_from_dict(casus)
    assert "aanvrager.in_inrichting" in [veld for veld, _ in fout.value.fouten]
