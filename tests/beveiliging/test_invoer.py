"""Bad input gives a Dutch message or a 404, never a 500: out-of-range ids, non-numbers, CSV cells, uploads, XML."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import StopFutureHandlers, StopUpload
from django.core.handlers.wsgi import WSGIRequest
from django.test import Client

from regie.apps.audit.models import Inzage, Resultaat
from regie.apps.gesprekken.inlezen import TranscriptFout, lees_bestand
from regie.apps.participatie.importeren import importeer_plekken
from regie.uploads import BegrensdeUploadHandler, bestanden

HUGE = "9" * 30
KOP = "code;organisatie;activiteit;omschrijving;lat;lon;dagdelen;uren_per_week;capaciteit\n"
RIJ = "V-{n};Buurthuis;Buurtlunch;Samen koken.;52,01;5,01;di-ochtend;{uren};{capaciteit}\n"


@pytest.fixture
def client_500():
    """A client that answers a crash with status 500 instead of raising, as a real server would."""
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "pad",
    [
        "/caseload/inwoners/{huge}/",
        "/caseload/inwoners/9223372036854775808/",
        "/caseload/inwoners/{huge}/plan/",
        "/caseload/inwoners/{huge}/rechtmatigheid/",
        "/caseload/inwoners/{huge}/participatie/",
        "/gesprekken/{huge}/",
        "POST /caseload/inwoners/{eigen}/plan/doelen/{huge}/afronden/",
        "POST /caseload/inwoners/{eigen}/plan/stappen/{huge}/gedaan/",
        "POST /caseload/inwoners/{huge}/contactmomenten/",
        "POST /gesprekken/{huge}/beurten/{huge}/code/",
    ],
)
def test_ids_beyond_the_integer_range_are_404(client_500, klantmanager, maak_inwoner, pad):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client_500.force_login(klantmanager)
    methode, _spatie, pad = pad.rpartition(" ")
    url = pad.format(huge=HUGE, eigen=inwoner.pk)
    antwoord = client_500.post(url, {"x": "1"}) if methode == "POST" else client_500.get(url)
    assert antwoord.status_code == 404


@pytest.mark.django_db
def test_an_out_of_range_dossier_id_is_logged_as_refused(client_500, klantmanager):
    client_500.force_login(klantmanager)
    pad = f"/caseload/inwoners/{HUGE}/"
    assert client_500.get(pad).status_code == 404
    rij = Inzage.objects.get()
    assert (rij.actor, rij.resultaat, rij.inwoner_id, rij.pad) == (klantmanager, Resultaat.GEWEIGERD, None, pad)


@pytest.mark.django_db
def test_proposal_with_a_non_numeric_inwoner_is_a_message(client_500, krachtcoach):
    client_500.force_login(krachtcoach)
    antwoord = client_500.post("/participatie/voorstel/", {"inwoner": "abc", "plek": "1"}, follow=True)
    assert antwoord.status_code == 200
    assert "Kies een inwoner en een plek uit het voorstel." in antwoord.content.decode()
    for waarden in ({"inwoner": HUGE, "plek": HUGE}, {"inwoner": "-1", "plek": "1"}, {}):
        assert client_500.post("/participatie/voorstel/", waarden).status_code in (302, 404)


# --- CSV imports


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("uren", "capaciteit", "kolom"),
    [
        ("Infinity", "2", "uren_per_week"),
        ("NaN", "2", "uren_per_week"),
        ("3", "Infinity", "capaciteit"),
        ("3", "NaN", "capaciteit"),
        ("3", "-Infinity", "capaciteit"),
        ("1e999999", "2", "uren_per_week"),
        ("3", "1E+999999", "capaciteit"),
    ],
)
def test_csv_non_finite_numbers_are_a_line_numbered_error(gemeente, uren, capaciteit, kolom):
    tekst = KOP + RIJ.format(n=1, uren="3", capaciteit="2") + RIJ.format(n=2, uren=uren, capaciteit=capaciteit)
    with pytest.raises(ValidationError) as fout:
        importeer_plekken(io.BytesIO(tekst.encode()), gemeente=gemeente)
    assert f"Regel 3, kolom ‘{kolom}’" in " ".join(fout.value.messages)
    assert "geen getal" in " ".join(fout.value.messages)


@pytest.mark.django_db
def test_csv_non_finite_coordinates_are_refused(gemeente):
    tekst = KOP + RIJ.format(n=1, uren="3", capaciteit="2").replace("52,01;5,01", "NaN;Infinity")
    with pytest.raises(ValidationError) as fout:
        importeer_plekken(io.BytesIO(tekst.encode()), gemeente=gemeente)
    assert "Regel 2, kolom ‘lat’" in " ".join(fout.value.messages)


@pytest.mark.django_db
def test_csv_cell_beyond_the_field_limit_is_a_line_numbered_error(gemeente):
    lang = "x" * 131_073
    tekst = (
        KOP
        + RIJ.format(n=1, uren="3", capaciteit="2")
        + RIJ.format(n=2, uren="3", capaciteit="2").replace("Samen koken.", lang)
    )
    with pytest.raises(ValidationError) as fout:
        importeer_plekken(io.BytesIO(tekst.encode()), gemeente=gemeente)
    assert fout.value.messages == ["Regel 3: een cel is langer dan 131.072 tekens."]


@pytest.mark.django_db
def test_csv_header_beyond_the_field_limit_is_an_error(gemeente):
    with pytest.raises(ValidationError, match="Regel 1"):
        importeer_plekken(io.BytesIO(("x" * 140_000 + "\n").encode()), gemeente=gemeente)


@pytest.mark.django_db
def test_csv_upload_with_bad_cells_is_a_page_with_the_error(client_500, krachtcoach):
    client_500.force_login(krachtcoach)
    tekst = KOP + RIJ.format(n=1, uren="NaN", capaciteit="Infinity")
    antwoord = client_500.post("/plekken/", {"bestand": SimpleUploadedFile("p.csv", tekst.encode())})
    assert antwoord.status_code == 400
    assert "Regel 2, kolom ‘uren_per_week’" in antwoord.content.decode()


# --- Uploads are limited while they stream in


class TellendeInvoer(io.RawIOBase):
    """A request body of ``grootte`` filler bytes between ``begin`` and ``einde``, made only as it is read."""

    def __init__(self, begin: bytes, grootte: int, einde: bytes):
        self.begin, self.grootte, self.einde = begin, grootte, einde
        self.totaal = len(begin) + grootte + len(einde)
        self.gelezen = 0

    def readable(self):
        return True

    def _stuk(self, van: int, tot: int) -> bytes:
        midden_van, midden_tot = len(self.begin), len(self.begin) + self.grootte
        delen = [self.begin[van : min(tot, midden_van)]]
        delen.append(b"a" * max(0, min(tot, midden_tot) - max(van, midden_van)))
        delen.append(self.einde[max(0, van - midden_tot) : max(0, tot - midden_tot)])
        return b"".join(delen)

    def readinto(self, buffer):
        n = min(len(buffer), self.totaal - self.gelezen)
        if n <= 0:
            return 0
        buffer[:n] = self._stuk(self.gelezen, self.gelezen + n)
        self.gelezen += n
        return n


def _multipart_verzoek(grootte: int) -> tuple[WSGIRequest, TellendeInvoer]:
    grens = "GRENS"
    begin = (
        f'--{grens}\r\nContent-Disposition: form-data; name="soort"\r\n\r\ntranscript\r\n'
        f'--{grens}\r\nContent-Disposition: form-data; name="bestand"; filename="groot.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    einde = f"\r\n--{grens}--\r\n".encode()
    invoer = TellendeInvoer(begin, grootte, einde)
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "CONTENT_TYPE": f"multipart/form-data; boundary={grens}",
        "CONTENT_LENGTH": str(len(begin) + grootte + len(einde)),
        "wsgi.input": io.BufferedReader(invoer),
        "wsgi.url_scheme": "http",
    }
    return WSGIRequest(environ), invoer


def test_a_huge_upload_is_stopped_after_the_limit(settings):
    settings.REGIE_MAX_UPLOAD_BYTES = 1024 * 1024
    verzoek, invoer = _multipart_verzoek(60 * 1024 * 1024)
    assert verzoek.POST["soort"] == "transcript"
    assert "bestand" not in verzoek.FILES
    # Read no more than the limit plus one buffered chunk or two, not the 60 MB that was announced.
    assert invoer.gelezen < settings.REGIE_MAX_UPLOAD_BYTES + 512 * 1024
    vervanger = bestanden(verzoek)["bestand"]
    assert vervanger.te_groot and vervanger.size > settings.REGIE_MAX_UPLOAD_BYTES and vervanger.read() == b""


def test_an_upload_within_the_limit_arrives_whole(settings):
    settings.REGIE_MAX_UPLOAD_BYTES = 1024 * 1024
    verzoek, invoer = _multipart_verzoek(300 * 1024)
    bestand = verzoek.FILES["bestand"]
    assert bestand.size == 300 * 1024 and len(bestand.read()) == 300 * 1024
    assert not getattr(bestand, "te_groot", False)


def test_handler_counts_over_all_files_of_a_request(settings):
    settings.REGIE_MAX_UPLOAD_BYTES = 100
    handler = BegrensdeUploadHandler(request=None)
    with pytest.raises(StopFutureHandlers):
        handler.new_file("a", "a.txt", "text/plain", None)
    assert handler.receive_data_chunk(b"x" * 60, 0) is None
    with pytest.raises(StopFutureHandlers):
        handler.new_file("b", "b.txt", "text/plain", None)
    with pytest.raises(StopUpload) as stop:
        handler.receive_data_chunk(b"x" * 60, 0)
    assert stop.value.connection_reset


@pytest.mark.django_db
def test_too_large_transcript_gets_a_dutch_message(client_500, klantmanager, maak_inwoner, settings):
    settings.REGIE_MAX_UPLOAD_BYTES = 3 * 1024 * 1024
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client_500.force_login(klantmanager)
    for grootte in (2 * 1024 * 1024 + 10, 4 * 1024 * 1024):  # above the form's limit; above the stream limit
        bestand = SimpleUploadedFile("gesprek.txt", b"KM: hallo\n" * (grootte // 10), content_type="text/plain")
        antwoord = client_500.post(
            f"/caseload/inwoners/{inwoner.pk}/gesprekken/nieuw/",
            {"datum": "2026-01-05", "soort": "transcript", "bestand": bestand},
        )
        assert antwoord.status_code == 400, grootte
        assert "Het bestand is groter dan 2 MB." in antwoord.content.decode()


@pytest.mark.django_db
def test_too_large_csv_gets_a_dutch_message(client_500, krachtcoach, settings):
    client_500.force_login(krachtcoach)
    groot = SimpleUploadedFile("p.csv", (KOP + "x" * (6 * 1024 * 1024)).encode())
    antwoord = client_500.post("/plekken/", {"bestand": groot})
    assert antwoord.status_code == 400
    assert "Het bestand is groter dan 5 MB." in antwoord.content.decode()


# --- Word documents


def _docx_met_xml(xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("word/document.xml", xml)
        archief.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("codering", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_docx_with_a_dtd_in_any_encoding_is_refused(codering):
    xml = (
        f'<?xml version="1.0" encoding="{codering.upper()}"?>'
        '<!DOCTYPE w:document [<!ENTITY a "KM: lol lol lol lol lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>I: hallo</w:t></w:r></w:p></w:body></w:document>"
    )
    data = _docx_met_xml(xml.encode(codering))
    # UTF-16 with a byte-order mark is what Word's "Unicode" export writes; expat cannot read UTF-32 or BOM-less
    # UTF-16 at all, so those are refused as not a Word document.
    melding = "documenttypedefinitie" if codering in ("utf-8", "utf-16") else "Word-document"
    with pytest.raises(TranscriptFout, match=melding):
        lees_bestand("verslag.docx", data)


def test_docx_with_an_external_entity_is_refused():
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>KM: &x;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(TranscriptFout, match="documenttypedefinitie"):
        lees_bestand("verslag.docx", _docx_met_xml(xml.encode("utf-16")))


def test_docx_in_utf16_without_a_dtd_is_read():
    xml = (
        f'<?xml version="1.0" encoding="UTF-16"?><w:document {W}><w:body>'
        "<w:p><w:r><w:t>KM: Hoe gaat het?</w:t></w:r></w:p><w:p><w:r><w:t>Inwoner: Goed.</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    beurten = lees_bestand("verslag.docx", _docx_met_xml(xml.encode("utf-16")))
    assert [b.spreker_label for b in beurten] == ["KM", "Inwoner"]


def test_docx_with_broken_xml_is_a_message():
    with pytest.raises(TranscriptFout, match="geen geldig Word-document"):
        lees_bestand("verslag.docx", _docx_met_xml(b"<w:document"))


@pytest.mark.django_db
def test_a_nul_character_in_a_search_or_form_is_a_400(client_500, klantmanager, maak_inwoner):
    """PostgreSQL cannot compare text with NUL: the search would crash there; every database answers 400."""
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client_500.force_login(klantmanager)
    for antwoord in (
        client_500.get("/caseload/", {"zoek": "Jan\x00sen"}),
        client_500.get("/plekken/", {"zoek\x00": "fiets"}),
        client_500.post(f"/caseload/inwoners/{inwoner.pk}/contactmomenten/", {"samenvatting": "a\x00"}),
    ):
        assert antwoord.status_code == 400
        assert "ongeldig teken (NUL)" in antwoord.content.decode()
    assert client_500.get("/caseload/", {"zoek": "Jansen"}).status_code == 200


@pytest.mark.django_db
def test_not_found_and_bad_request_pages_are_dutch(client_500, klantmanager, settings):
    settings.DEBUG = False
    client_500.force_login(klantmanager)
    html = client_500.get("/caseload/inwoners/987654321/").content.decode()
    assert "Niet gevonden" in html and "geen toegang" in html
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    antwoord = client_500.post("/caseload/inwoners/nieuw/", {"voornamen": "x" * 5000})
    assert antwoord.status_code == 400
    assert "Ongeldig verzoek" in antwoord.content.decode()
