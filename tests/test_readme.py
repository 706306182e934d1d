"""The README and the Makefile say what the code does: checked here so they cannot drift apart again."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")

# Words that only Dutch uses; developer-facing messages from make are English (the product's own texts stay Dutch).
NEDERLANDS = {"de", "het", "een", "en", "met", "van", "niet", "geen", "nodig", "heeft", "draait", "maken", "ontbreekt",
              "installeren", "installeer", "gevonden", "kon", "worden", "nieuwer", "uit", "voor", "op"}  # fmt: skip


@pytest.mark.django_db
def test_readme_names_exactly_the_roles_that_may_start_a_herberekening(
    client, klantmanager, krachtcoach, teamleider, beheerder
):
    zinnen = re.findall(r"start\s+a\s+herberekening\s+as\s+((?:`\w+`(?:,\s+|\s+or\s+)?)+)", README)
    assert zinnen, "de README zegt niet wie een herberekening start"
    for zin in zinnen:
        genoemd = set(re.findall(r"`(\w+)`", zin))
        for gebruiker in (klantmanager, krachtcoach, teamleider, beheerder):
            client.force_login(gebruiker)
            mag = client.get(reverse("inkomen:herberekeningen")).status_code == 200
            assert mag == (gebruiker.username in genoemd), gebruiker.username


def test_every_make_variable_is_documented():
    variabelen = re.findall(r"^([A-Z_]+)\s*\?=", MAKEFILE, flags=re.MULTILINE)
    assert "HOST" in variabelen
    for naam in variabelen:
        assert re.search(rf"`make \w+ [^`]*\b{naam}=", README), f"README legt `make … {naam}=…` niet uit"


def test_make_speaks_english_to_developers():
    berichten = re.findall(r'echo "([^"]*)"', MAKEFILE) + re.findall(r'else "([^"]*)"', MAKEFILE)
    assert len(berichten) >= 6
    for bericht in berichten:
        woorden = set(re.findall(r"[a-zà-ÿ]+", bericht.lower()))
        assert not woorden & NEDERLANDS, bericht
