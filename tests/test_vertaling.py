"""Dutch by default, English complete: the English catalogue has every entry translated and compiled."""

import ast
import gettext
import re
from pathlib import Path

import pytest

CATALOGUS = Path(__file__).resolve().parents[1] / "src" / "regie" / "locale" / "en" / "LC_MESSAGES"


def _po_entries(tekst: str) -> list[dict]:
    """A minimal PO reader: msgid, msgid_plural, msgstr / msgstr[n] and the flags of each live entry."""
    entries, huidig, veld = [], None, None
    for regel in tekst.splitlines() + [""]:
        if not regel.strip():
            if huidig is not None:
                entries.append(huidig)
            huidig, veld = None, None
            continue
        if huidig is None:
            huidig = {"flags": set(), "obsolete": False, "msgstr": {}}
        if regel.startswith("#~"):
            huidig["obsolete"] = True
        elif regel.startswith("#,"):
            huidig["flags"].update(f.strip() for f in regel[2:].split(","))
        elif regel.startswith("#"):
            continue
        elif regel.startswith('"'):
            waarde = ast.literal_eval(regel)
            if isinstance(veld, int):
                huidig["msgstr"][veld] += waarde
            else:
                huidig[veld] += waarde
        else:
            sleutel, _, rest = regel.partition(" ")
            waarde = ast.literal_eval(rest)
            if sleutel.startswith("msgstr"):
                veld = int(sleutel[7:-1]) if "[" in sleutel else 0
                huidig["msgstr"][veld] = waarde
            else:
                veld = sleutel
                huidig[veld] = waarde
    return entries


@pytest.fixture(scope="module")
def entries():
    return _po_entries((CATALOGUS / "django.po").read_text(encoding="utf-8"))


def test_english_catalogue_has_no_untranslated_fuzzy_or_obsolete_entries(entries):
    live = [e for e in entries if e["msgid"]]
    assert len(live) > 1000
    assert not [e["msgid"] for e in entries if e["obsolete"]]
    assert not [e["msgid"] for e in live if "fuzzy" in e["flags"]]
    assert not [e["msgid"] for e in live if not all(e["msgstr"].values())]
    assert not [e["msgid"] for e in live if "msgid_plural" in e and len(e["msgstr"]) != 2]


def test_compiled_catalogue_matches_the_po_file(entries):
    with open(CATALOGUS / "django.mo", "rb") as bestand:
        catalogus = gettext.GNUTranslations(bestand)._catalog
    for e in entries:
        if not e["msgid"]:
            continue
        if "msgid_plural" in e:
            for n, vertaling in e["msgstr"].items():
                assert catalogus.get((e["msgid"], n)) == vertaling, e["msgid"]
        else:
            assert catalogus.get(e["msgid"]) == e["msgstr"][0], e["msgid"]


def test_placeholders_survive_translation(entries):
    teken = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    for e in entries:
        if not e["msgid"]:
            continue
        bron = [e["msgid"], e.get("msgid_plural", e["msgid"])]
        for n, vertaling in e["msgstr"].items():
            gevonden, verwacht = set(teken.findall(vertaling)), set(teken.findall(bron[min(n, 1)]))
            # Only the singular of a plural may leave out the count ("one code"); nothing invents a placeholder.
            assert gevonden <= verwacht if (n == 0 and "msgid_plural" in e) else gevonden == verwacht, e["msgid"]


@pytest.mark.django_db
def test_not_found_page_in_english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    pagina = client.get("/deze-pagina-bestaat-niet/").content.decode()
    assert "Not found" in pagina and "Niet gevonden" not in pagina
    assert "This page does not exist" in pagina


@pytest.mark.django_db
def test_dutch_stays_the_default(client):
    pagina = client.get("/deze-pagina-bestaat-niet/").content.decode()
    assert "Niet gevonden" in pagina and "Not found" not in pagina


def test_server_error_page_follows_the_language():
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        engels = render_to_string("500.html")
    with translation.override("nl"):
        nederlands = render_to_string("500.html")
    assert 'lang="en"' in engels and "Something went wrong" in engels and "Er ging iets mis" not in engels
    assert 'lang="nl"' in nederlands and "Er ging iets mis" in nederlands and "functioneel beheerder" in nederlands
