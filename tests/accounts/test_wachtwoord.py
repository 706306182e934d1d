"""Password rules: Django's validators (common passwords included) plus one for passwords with little variety."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from regie.apps.accounts.validators import GevarieerdWachtwoordValidator


@pytest.mark.parametrize(
    "wachtwoord",
    ["aaaaaaaaaaaa", "abababababab", "abcabcabcabc", "Zomer2026aaaa!", "xxxxxxxxxxxxxxxxxxxxxxxx"],
)
def test_passwords_with_little_variety_are_refused_in_dutch(wachtwoord):
    with pytest.raises(ValidationError) as fout:
        validate_password(wachtwoord)
    meldingen = " ".join(fout.value.messages)
    assert "verschillende tekens" in meldingen or "hetzelfde teken te vaak achter elkaar" in meldingen


def test_twelve_times_a_was_accepted_by_djangos_validators_alone(settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        v for v in settings.AUTH_PASSWORD_VALIDATORS if "GevarieerdWachtwoordValidator" not in v["NAME"]
    ]
    validate_password("aaaaaaaaaaaa")  # the gap the new validator closes


@pytest.mark.parametrize("wachtwoord", ["regie-demo-2026", "een-lang-testwachtwoord", "Fietsbel!Rivier7"])
def test_ordinary_good_passwords_pass(wachtwoord):
    validate_password(wachtwoord)


def test_common_and_short_and_numeric_passwords_are_refused():
    for wachtwoord in ("password1234", "kort-7x", "839201749321"):
        with pytest.raises(ValidationError):
            validate_password(wachtwoord)


def test_the_limits_are_exact():
    validator = GevarieerdWachtwoordValidator(min_verschillend=6, max_herhaling=3)
    validator.validate("abcdefaaa")  # six different characters, three in a row
    with pytest.raises(ValidationError, match="hoogstens 3 keer"):
        validator.validate("abcdefaaaa")
    with pytest.raises(ValidationError, match="minstens 6"):
        validator.validate("abcdeabcdeabcde")
    assert "6 verschillende tekens" in validator.get_help_text()
