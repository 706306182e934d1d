"""One BSN check: the form validation, the pseudonymiser and the demo generator all use python-stdnum's elfproef.

Two kinds of test: the three places agree with ``stdnum.nl.bsn`` on any nine digits, and each of them really goes
through it (replace stdnum's check and every place follows), so a hand-written copy cannot creep back in unnoticed.
"""

import itertools
import random

import pytest
import stdnum.nl.bsn
from hypothesis import given
from hypothesis import strategies as st

from regie.apps.demo.generator import bsn_reeks
from regie.apps.dossier.validators import elfproef, valideer_bsn
from regie.privacy import BSN, pseudonimiseer

negen_cijfers = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(negen_cijfers)
def test_validation_and_pseudonymiser_agree_with_stdnum(cijfers):
    geldig = stdnum.nl.bsn.is_valid(cijfers)
    assert elfproef(cijfers) is geldig
    assert (pseudonimiseer(f"Mijn nummer is {cijfers}.") == f"Mijn nummer is {BSN}.") is geldig


def test_demo_bsns_are_valid_unique_and_start_with_9():
    bsns = list(itertools.islice(bsn_reeks(random.Random(3)), 5000))
    assert len(set(bsns)) == len(bsns)
    assert all(b.startswith("9") and stdnum.nl.bsn.validate(b) == b for b in bsns)


def test_every_place_goes_through_stdnum(monkeypatch):
    """With stdnum's check replaced, the form, the pseudonymiser and the generator change their answers with it."""
    geldig = "111222333"
    assert elfproef(geldig)
    assert BSN in pseudonimiseer(f"BSN {geldig}")

    monkeypatch.setattr(stdnum.nl.bsn, "is_valid", lambda nummer: False)
    monkeypatch.setattr(stdnum.nl.bsn, "checksum", lambda nummer: 7)
    assert not elfproef(geldig)
    with pytest.raises(Exception, match="elfproef"):
        valideer_bsn(geldig)
    assert pseudonimiseer(f"BSN {geldig}") == f"BSN {geldig}"
    assert all(b.endswith("7") for b in itertools.islice(bsn_reeks(random.Random(3)), 20))


@pytest.mark.parametrize("vorm", ["12345678", "1112.22.333", " 111222333", "0", "1234567820"])
def test_only_nine_plain_digits_pass_the_stored_form_check(vorm):
    # stdnum accepts separators and missing leading zeros; Regie normalises first and stores nine digits only.
    assert not elfproef(vorm)
