"""Reading transcripts: plain text with speaker prefixes, WebVTT voice tags and Word documents."""

import io
import zipfile

import pytest

from regie.apps.gesprekken.inlezen import RuweBeurt, TranscriptFout, lees_bestand, lees_tekst, raad_rol

from .transcripten import GESPREK, VTT, docx


def test_plain_text_with_prefixes_and_continuation_lines():
    beurten = lees_tekst(
        "[00:01] KM: Hoe gaat het?\nInwoner: Goed. Let op: ik heb\nnog een vraag.\nKM: Vertel.\n\nI: Over de taaleis."
    )
    assert beurten == [
        RuweBeurt("KM", "Hoe gaat het?"),
        RuweBeurt("Inwoner", "Goed. Let op: ik heb nog een vraag."),
        RuweBeurt("KM", "Vertel."),
        RuweBeurt("I", "Over de taaleis."),
    ]


def test_the_test_conversation_has_fourteen_turns():
    beurten = lees_tekst(GESPREK)
    assert len(beurten) == 14
    assert {b.spreker_label for b in beurten} == {"KM", "Inwoner"}


def test_webvtt_voice_tags_merge_consecutive_cues_and_skip_notes():
    beurten = lees_bestand("gesprek.vtt", VTT.encode())
    assert beurten == [
        RuweBeurt("Sanne Jansen", "Goedemorgen, wat fijn dat je er bent. Wat wil je vandaag bespreken?"),
        RuweBeurt("Nadia", "Ik wil weer aan het werk, maar ik twijfel."),
        RuweBeurt("Sanne Jansen", "Je twijfelt nog."),
    ]


def test_docx_paragraphs_become_lines():
    data = docx(["Klantmanager: Wat wilt u bespreken?", "Inwoner: Mijn schulden.", "Klantmanager: Vertel."])
    assert lees_bestand("verslag.DOCX", data) == [
        RuweBeurt("Klantmanager", "Wat wilt u bespreken?"),
        RuweBeurt("Inwoner", "Mijn schulden."),
        RuweBeurt("Klantmanager", "Vertel."),
    ]


@pytest.mark.parametrize(
    ("naam", "data", "melding"),
    [
        ("gesprek.txt", b"KM: Hallo\nKM: Nog eens", "geen twee sprekers"),
        ("gesprek.txt", b"KM: caf\xe9\nI: ja", "Regel 1 is geen geldige UTF-8"),
        ("gesprek.pdf", b"%PDF", ".txt, .vtt of .docx"),
        ("gesprek.docx", b"geen zip", "geen geldig Word-document"),
        ("gesprek.txt", b"Hallo daar\nKM: Hoi\nI: Hoi", "zegt niet wie er spreekt"),
        ("gesprek.txt", b"   \n", "geen tekst"),
    ],
)
def test_bad_files_give_a_dutch_message(naam, data, melding):
    with pytest.raises(TranscriptFout, match=melding):
        lees_bestand(naam, data)


def test_docx_with_entities_is_refused():
    with zipfile.ZipFile(io.BytesIO(docx(["KM: hoi", "I: hoi"]))) as archief:
        xml = archief.read("word/document.xml").replace(b"<w:document", b"<!DOCTYPE x [<!ENTITY a 'b'>]><w:document")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("word/document.xml", xml)
    data = buffer.getvalue()
    with pytest.raises(TranscriptFout, match="documenttypedefinitie"):
        lees_bestand("x.docx", data)


@pytest.mark.parametrize(
    ("label", "rol"), [("KM", "professional"), ("Klantmanager", "professional"), ("I", "client"), ("Sanne", "")]
)
def test_role_guess(label, rol):
    assert raad_rol(label) == rol


VTT_MET_ENTITEITEN = """WEBVTT - Teams-transcript

NOTE Jan &amp; Piet is één spreker

7d2a0f1e-12/3-0
00:00:01.000 --> 00:00:04.000 align:start
<v Jan &amp; Piet>Wij &amp; de buurvrouw hebben het geregeld.</v>

00:00:04.500 --> 00:00:06.000
<v Inwoner>Ik schreef &lt;b&gt;vet&lt;/b&gt; en 3 &gt; 2, caf&eacute;&nbsp;&#233;&#x20AC;.</v>

00:00:06.500 --> 00:00:08.000
<v Inwoner><i>Echt</i> &quot;waar&quot; &apos;hoor&apos; &amp;amp;</v>

00:00:08.500 --> 00:00:10.000
<v Jan &amp; Piet>Kort.<v Inwoner>En ik &lrm;ook.</v>
"""


def test_webvtt_character_references_are_decoded_once():
    beurten = lees_bestand("teams.vtt", VTT_MET_ENTITEITEN.encode())
    assert beurten == [
        RuweBeurt("Jan & Piet", "Wij & de buurvrouw hebben het geregeld."),
        RuweBeurt("Inwoner", "Ik schreef <b>vet</b> en 3 > 2, café é€. Echt \"waar\" 'hoor' &amp;"),
        RuweBeurt("Jan & Piet", "Kort."),
        RuweBeurt("Inwoner", "En ik ook."),
    ]


def test_webvtt_without_voices_reads_name_prefixes_and_decodes_them():
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nKM: Zij &amp; ik\n\n00:02.000 --> 00:03.000\nInwoner: Ja &gt; nee\n"
    assert lees_tekst(vtt) == [RuweBeurt("KM", "Zij & ik"), RuweBeurt("Inwoner", "Ja > nee")]


def test_webvtt_cue_with_a_broken_timestamp_is_an_error_not_a_lost_turn():
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hoi\n\n00:xx.000 --> 00:03.000\n<v B>Hoi\n\n"
        "00:04.000 --> 00:05.000\n<v C>Ja\n"
    )
    with pytest.raises(TranscriptFout, match="ongeldige tijdsaanduiding"):
        lees_tekst(vtt)


def test_webvtt_as_tools_write_it_short_timestamps_no_blank_line_and_arrows_in_notes():
    vtt = (
        "WEBVTT\n\nNOTE export --> Regie\n\n0:0:01.000 --> 0:0:02.000\n<v A>Hoi\n00:02.000 --> 00:03.000\n<v B>Hallo\n"
    )
    assert lees_tekst(vtt) == [RuweBeurt("A", "Hoi"), RuweBeurt("B", "Hallo")]
