"""Everything Regie holds about one inwoner, for their rights of access (AVG art. 15) and portability (art. 20).

One walk over the inwoner's data gives both forms: ``als_json`` (machine-readable, raw values, every field) and
``als_document`` (sections with labels and values in plain Dutch, for the printable page). The data is reached through
the inwoner's own relations, so the export follows the models without importing other apps, and a new model with a
relation to the inwoner only needs a line in ``ONDERDELEN``.

Left out, with the reason given in the document: the internal ids, and the coding of conversations with motivational
interviewing (codes, certainty, corrections and counts): that is feedback on the professional's way of talking, their
personal data rather than the inwoner's (art. 15 lid 4). The conversation itself is included. Staff members appear by
role and organisation, as on the page "Wie heeft mijn gegevens bekeken".
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from regie.apps.dossier.models import Inwoner

from . import selectors

VERSIE = 1


@dataclass(frozen=True)
class Onderdeel:
    sleutel: str
    titel: str
    pad: str  # a relation of the object above (the inwoner for the top level)
    uitsluiten: tuple[str, ...] = ()
    onder: tuple["Onderdeel", ...] = ()
    een: bool = False  # a one-to-one relation


_MI = (
    "aantal_vragen",
    "aantal_eenvoudige_reflecties",
    "aantal_complexe_reflecties",
    "aantal_adherent",
    "aantal_niet_adherent",
    "aantal_verandertaal",
    "aantal_behoudtaal",
    "woorden_professional",
    "woorden_inwoner",
    "gedeeld_met",
    "status",
)

ONDERDELEN: tuple[Onderdeel, ...] = (
    Onderdeel(
        "huishoudens",
        _l("Huishouden door de tijd"),
        "huishoudens",
        onder=(Onderdeel("huisgenoten", _l("Huisgenoten"), "huisgenoten"),),
    ),
    Onderdeel("begeleiders", _l("Wie u begeleidt"), "toewijzingen"),
    Onderdeel("contactmomenten", _l("Contactmomenten"), "contactmomenten"),
    Onderdeel("uitkeringsgegevens", _l("Gegevens voor uw uitkering"), "uitkeringsgegevens", een=True),
    Onderdeel("inkomstenbronnen", _l("Inkomen"), "inkomstenbronnen"),
    Onderdeel("vermogen", _l("Vermogen"), "vermogen"),
    Onderdeel("berekeningen", _l("Berekeningen van uw uitkering"), "berekeningen", uitsluiten=("herberekening",)),
    Onderdeel("verplichtingen", _l("Verplichtingen"), "verplichtingen"),
    Onderdeel("ontheffingen", _l("Ontheffingen"), "ontheffingen"),
    Onderdeel("heronderzoeken", _l("Heronderzoeken"), "heronderzoeken", uitsluiten=("berekening",)),
    Onderdeel("hoorzittingen", _l("Horen"), "hoorzittingen"),
    Onderdeel("maatregelen", _l("Maatregelen"), "maatregelen", uitsluiten=("horen",)),
    Onderdeel(
        "plan",
        _l("Uw plan"),
        "plan",
        een=True,
        onder=(
            Onderdeel(
                "doelen",
                _l("Doelen"),
                "doelen",
                onder=(
                    Onderdeel("stappen", _l("Stappen"), "stappen"),
                    Onderdeel("checkins", _l("Hoe het ging"), "checkins"),
                ),
            ),
        ),
    ),
    Onderdeel("laddermetingen", _l("Participatieladder"), "laddermetingen"),
    Onderdeel(
        "zelfredzaamheid",
        _l("Zelfredzaamheid"),
        "zelfredzaamheidmetingen",
        onder=(Onderdeel("scores", _l("Scores"), "scores"),),
    ),
    Onderdeel("belemmeringen", _l("Wat het moeilijk maakt"), "belemmeringen", uitsluiten=("ontheffing",)),
    Onderdeel("afspraken", _l("Afspraken"), "afspraken"),
    Onderdeel("berichten", _l("Berichten"), "berichten"),
    Onderdeel("participatieprofiel", _l("Participatieprofiel"), "participatieprofiel", een=True),
    Onderdeel("plaatsingen", _l("Plaatsingen"), "plaatsingen"),
    Onderdeel(
        "gesprekken",
        _l("Gesprekken"),
        "gesprekken",
        uitsluiten=_MI,
        onder=(
            Onderdeel(
                "beurten",
                _l("Wat er gezegd is"),
                "beurten",
                uitsluiten=("code", "zekerheid", "correctie", "gecorrigeerd_op", "spreker_label"),
            ),
        ),
    ),
)

PERSOON_VELDEN = (
    "bsn",
    "voornamen",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "straat",
    "huisnummer",
    "huisnummer_toevoeging",
    "postcode",
    "woonplaats",
    "telefoon",
    "email",
    "voorkeurstaal",
)


@dataclass
class Regel:
    label: str
    waarde: str


@dataclass
class Item:
    regels: list[Regel]
    onder: list["Sectie"] = field(default_factory=list)


@dataclass
class Sectie:
    sleutel: str
    titel: str
    items: list[Item]


# --- Values.


def _json(waarde):
    if isinstance(waarde, datetime.datetime):
        return waarde.isoformat()
    if isinstance(waarde, datetime.date):
        return waarde.isoformat()
    if isinstance(waarde, Decimal):
        return str(waarde)
    return waarde


def _in_woorden(obj, veld: models.Field, waarde) -> str:
    if waarde is None or waarde == "" or waarde == [] or waarde == {}:
        return "—"
    if veld.choices:
        return str(getattr(obj, f"get_{veld.name}_display")())
    if isinstance(waarde, bool):
        return _("ja") if waarde else _("nee")
    if isinstance(waarde, datetime.datetime):
        return formats.date_format(timezone.localtime(waarde), "j F Y, H:i")
    if isinstance(waarde, datetime.date):
        return formats.date_format(waarde, "j F Y")
    if isinstance(waarde, list):
        return ", ".join(str(w) for w in waarde)
    if isinstance(waarde, dict):
        return _("(staat volledig in de JSON-download)")
    return str(waarde)


def _persoon_van(gebruiker, eigen_account_id) -> str:
    """A staff member by role and organisation; the inwoner as "u"."""
    if gebruiker is None:
        return ""
    if gebruiker.pk == eigen_account_id:
        return _("u zelf")
    from regie.apps.audit.services import organisatie_van

    rol = gebruiker.get_rol_display() if gebruiker.rol else _("medewerker")
    organisatie = organisatie_van(gebruiker)
    return f"{rol}, {organisatie}" if organisatie else str(rol)


def _velden(obj, uitsluiten, eigen_account_id):
    """(name, label, raw value, value in words) for every field the export shows of one object."""
    for veld in obj._meta.concrete_fields:
        if veld.primary_key or veld.name in uitsluiten:
            continue
        if veld.is_relation:
            doel = veld.related_model
            if doel is Inwoner or doel._meta.label == settings.AUTH_USER_MODEL:
                if doel is Inwoner:
                    continue
                persoon = _persoon_van(getattr(obj, veld.name), eigen_account_id)
                yield veld.name, veld.verbose_name, persoon, persoon or "—"
                continue
            if veld.one_to_one or doel._meta.app_label in ("plan", "dossier", "gesprekken"):
                continue  # the object above in the tree
            gekoppeld = getattr(obj, veld.name)
            tekst = str(gekoppeld) if gekoppeld is not None else ""
            yield veld.name, veld.verbose_name, tekst, tekst or "—"
            continue
        waarde = getattr(obj, veld.attname)
        yield veld.name, veld.verbose_name, _json(waarde), _in_woorden(obj, veld, waarde)


def _objecten(bron, onderdeel: Onderdeel) -> list:
    if onderdeel.een:
        try:
            obj = getattr(bron, onderdeel.pad)
        except models.ObjectDoesNotExist:
            return []
        return [obj]
    return list(getattr(bron, onderdeel.pad).all())


def _loop(bron, onderdelen, eigen_account_id):
    """The tree of the inwoner's data: (onderdeel, [(object, velden, kinderen)])."""
    uit = []
    for onderdeel in onderdelen:
        objecten = []
        for obj in _objecten(bron, onderdeel):
            velden = list(_velden(obj, onderdeel.uitsluiten, eigen_account_id))
            objecten.append((obj, velden, _loop(obj, onderdeel.onder, eigen_account_id)))
        uit.append((onderdeel, objecten))
    return uit


# --- The two forms.


def _persoon(inwoner: Inwoner) -> list[tuple[str, str, object, str]]:
    uit = []
    for naam in PERSOON_VELDEN:
        veld = Inwoner._meta.get_field(naam)
        waarde = getattr(inwoner, naam)
        uit.append((naam, veld.verbose_name, _json(waarde), _in_woorden(inwoner, veld, waarde)))
    uit.append(("wijk", _("wijk"), inwoner.wijk.naam, inwoner.wijk.naam))
    return uit


def als_json(inwoner: Inwoner, user) -> dict:
    def boom(lijst):
        return {
            onderdeel.sleutel: [
                {
                    **{naam: waarde for naam, _label, waarde, _tekst in velden},
                    **boom(kinderen),
                }
                for _obj, velden, kinderen in objecten
            ]
            for onderdeel, objecten in lijst
        }

    return {
        "formaat": "regie-inzage",
        "versie": VERSIE,
        "gemaakt_op": timezone.now().isoformat(),
        "toelichting": _(
            "Alle gegevens die de gemeente in Regie over u bewaart (AVG artikel 15 en 20). Medewerkers staan erin "
            "met hun rol en organisatie. Niet opgenomen: interne nummers, en de feedback op de gesprekstechniek van "
            "de professional (dat zijn gegevens over de professional)."
        ),
        "persoon": {naam: waarde for naam, _label, waarde, _tekst in _persoon(inwoner)},
        **boom(_loop(inwoner, ONDERDELEN, inwoner.account_id)),
        "wie_heeft_mijn_gegevens_bekeken": [
            {
                "tijdstip": r.tijdstip.isoformat(),
                "rol": r.rol,
                "organisatie": r.organisatie,
                "actie": r.actie,
                "onderdelen": r.categorieen,
                "waarom": r.waarom,
                "grondslag": r.grondslag,
                "resultaat": r.resultaat,
            }
            for r in selectors.wie_heeft_bekeken(inwoner)
        ],
    }


def als_document(inwoner: Inwoner, user) -> list[Sectie]:
    def secties(lijst) -> list[Sectie]:
        return [
            Sectie(
                sleutel=onderdeel.sleutel,
                titel=str(onderdeel.titel),
                items=[
                    Item(
                        regels=[Regel(str(label), tekst) for _naam, label, _waarde, tekst in velden],
                        onder=[s for s in secties(kinderen) if s.items],
                    )
                    for _obj, velden, kinderen in objecten
                ],
            )
            for onderdeel, objecten in lijst
        ]

    persoon = Sectie(
        "persoon",
        _("Uw persoonsgegevens"),
        [Item([Regel(capfirst(str(label)), tekst) for _naam, label, _waarde, tekst in _persoon(inwoner)])],
    )
    return [persoon, *secties(_loop(inwoner, ONDERDELEN, inwoner.account_id))]
