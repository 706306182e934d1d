"""Reading a transcript as the professional has it: pasted text, a text file, WebVTT (Teams, Zoom) or Word (.docx).

Every format becomes a list of turns with the speaker as written in the transcript; who is the professional and who
the inwoner is confirmed by the professional afterwards, because labels like "Sanne" or "Spreker 2" say nothing.
Errors are ``TranscriptFout`` with a Dutch message that the form shows next to the field.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree  # noqa: S405 - only for its ParseError; parsing goes through defusedxml

import webvtt
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedElementTree
from django.utils.translation import gettext as _
from webvtt.errors import MalformedCaptionError, MalformedFileError

MAX_BYTES = 2 * 1024 * 1024
MAX_DOCX_XML = 10 * 1024 * 1024
MAX_BEURTEN = 2000
MAX_TEKST_PER_BEURT = 5000

# Labels that are speakers even when they occur once; other labels count only when they return (a "Let op:" inside a
# turn is not a speaker).
PROFESSIONAL_LABELS = {
    "km",
    "klantmanager",
    "consulent",
    "professional",
    "medewerker",
    "begeleider",
    "coach",
    "krachtcoach",
    "p",
    "prof",
    "interviewer",
    "therapist",
    "t",
    "counselor",
}
INWONER_LABELS = {"inwoner", "i", "klant", "client", "cliënt", "c", "aanvrager", "deelnemer", "burger", "b"}

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TIJD = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*[-–]?\s*")
_PREFIX = re.compile(r"^\s*(?P<label>[^\W\d][\w .'’()-]{0,39}?)\s*:\s*(?P<tekst>.*)$")
# A voice span ends at its </v>, at the next voice or at the end of the cue.
_VTT_STEM = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<naam>[^>]+)>(?P<tekst>.*?)(?:</v>|(?=<v[\s.])|$)", re.DOTALL)
_RICHTINGSTEKENS = dict.fromkeys(map(ord, "\u200e\u200f"))
_TAG = re.compile(r"<[^>]+>")


class TranscriptFout(ValueError):
    pass


@dataclass(frozen=True)
class RuweBeurt:
    spreker_label: str
    tekst: str


def raad_rol(label: str) -> str:
    """'professional', 'client' or '' for a speaker label, from common abbreviations."""
    sleutel = label.strip().lower().rstrip(".")
    if sleutel in PROFESSIONAL_LABELS:
        return "professional"
    if sleutel in INWONER_LABELS:
        return "client"
    return ""


def decodeer(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = data[: fout.start].count(b"\n") + 1
        raise TranscriptFout(
            _("Regel %(regel)s is geen geldige UTF-8-tekst. Sla het bestand op als UTF-8 en probeer het opnieuw.")
            % {"regel": regel}
        ) from None


def lees_bestand(naam: str, data: bytes) -> list[RuweBeurt]:
    if len(data) > MAX_BYTES:
        raise TranscriptFout(_("Het bestand is groter dan 2 MB."))
    extensie = naam.lower().rsplit(".", 1)[-1] if "." in naam else ""
    if extensie == "docx":
        return lees_tekst(docx_naar_tekst(data))
    if extensie in ("txt", "vtt", "text", ""):
        return lees_tekst(decodeer(data))
    raise TranscriptFout(_("Kies een bestand van het soort .txt, .vtt of .docx."))


def lees_tekst(tekst: str) -> list[RuweBeurt]:
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    if not tekst.strip():
        raise TranscriptFout(_("Er staat geen tekst in het transcript."))
    beurten = _lees_vtt(tekst) if tekst.lstrip("\ufeff").startswith("WEBVTT") else _lees_prefixen(tekst)
    if len(beurten) > MAX_BEURTEN:
        raise TranscriptFout(_("Het transcript heeft meer dan %(max)s beurten.") % {"max": MAX_BEURTEN})
    if len({b.spreker_label for b in beurten}) < 2:
        raise TranscriptFout(
            _(
                "Regie herkent geen twee sprekers. Zet voor elke beurt wie er spreekt, bijvoorbeeld "
                "“KM: Hoe gaat het?” en “Inwoner: Goed.”"
            )
        )
    return [RuweBeurt(b.spreker_label, b.tekst[:MAX_TEKST_PER_BEURT]) for b in beurten]


def _lees_prefixen(tekst: str) -> list[RuweBeurt]:
    regels = [_TIJD.sub("", r) for r in tekst.split("\n")]
    kandidaten = [m.group("label").strip() for r in regels if (m := _PREFIX.match(r))]
    aantal = {label: kandidaten.count(label) for label in set(kandidaten)}
    beurten: list[list[str]] = []
    for regel in regels:
        m = _PREFIX.match(regel)
        label = m.group("label").strip() if m else ""
        if m and (aantal[label] >= 2 or raad_rol(label)):
            beurten.append([label, m.group("tekst").strip()])
        elif regel.strip() and beurten:
            beurten[-1][1] = f"{beurten[-1][1]} {regel.strip()}".strip()
        elif regel.strip():
            raise TranscriptFout(
                _("De eerste regel met tekst (“%(begin)s”) zegt niet wie er spreekt. Begin met bijvoorbeeld “KM:”.")
                % {"begin": regel.strip()[:40]}
            )
    return [RuweBeurt(label, t) for label, t in beurten if t]


def _lees_vtt(tekst: str) -> list[RuweBeurt]:
    """Cues through webvtt-py (header, NOTE, STYLE and REGION blocks, cue settings), voices and entities here.

    A cue may hold several voices (``<v Sanne>…</v><v Nadia>…``), which webvtt-py's single ``voice`` does not give, so
    the spans are read from the raw cue text. Character references (``&amp;``, ``&lt;``, ``&nbsp;``, ``&#233;``) are
    decoded after the tags are removed, so an escaped ``&lt;b&gt;`` stays text.
    """
    ongeldige_tijd = TranscriptFout(
        _(
            "Het WebVTT-bestand heeft een fragment met een ongeldige tijdsaanduiding. Exporteer het transcript "
            "opnieuw of plak de tekst."
        )
    )
    try:
        document = webvtt.from_string(tekst)  # lenient about short timestamps such as 0:0:13.540
    except MalformedFileError:
        raise TranscriptFout(_("Dit is geen geldig WebVTT-bestand: de eerste regel moet “WEBVTT” zijn.")) from None
    except MalformedCaptionError:
        raise ongeldige_tijd from None
    # webvtt-py skips a cue it cannot read; a turn must never go missing silently.
    tijdregels = sum(
        "-->" in regel
        for blok in re.split(r"\n\s*\n", tekst)
        if not blok.lstrip().startswith("NOTE")
        for regel in blok.split("\n")
    )
    if tijdregels != len(document.captions):
        raise ongeldige_tijd
    beurten: list[list[str]] = []
    for cue in document.captions:
        inhoud = " ".join(regel.strip() for regel in cue.lines if regel.strip())
        delen = [(_vtt_tekst(s.group("naam")), _vtt_tekst(s.group("tekst"))) for s in _VTT_STEM.finditer(inhoud)]
        if not delen:
            # No voice tags: "Naam: tekst" as in plain text, read from the decoded cue.
            m = _PREFIX.match(_vtt_tekst(inhoud))
            delen = [(m.group("label").strip(), m.group("tekst").strip())] if m else [("?", inhoud)]
        for naam, deel in delen:
            if not deel:
                continue
            # Subtitle tools cut one turn into several cues; consecutive cues of one voice are one turn.
            if beurten and beurten[-1][0] == naam:
                beurten[-1][1] = f"{beurten[-1][1]} {deel}"
            else:
                beurten.append([naam, deel])
    if any(naam == "?" for naam, _t in beurten):
        raise TranscriptFout(_("Niet elk fragment in het WebVTT-bestand heeft een spreker (<v Naam>)."))
    return [RuweBeurt(naam, t) for naam, t in beurten]


def _vtt_tekst(ruw: str) -> str:
    """Cue text without tags, character references decoded, direction marks dropped and white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", ruw)).translate(_RICHTINGSTEKENS).split())


def docx_naar_tekst(data: bytes) -> str:
    """The paragraphs of a Word document as lines of text, read from its XML without extra libraries."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archief:
            info = archief.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                raise TranscriptFout(_("Het Word-document is te groot."))
            xml = archief.read(info)
    except (zipfile.BadZipFile, KeyError):
        raise TranscriptFout(_("Dit is geen geldig Word-document (.docx).")) from None
    # Word never writes a DTD. defusedxml refuses any DTD, entity or external reference in whatever encoding the XML
    # declares (UTF-16 included), which a byte search for "<!DOCTYPE" would miss.
    try:
        wortel = DefusedElementTree.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException:
        raise TranscriptFout(
            _("Dit Word-document bevat een documenttypedefinitie (DTD) of entiteiten; die leest Regie niet in.")
        ) from None
    except (ElementTree.ParseError, ValueError, LookupError):
        raise TranscriptFout(_("Dit is geen geldig Word-document (.docx).")) from None
    regels = []
    for alinea in wortel.iter(f"{{{_W}}}p"):
        delen = []
        for element in alinea.iter():
            if element.tag == f"{{{_W}}}t" and element.text:
                delen.append(element.text)
            elif element.tag == f"{{{_W}}}tab":
                delen.append(" ")
            elif element.tag in (f"{{{_W}}}br", f"{{{_W}}}cr"):
                delen.append("\n")
        regels.append("".join(delen))
    return "\n".join(regels)
