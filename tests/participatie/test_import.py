"""CSV imports of places and postcodes: every row checked, line and column reported in Dutch, all or nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from regie.apps.participatie.models import Organisatie, Plek, Postcode

pytestmark = pytest.mark.django_db

GOED = (
    "code;organisatie;activiteit;omschrijving;wijk;postcode;lat;lon;interesses;dagdelen;uren_per_week;capaciteit;rolstoeltoegankelijk;min_taalniveau\n"
    "V-1;Buurthuis De Ontmoeting;Buurtlunch;Samen koken voor de wekelijkse buurtlunch.;"
    "Centrum;;52,01;5,01;koken|gastvrijheid;di-ochtend|do-middag;3;4;ja;A2\n"
    "V-2;Fietsenwerkplaats De Spaak;Fietsenwerkplaats;Fietsen repareren voor de buurt.;"
    ";7401;;;technisch;vrijdagochtend;2,5;2;nee;\n"
)


def test_command_imports_and_a_second_run_updates_by_code(tmp_path, gemeente, wijk, postcode):
    bestand = tmp_path / "plekken.csv"
    bestand.write_text(GOED, encoding="utf-8")
    call_command("importeer_plekken", str(bestand))
    lunch = Plek.objects.get(code="V-1")
    assert (lunch.activiteit, lunch.wijk, lunch.lat, lunch.capaciteit) == ("Buurtlunch", wijk, 52.01, 4)
    assert lunch.tags == ["koken", "gastvrijheid"] and lunch.dagdelen == ["dinsdagochtend", "donderdagmiddag"]
    assert lunch.rolstoeltoegankelijk and lunch.min_taalniveau == 2
    fiets = Plek.objects.get(code="V-2")
    assert (fiets.lat, fiets.lon, str(fiets.uren_per_week)) == (52.0, 5.0, "2.5")  # from the postcode table
    bestand.write_text(GOED.replace(";4;ja;A2", ";6;ja;A2"), encoding="utf-8")
    call_command("importeer_plekken", str(bestand))
    assert Plek.objects.count() == 2 and Plek.objects.get(code="V-1").capaciteit == 6
    assert Organisatie.objects.count() == 2


def test_bad_rows_report_line_and_column_and_nothing_is_imported(tmp_path, gemeente, wijk):
    fout = GOED + "V-3;Atelier;Naaiatelier;Naaien.;Nergenshuizen;;52;5;breien;maandag;twee;1;misschien;D1\n"
    bestand = tmp_path / "plekken.csv"
    bestand.write_text(fout, encoding="utf-8")
    with pytest.raises(CommandError) as uitkomst:
        call_command("importeer_plekken", str(bestand))
    tekst = str(uitkomst.value)
    assert "Niets geïmporteerd." in tekst
    assert "Regel 3, kolom ‘postcode’: postcode ‘7401’ is onbekend" in tekst  # no postcode table in this test
    assert "Regel 4, kolom ‘wijk’: onbekende wijk ‘Nergenshuizen’." in tekst
    assert "Regel 4, kolom ‘interesses’: onbekende interesse ‘breien’." in tekst
    assert "Regel 4, kolom ‘dagdelen’: onbekend dagdeel ‘maandag’" in tekst
    assert "Regel 4, kolom ‘uren_per_week’: ‘twee’ is geen getal." in tekst
    assert "Regel 4, kolom ‘rolstoeltoegankelijk’: vul ‘ja’ of ‘nee’ in." in tekst
    assert "Regel 4, kolom ‘min_taalniveau’" in tekst
    assert not Plek.objects.exists() and not Organisatie.objects.exists()


def test_upload_form_for_the_beheerder(inloggen, beheerder, gemeente, wijk, postcode):
    client = inloggen(beheerder)
    kapot = SimpleUploadedFile("p.csv", b"organisatie,activiteit\nX,Y\n", content_type="text/csv")
    response = client.post("/plekken/", {"bestand": kapot})
    assert response.status_code == 400
    assert "Regel 1: de kolom ‘omschrijving’ ontbreekt." in response.content.decode()
    goed = SimpleUploadedFile("p.csv", GOED.encode(), content_type="text/csv")
    response = client.post("/plekken/", {"bestand": goed}, follow=True)
    assert "Import klaar: 2 plekken toegevoegd, 0 bijgewerkt." in response.content.decode()
    assert "Buurtlunch" in response.content.decode()


def test_klantmanager_cannot_import(inloggen, klantmanager):
    goed = SimpleUploadedFile("p.csv", GOED.encode(), content_type="text/csv")
    assert inloggen(klantmanager).post("/plekken/", {"bestand": goed}).status_code == 403
    assert not Plek.objects.exists()


def test_postcodes_command(tmp_path, db):
    bestand = tmp_path / "pc.csv"
    bestand.write_text("postcode,lat,lon\n7401,52.0,5.0\n7401AB,52.001,5.002\n", encoding="utf-8")
    call_command("importeer_postcodes", str(bestand))
    assert dict(Postcode.objects.values_list("postcode", "lat")) == {"7401": 52.0, "7401 AB": 52.001}
    bestand.write_text("postcode;lat;lon\n7401;52,5;5\n12;x;5\n", encoding="utf-8")
    with pytest.raises(CommandError) as uitkomst:
        call_command("importeer_postcodes", str(bestand))
    assert "Regel 3, kolom ‘postcode’: schrijf als 1234 of 1234 AB." in str(uitkomst.value)
    assert "Regel 3, kolom ‘lat’/‘lon’: geen geldige coördinaten." in str(uitkomst.value)
    assert Postcode.objects.get(postcode="7401").lat == 52.0  # nothing changed


def test_plek_form_shows_dutch_errors_and_saves_nothing(inloggen, krachtcoach, wijk, postcode):
    client = inloggen(krachtcoach)
    response = client.post(
        "/plekken/nieuw/", {"organisatie_naam": "Buurthuis", "activiteit": "Lunch", "capaciteit": "2"}
    )
    pagina = response.content.decode()
    assert response.status_code == 400
    assert 'id="omschrijving-fout"' in pagina and "Dit veld is verplicht." in pagina
    assert "Kies minstens één dagdeel." in pagina
    assert not Plek.objects.exists()
    response = client.post(
        "/plekken/nieuw/",
        {
            "organisatie_naam": "Buurthuis",
            "activiteit": "Lunch",
            "omschrijving": "Samen koken.",
            "postcode": "7401 XY",
            "uren_per_week": "3",
            "capaciteit": "2",
            "gezelschap": "samen",
            "omgeving": "binnen",
            "min_taalniveau": "0",
            "actief": "on",
            "tags": ["koken"],
            "dagdelen": ["woensdagmiddag"],
        },
    )
    assert response.status_code == 302
    plek = Plek.objects.get()
    assert (plek.lat, plek.organisatie.naam, plek.gemeente_id) == (52.0, "Buurthuis", krachtcoach.gemeente_id)
