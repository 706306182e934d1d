"""CSV imports: a catalogue of places (from a volunteer vacancy bank) and postcode coordinates.

Every row is checked before anything is written; one bad row means nothing is imported, and every problem is
reported with its line number and column, in Dutch, so the file can be fixed in one go.
"""

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.dossier.models import Wijk

from . import koppeling
from .keuzes import Gezelschap, Interesse, Omgeving, Taalniveau
from .models import Organisatie, Plek, Postcode

MAX_FOUTEN = 50
VERPLICHT = ("organisatie", "activiteit", "omschrijving", "dagdelen", "uren_per_week", "capaciteit")
KOLOMMEN = (
    "code", "organisatie", "activiteit", "omschrijving", "wijk", "adres", "postcode", "lat", "lon", "interesses",
    "dagdelen", "uren_per_week", "capaciteit", "gezelschap", "omgeving", "min_taalniveau", "rolstoeltoegankelijk",
    "rustig", "zwaar_tillen", "dieren", "begeleiding",
)  # fmt: skip
_JA_NEE = {"ja": True, "j": True, "1": True, "true": True, "waar": True, "nee": False, "n": False, "0": False,
           "false": False, "onwaar": False, "": False}  # fmt: skip
_JA_NEE_VELDEN = (
    ("rolstoeltoegankelijk", "rolstoeltoegankelijk"),
    ("rustig", "rustig"),
    ("zwaar_tillen", "zwaar_tillen"),
    ("dieren", "dieren_aanwezig"),
    ("begeleiding", "begeleiding"),
)
_DAGEN = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
_DAGNAMEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_POSTCODE = re.compile(r"^(\d{4})\s?([A-Z]{2})?$")


@dataclass(frozen=True)
class Importresultaat:
    nieuw: int
    bijgewerkt: int


def _lees(bestand) -> tuple[csv.DictReader, io.StringIO]:
    ruw = bestand.read()
    try:
        tekst = ruw.decode("utf-8-sig") if isinstance(ruw, bytes) else ruw
    except UnicodeDecodeError as fout:
        raise ValidationError(_("Het bestand is geen UTF-8-tekst; sla het op als ‘CSV UTF-8’.")) from fout
    eerste = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste.count(";") > eerste.count(",") else ","
    buffer = io.StringIO(tekst)
    reader = csv.DictReader(buffer, delimiter=scheiding)
    try:
        kolommen = reader.fieldnames
    except csv.Error as fout:
        raise _csv_fout(fout, regel=1) from None
    if not kolommen:
        raise ValidationError(_("Het bestand is leeg."))
    reader.fieldnames = [(naam or "").strip().lower() for naam in reader.fieldnames]
    return reader, buffer


def _csv_fout(fout: csv.Error, *, regel: int) -> ValidationError:
    """A Dutch, line-numbered message for what the csv module refuses (a cell over 131,072 characters, a NUL byte)."""
    if "field larger than field limit" in str(fout):
        return ValidationError(
            _("Regel %(regel)s: een cel is langer dan %(max)s tekens.")
            % {"regel": regel, "max": f"{csv.field_size_limit():,}".replace(",", ".")}
        )
    return ValidationError(_("Regel %(regel)s: deze regel is geen geldige CSV.") % {"regel": regel})


def _rijen(reader: csv.DictReader):
    """The rows of ``reader``, with the csv module's errors turned into a line-numbered ``ValidationError``."""
    while True:
        try:
            rij = next(reader)
        except StopIteration:
            return
        except csv.Error as fout:
            # DictReader updates its own line_num only after a good row; the underlying reader has read the bad line.
            raise _csv_fout(fout, regel=reader.reader.line_num) from None
        yield rij


def _lijst(waarde: str) -> list[str]:
    return [deel.strip() for deel in re.split(r"[|,;]", waarde) if deel.strip()]


def dagdeel_code(tekst: str) -> str | None:
    """'ma-ochtend', 'maandag ochtend' or 'maandagochtend' → 'maandagochtend'."""
    compact = re.sub(r"[\s\-_]", "", tekst.casefold())
    for deel in ("ochtend", "middag", "avond"):
        if compact.endswith(deel):
            dag = compact[: -len(deel)]
            dag_nr = _DAGEN.get(dag[:2]) if dag in _DAGNAMEN or dag in _DAGEN else None
            if dag_nr is not None:
                return _DAGNAMEN[dag_nr] + deel
    return None


MAX_GETAL = Decimal(10) ** 9


def _decimaal(waarde: str) -> Decimal:
    """A finite number of reasonable size; 'NaN', 'Infinity' and '1e999999' are refused as not a number."""
    getal = Decimal(waarde.strip().replace(",", "."))
    if not getal.is_finite() or abs(getal) >= MAX_GETAL:
        raise InvalidOperation(waarde)
    return getal


def _rij_naar_plek(rij: dict, gemeente, wijken: dict, fout) -> tuple[dict, str] | None:
    """Field values for one row, or None after reporting its problems through ``fout(column, message)``."""
    waarden: dict = {}
    ok = True

    def meld(kolom, tekst):
        nonlocal ok
        ok = False
        fout(kolom, tekst)

    for kolom in VERPLICHT:
        if not rij.get(kolom, "").strip():
            meld(kolom, _("dit veld is verplicht"))
    for kolom in ("activiteit", "omschrijving", "adres", "code"):
        waarden[kolom] = rij.get(kolom, "").strip()
    tags = [t.casefold() for t in _lijst(rij.get("interesses", ""))]
    if onbekend := [t for t in tags if t not in Interesse.values]:
        meld("interesses", _("onbekende interesse ‘%(waarde)s’") % {"waarde": onbekend[0]})
    waarden["tags"] = list(dict.fromkeys(tags))
    dagdelen = [(d, dagdeel_code(d)) for d in _lijst(rij.get("dagdelen", ""))]
    if onbekend := [d for d, code in dagdelen if code is None]:
        meld(
            "dagdelen", _("onbekend dagdeel ‘%(waarde)s’ (schrijf bijvoorbeeld ‘ma-ochtend’)") % {"waarde": onbekend[0]}
        )
    waarden["dagdelen"] = list(dict.fromkeys(code for _d, code in dagdelen if code))
    for kolom, veld in (("uren_per_week", "uren_per_week"), ("capaciteit", "capaciteit")):
        if rij.get(kolom, "").strip():
            try:
                getal = _decimaal(rij[kolom])
                waarden[veld] = int(getal) if veld == "capaciteit" else getal
                if veld == "capaciteit" and getal != int(getal):
                    raise InvalidOperation
            except (InvalidOperation, ValueError):
                meld(kolom, _("‘%(waarde)s’ is geen getal") % {"waarde": rij[kolom]})
    for kolom, keuzes, standaard in (
        ("gezelschap", Gezelschap, Gezelschap.BEIDE),
        ("omgeving", Omgeving, Omgeving.BINNEN),
    ):
        waarde = rij.get(kolom, "").strip().casefold() or standaard
        if waarde not in keuzes.values:
            meld(kolom, _("kies uit: %(keuzes)s") % {"keuzes": ", ".join(keuzes.values)})
        waarden[kolom] = waarde
    niveau = rij.get("min_taalniveau", "").strip().upper() or "A0"
    if niveau not in Taalniveau.names:
        meld("min_taalniveau", _("kies uit A0, A1, A2, B1, B2, C1 of C2"))
    else:
        waarden["min_taalniveau"] = Taalniveau[niveau].value
    for kolom, veld in _JA_NEE_VELDEN:
        waarde = rij.get(kolom, "").strip().casefold()
        if waarde not in _JA_NEE:
            meld(kolom, _("vul ‘ja’ of ‘nee’ in"))
        waarden[veld] = _JA_NEE.get(waarde, False)
    wijknaam = rij.get("wijk", "").strip()
    if wijknaam:
        waarden["wijk"] = wijken.get(wijknaam.casefold())
        if waarden["wijk"] is None:
            meld("wijk", _("onbekende wijk ‘%(waarde)s’") % {"waarde": wijknaam})
    if rij.get("lat", "").strip() or rij.get("lon", "").strip():
        try:
            waarden["lat"], waarden["lon"] = float(_decimaal(rij.get("lat", ""))), float(_decimaal(rij.get("lon", "")))
        except (InvalidOperation, ValueError):
            meld("lat", _("vul breedte- én lengtegraad in als getal, bijvoorbeeld 52,1"))
    elif rij.get("postcode", "").strip():
        gevonden = koppeling.locatie(rij["postcode"])
        if gevonden is None:
            meld(
                "postcode",
                _("postcode ‘%(waarde)s’ is onbekend; importeer eerst de postcodes") % {"waarde": rij["postcode"]},
            )
        else:
            waarden["lat"], waarden["lon"] = gevonden
    else:
        meld("postcode", _("vul een postcode in, of lat en lon"))
    return (waarden, " ".join(rij.get("organisatie", "").split())) if ok else None


def importeer_plekken(bestand, *, gemeente, door=None) -> Importresultaat:
    """Import or update (by ``code``) every row, or nothing. ``door`` is checked when given (the upload form)."""
    if door is not None and (not mag_taak(door, Taak.PLEKKEN_BEHEREN) or door.gemeente_id != gemeente.pk):
        raise PermissionDenied(_("Alleen de functioneel beheerder of een krachtcoach importeert plekken."))
    reader, _buffer = _lees(bestand)
    if ontbreekt := [k for k in VERPLICHT if k not in reader.fieldnames]:
        raise ValidationError(_("Regel 1: de kolom ‘%(kolom)s’ ontbreekt.") % {"kolom": ontbreekt[0]})
    wijken = {w.naam.casefold(): w for w in Wijk.objects.filter(gemeente=gemeente)}
    wijken.update({w.code.casefold(): w for w in wijken.values()})
    bestaand = {p.code: p for p in Plek.objects.filter(gemeente=gemeente).exclude(code="")}
    fouten: list[str] = []
    rijen: list[tuple[int, dict, str]] = []
    codes: set[str] = set()
    for rij in _rijen(reader):
        regel = reader.line_num

        def fout(kolom, tekst, regel=regel):
            fouten.append(
                _("Regel %(regel)s, kolom ‘%(kolom)s’: %(tekst)s.") % {"regel": regel, "kolom": kolom, "tekst": tekst}
            )

        uitkomst = _rij_naar_plek({k: (v or "") for k, v in rij.items() if k}, gemeente, wijken, fout)
        if uitkomst is not None:
            waarden, organisatie = uitkomst
            if waarden["code"] and waarden["code"] in codes:
                fout("code", _("deze code staat al op een eerdere regel"))
            codes.add(waarden["code"])
            plek = Plek(gemeente=gemeente, organisatie=Organisatie(gemeente=gemeente, naam=organisatie), **waarden)
            try:
                plek.full_clean(exclude=["organisatie", "gemeente"], validate_unique=False, validate_constraints=False)
            except ValidationError as model_fout:
                for veld, meldingen in model_fout.message_dict.items():
                    fout(veld, " ".join(m.rstrip(".") for m in meldingen))
            rijen.append((regel, waarden, organisatie))
        if len(fouten) >= MAX_FOUTEN:
            fouten.append(_("Na %(aantal)s fouten is het controleren gestopt.") % {"aantal": MAX_FOUTEN})
            break
    if fouten:
        raise ValidationError(fouten)
    if not rijen:
        raise ValidationError(_("Het bestand bevat geen plekken."))
    return _schrijf(gemeente, rijen, bestaand)


@transaction.atomic
def _schrijf(gemeente, rijen, bestaand) -> Importresultaat:
    organisaties = {o.naam: o for o in Organisatie.objects.filter(gemeente=gemeente)}
    nieuw = bijgewerkt = 0
    for _regel, waarden, naam in rijen:
        if naam not in organisaties:
            organisaties[naam] = Organisatie.objects.create(gemeente=gemeente, naam=naam)
        plek = bestaand.get(waarden["code"]) if waarden["code"] else None
        if plek is None:
            plek = Plek(gemeente=gemeente)
            nieuw += 1
        else:
            bijgewerkt += 1
        for veld, waarde in waarden.items():
            setattr(plek, veld, waarde)
        plek.organisatie = organisaties[naam]
        plek.save()
    return Importresultaat(nieuw=nieuw, bijgewerkt=bijgewerkt)


def normaliseer_postcode(tekst: str) -> str | None:
    gevonden = _POSTCODE.match(" ".join(tekst.upper().split()))
    if not gevonden:
        return None
    return f"{gevonden[1]} {gevonden[2]}" if gevonden[2] else gevonden[1]


def importeer_postcodes(bestand) -> int:
    """Rows ``postcode,lat,lon`` (4 digits, or 4 digits and 2 letters); existing postcodes get the new values."""
    reader, _buffer = _lees(bestand)
    if ontbreekt := [k for k in ("postcode", "lat", "lon") if k not in reader.fieldnames]:
        raise ValidationError(_("Regel 1: de kolom ‘%(kolom)s’ ontbreekt.") % {"kolom": ontbreekt[0]})
    fouten: list[str] = []
    rijen: dict[str, Postcode] = {}
    for rij in _rijen(reader):
        regel = reader.line_num
        postcode = normaliseer_postcode(rij.get("postcode") or "")
        if postcode is None:
            fouten.append(_("Regel %(regel)s, kolom ‘postcode’: schrijf als 1234 of 1234 AB.") % {"regel": regel})
        try:
            lat, lon = float(_decimaal(rij.get("lat") or "")), float(_decimaal(rij.get("lon") or ""))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except (InvalidOperation, ValueError):
            fouten.append(_("Regel %(regel)s, kolom ‘lat’/‘lon’: geen geldige coördinaten.") % {"regel": regel})
            lat = lon = 0.0
        if postcode:
            rijen[postcode] = Postcode(postcode=postcode, lat=lat, lon=lon)
        if len(fouten) >= MAX_FOUTEN:
            break
    if fouten:
        raise ValidationError(fouten)
    with transaction.atomic():
        Postcode.objects.bulk_create(
            list(rijen.values()),
            batch_size=2000,
            update_conflicts=True,
            unique_fields=["postcode"],
            update_fields=["lat", "lon"],
        )
    return len(rijen)
