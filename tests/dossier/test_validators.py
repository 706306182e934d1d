import pytest
from django.core.exceptions import ValidationError

from regie.apps.dossier.validators import (
    elfproef,
    normaliseer_bsn,
    normaliseer_postcode,
    valideer_bsn,
    valideer_postcode,
)


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999990019"])
def test_elfproef_accepts_valid_numbers(bsn):
    assert elfproef(bsn)


@pytest.mark.parametrize("bsn", ["111222334", "123456789", "000000000", "12345678", "abcdefghi", ""])
def test_elfproef_rejects_invalid_numbers(bsn):
    assert not elfproef(bsn)


def test_bsn_is_normalised_from_what_people_type():
    assert normaliseer_bsn("1234.56.782") == "123456782"
    assert normaliseer_bsn("11222333") == "011222333"  # eight digits: the leading zero was left off


def test_invalid_bsn_message_is_dutch_and_names_the_problem():
    with pytest.raises(ValidationError) as fout:
        valideer_bsn("123456789")
    assert "elfproef" in str(fout.value)
    with pytest.raises(ValidationError) as fout:
        valideer_bsn("12345")
    assert "9 cijfers" in str(fout.value)


def test_postcode():
    assert normaliseer_postcode("7401ab") == "7401 AB"
    valideer_postcode("7401ab")
    with pytest.raises(ValidationError, match="4 cijfers en 2 letters"):
        valideer_postcode("0401 AB")
