"""Who may do what with whose personal data: the one place where Regie's access policy is written down.

Every question about personal data is the same question: *may this user do this action on this inwoner for this
category of data?* The answer combines four things, each decided here and nowhere else:

1. the **role** and the **category** (the table ``BELEID`` below: functiescheiding is a property of the table, not of
   scattered ``if`` statements);
2. the **scope**: a klantmanager or teamleider works for their own team's inwoners, a krachtcoach only for the
   inwoners currently assigned to them (``Toewijzing``), an inwoner only for themself;
3. the inwoner's **consent** (``Voorwaarde.TOESTEMMING``: the participation profile is shared only when the inwoner
   said so);
4. what the inwoner **chose to share** (``Voorwaarde.GEDEELD``: goals and steps marked as shared with the krachtcoach)
   or what the user wrote **themself** (``Voorwaarde.EIGEN``: a krachtcoach's own notes).

Views, services, selectors and templates ask :func:`mag`; the ``zichtbaar_voor`` querysets of every app build their
database filter with :func:`filter_voor`, so a list page and a detail page can never disagree. Tasks that are not about
one inwoner (the worklist, team trends, the places catalogue) are in the second table, ``TAKEN``.

This module sits at the bottom of the app layers: it names model fields as strings and looks models up by label, so
every app can import it without import cycles.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from .models import Rol


class Categorie(StrEnum):
    """Kinds of personal data; each model (or each row, e.g. an obstacle of type debts) belongs to one."""

    IDENTIFICATIE = "identificatie"  # BSN
    CONTACT = "contact"  # name, address, phone, wijk and postcode
    HUISHOUDEN = "huishouden"
    FINANCIEEL = "financieel"  # income, assets, benefit, calculations, obligations, sanctions, debts
    GEZONDHEID = "gezondheid"
    JUSTITIE = "justitie"
    MIDDELENGEBRUIK = "middelengebruik"
    PLAN = "plan"  # goals, steps, check-ins
    INSTRUMENTEN = "instrumenten"  # participation ladder, other self-reliance scores, practical obstacles
    PARTICIPATIE = "participatie"  # the participation profile: talents, wishes, practical limits
    PLAATSINGEN = "plaatsingen"  # placements at places and their hours (tegenprestatie)
    TOESTEMMING = "toestemming"  # consent and what the inwoner shares
    GESPREKKEN = "gesprekken"  # recorded conversations with their MI coding
    CONTACTNOTITIES = "contactnotities"  # contact moments, appointments, messages


class Actie(StrEnum):
    LEZEN = "lezen"
    WIJZIGEN = "wijzigen"


class Voorwaarde(StrEnum):
    """Under which condition a role may act, once the inwoner is within its scope."""

    ALTIJD = "altijd"
    TOESTEMMING = "met toestemming"  # the inwoner consented to share the participation profile
    GEDEELD = "als gedeeld"  # the inwoner marked the goal or step as shared with the krachtcoach
    EIGEN = "eigen"  # only what the user recorded themself


@dataclass(frozen=True)
class Toegang:
    lezen: Voorwaarde | None = None
    wijzigen: Voorwaarde | None = None

    def voor(self, actie: Actie) -> Voorwaarde | None:
        return self.lezen if actie == Actie.LEZEN else self.wijzigen

    def __str__(self) -> str:
        if self.lezen is None and self.wijzigen is None:
            return "—"
        delen = []
        for woord, voorwaarde in (("lezen", self.lezen), ("wijzigen", self.wijzigen)):
            if voorwaarde is not None:
                delen.append(woord if voorwaarde == Voorwaarde.ALTIJD else f"{woord} ({voorwaarde})")
        return ", ".join(delen)


A, T, G, E = Voorwaarde.ALTIJD, Voorwaarde.TOESTEMMING, Voorwaarde.GEDEELD, Voorwaarde.EIGEN
GEEN = Toegang()
LEES = Toegang(lezen=A)
BEWERK = Toegang(lezen=A, wijzigen=A)

KM, TL, KC, INW, FB = Rol.KLANTMANAGER, Rol.TEAMLEIDER, Rol.KRACHTCOACH, Rol.INWONER, Rol.FUNCTIONEEL_BEHEERDER
# Management sees the municipality as a whole in aggregates only: no row of personal data in any category.
MG = Rol.MANAGEMENT

# The policy. Rows: data categories; columns: roles. A krachtcoach works for a partner organisation: by default they
# see contact details, the consented participation profile and what the inwoner shared, and nothing about money,
# health, justice or substance use (functiescheiding). A functioneel beheerder manages the application, not people.
BELEID: dict[Categorie, dict[Rol, Toegang]] = {
    Categorie.IDENTIFICATIE: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.CONTACT: {KM: BEWERK, TL: LEES, KC: LEES, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.HUISHOUDEN: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.FINANCIEEL: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.GEZONDHEID: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.JUSTITIE: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.MIDDELENGEBRUIK: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.PLAN: {KM: BEWERK, TL: LEES, KC: Toegang(lezen=G, wijzigen=G), INW: BEWERK, FB: GEEN, MG: GEEN},
    Categorie.INSTRUMENTEN: {KM: BEWERK, TL: LEES, KC: GEEN, INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.PARTICIPATIE: {
        KM: Toegang(lezen=T),
        TL: Toegang(lezen=T),
        KC: Toegang(T, T),
        INW: BEWERK,
        FB: GEEN,
        MG: GEEN,
    },
    Categorie.PLAATSINGEN: {KM: LEES, TL: LEES, KC: Toegang(T, T), INW: LEES, FB: GEEN, MG: GEEN},
    Categorie.TOESTEMMING: {KM: BEWERK, TL: LEES, KC: LEES, INW: BEWERK, FB: GEEN, MG: GEEN},
    Categorie.GESPREKKEN: {KM: Toegang(E, E), TL: GEEN, KC: GEEN, INW: GEEN, FB: GEEN, MG: GEEN},
    Categorie.CONTACTNOTITIES: {KM: BEWERK, TL: LEES, KC: Toegang(E, E), INW: Toegang(A, E), FB: GEEN, MG: GEEN},
}


class Taak(StrEnum):
    """Work that is not about one inwoner's data but about a role's own workspace."""

    CASELOAD = "caseload"
    TEAMWEERGAVE_KIEZEN = "teamweergave kiezen"
    HELE_TEAM = "altijd het hele team"
    INWONER_AANMELDEN = "inwoner aanmelden"
    WERKLIJST = "werklijst"
    SIGNALEN = "signalen"
    GESPREKKEN_VOEREN = "gesprekken voeren"
    LEERTRENDS = "leertrends"
    MAATREGEL_BESLUITEN = "maatregel besluiten"
    HERBEREKENING = "herberekening"
    PLEKKEN_BEKIJKEN = "plekken bekijken"
    PLEKKEN_BEHEREN = "plekken beheren"
    VOORSTEL_CASELOAD = "voorstel voor de caseload"
    PORTAAL = "eigen portaal"
    BEHEER = "beheer"
    OEFENEN = "oefengesprekken voeren"
    OEFENEN_BEGELEIDEN = "oefengesprekken begeleiden"
    STURING_EIGEN = "sturing eigen caseload"
    STURING_TEAM = "sturing team"
    STURING_GEMEENTE = "sturing gemeente"
    MAATWERK_VASTLEGGEN = "maatwerk vastleggen"
    MAATWERK_BEOORDELEN = "maatwerk beoordelen"
    CASUSBIBLIOTHEEK = "casusbibliotheek"


TAKEN: dict[Taak, frozenset[Rol]] = {
    Taak.CASELOAD: frozenset({KM, TL, KC}),
    Taak.TEAMWEERGAVE_KIEZEN: frozenset({KM}),
    Taak.HELE_TEAM: frozenset({TL}),
    Taak.INWONER_AANMELDEN: frozenset({KM}),
    Taak.WERKLIJST: frozenset({KM}),
    Taak.SIGNALEN: frozenset({KM}),
    Taak.GESPREKKEN_VOEREN: frozenset({KM}),
    Taak.LEERTRENDS: frozenset({TL}),
    Taak.MAATREGEL_BESLUITEN: frozenset({TL}),
    Taak.HERBEREKENING: frozenset({TL, FB}),
    Taak.PLEKKEN_BEKIJKEN: frozenset({KC, FB, KM, TL}),
    Taak.PLEKKEN_BEHEREN: frozenset({KC, FB}),
    Taak.VOORSTEL_CASELOAD: frozenset({KC}),
    Taak.PORTAAL: frozenset({INW}),
    Taak.BEHEER: frozenset({FB}),
    # Practising MI with simulated inwoners: no inwoner data, sessions private to the professional (regie.apps.oefenen).
    Taak.OEFENEN: frozenset({KM, KC, TL}),
    Taak.OEFENEN_BEGELEIDEN: frozenset({TL}),
    Taak.STURING_EIGEN: frozenset({KM}),
    Taak.STURING_TEAM: frozenset({TL}),
    Taak.STURING_GEMEENTE: frozenset({MG}),
    Taak.MAATWERK_VASTLEGGEN: frozenset({KM}),
    Taak.MAATWERK_BEOORDELEN: frozenset({TL}),
    Taak.CASUSBIBLIOTHEEK: frozenset({KM, TL}),
}


# --- applications (other systems of the municipality) through the API


@dataclass(frozen=True)
class Koppelrechten:
    """What an application may, instead of a role: its authorisations per data category, for one municipality.

    The API's authentication puts this on the application's technical account (``user.koppelrechten``); every
    ``zichtbaar_voor`` queryset then filters by it as it does by a role. Its scope is every inwoner of the municipality;
    the participation profile still only with the inwoner's consent. Tasks (``TAKEN``) are for people only.
    """

    gemeente_id: int | None
    lezen: frozenset[str] = frozenset()
    wijzigen: frozenset[str] = frozenset()

    def toegang(self, categorie: Categorie) -> Toegang:
        voorwaarde = T if categorie == Categorie.PARTICIPATIE else A
        return Toegang(
            lezen=voorwaarde if categorie in self.lezen else None,
            wijzigen=voorwaarde if categorie in self.wijzigen else None,
        )


def koppelrechten(user) -> Koppelrechten | None:
    return getattr(user, "koppelrechten", None)


# --- the questions


def is_actief(user) -> bool:
    """The one rule for every check: a logged-in, active account. Deactivating someone ends all their access."""
    return bool(user is not None and user.is_authenticated and user.is_active)


def toegang(user, categorie: Categorie) -> Toegang:
    if not is_actief(user):
        return GEEN
    if (rechten := koppelrechten(user)) is not None:
        return rechten.toegang(Categorie(categorie))
    return BELEID[Categorie(categorie)].get(user.rol, GEEN)


def voorwaarde(user, actie: Actie, categorie: Categorie) -> Voorwaarde | None:
    """The condition under which ``user`` may ``actie`` data of ``categorie`` of inwoners in scope; None is never."""
    return toegang(user, categorie).voor(Actie(actie))


def vraagt_tweede_factor(user) -> bool:
    """Every account that is not an inwoner's: staff roles, accounts awaiting a role, technical superusers."""
    return bool(user.is_authenticated and (user.rol != INW or user.is_staff or user.is_superuser))


def mag_taak(user, taak: Taak) -> bool:
    return is_actief(user) and koppelrechten(user) is None and user.rol in TAKEN[Taak(taak)]


# The processing activity (logboek dataverwerkingen) a role's everyday work serves, when a read names no other.
_ACTIVITEIT = {KM: "begeleiding", TL: "begeleiding", KC: "participatie", FB: "beheer", INW: "rechten", MG: "sturing"}


def standaard_activiteit(user) -> str:
    return _ACTIVITEIT.get(getattr(user, "rol", ""), "begeleiding")


def mag(user, actie: Actie, categorie: Categorie, inwoner=None) -> bool:
    """May ``user`` do ``actie`` on ``categorie`` data, of this ``inwoner`` when given?

    Without an inwoner it answers for the role in general (e.g. whether to offer a menu item). With one it also checks
    scope and consent. ``GEDEELD`` and ``EIGEN`` depend on the row, so for them it answers whether *some* rows may be
    reached; the querysets (``filter_voor``) then pick the rows.
    """
    conditie = voorwaarde(user, actie, categorie)
    if conditie is None:
        return False
    if inwoner is None:
        return True
    if conditie in (Voorwaarde.GEDEELD, Voorwaarde.EIGEN):
        return _bestaat(inwoner, scope_filter(user))  # which rows, the querysets decide
    return _bestaat(inwoner, filter_voor(user, actie, categorie, inwoner=""))


def in_scope(user, inwoner) -> bool:
    """Whether the inwoner is within the user's reach at all (team, assignment or self), whatever the category."""
    if not is_actief(user) or inwoner is None:
        return False
    return _bestaat(inwoner, scope_filter(user))


def _bestaat(inwoner, regel: Q) -> bool:
    """Whether the inwoner matches the filter; asked once per filter within a reading request."""
    model = type(inwoner)
    return _onthouden((model, inwoner.pk, regel), lambda: model._default_manager.filter(regel, pk=inwoner.pk).exists())


# --- answers remembered for one reading request

_antwoorden: ContextVar[dict | None] = ContextVar("regie_permissie_antwoorden", default=None)


@contextmanager
def onthoud_antwoorden():
    """Within this block the same question about the same inwoner is asked of the database once.

    Used around a reading (GET or HEAD) request, which changes no consent, assignment or sharing, so an answer cannot
    go stale within it. Outside such a block (writes, jobs, tests) every question goes to the database.
    """
    teken = _antwoorden.set({})
    try:
        yield
    finally:
        _antwoorden.reset(teken)


def _onthouden(sleutel: tuple, vraag) -> bool:
    antwoorden = _antwoorden.get()
    if antwoorden is None:
        return vraag()
    if sleutel not in antwoorden:
        antwoorden[sleutel] = vraag()
    return antwoorden[sleutel]


# --- the same questions as database filters, for the zichtbaar_voor querysets

NIETS = Q(pk__in=[])


def scope_filter(user, inwoner: str = "") -> Q:
    """Inwoners within reach, as a filter on a model whose path to ``Inwoner`` is ``inwoner`` ('' for Inwoner)."""
    if not is_actief(user):
        return NIETS
    p = f"{inwoner}__" if inwoner else ""
    if (rechten := koppelrechten(user)) is not None:
        return Q(**{f"{p}gemeente_id": rechten.gemeente_id}) if rechten.gemeente_id else NIETS
    if user.rol in (KM, TL):
        return team_filter(user, p)
    if user.rol == KC:
        return toegewezen_filter(user, p)
    if user.rol == INW:
        return zelf_filter(user, p)
    return NIETS


def team_filter(user, p: str) -> Q:
    """Klantmanagers and teamleiders work for the inwoners of their own team."""
    return Q(**{f"{p}team_id": user.team_id}) if user.team_id else NIETS


def toegewezen_filter(user, p: str) -> Q:
    """A krachtcoach works only for the inwoners currently assigned to them."""
    vandaag = timezone.localdate()
    toewijzing = apps.get_model("dossier", "Toewijzing")
    actief = (
        toewijzing.objects.filter(medewerker=user, rol=KC, vanaf__lte=vandaag)
        .filter(Q(tot__isnull=True) | Q(tot__gte=vandaag))
        .values("inwoner_id")
    )
    return Q(**{f"{p}pk__in": actief})


def zelf_filter(user, p: str) -> Q:
    """An inwoner sees only their own record."""
    return Q(**{f"{p}account_id": user.pk})


def filter_voor(
    user,
    actie: Actie,
    categorie: Categorie,
    *,
    inwoner: str = "inwoner",
    gedeeld: str | tuple[str, ...] = "",
    eigen: str = "",
) -> Q:
    """The rows of ``categorie`` that ``user`` may ``actie``, as a filter.

    ``inwoner`` is the field path to the Inwoner ('' on Inwoner itself), ``gedeeld`` the path of the row's
    shared-with-the-krachtcoach flag (several paths: all must be set) and ``eigen`` the path of the user who recorded
    the row. A condition whose path a model lacks allows nothing: a forgotten path is a refusal, not a leak.
    """
    conditie = voorwaarde(user, actie, categorie)
    if conditie is None:
        return NIETS
    regel = scope_filter(user, inwoner)
    p = f"{inwoner}__" if inwoner else ""
    if conditie == Voorwaarde.TOESTEMMING:
        regel &= Q(**{f"{p}participatieprofiel__toestemming": True})
    elif conditie == Voorwaarde.GEDEELD:
        paden = (gedeeld,) if isinstance(gedeeld, str) else gedeeld
        regel &= Q(**dict.fromkeys(paden, True)) if gedeeld else NIETS
    elif conditie == Voorwaarde.EIGEN:
        regel &= Q(**{eigen: user.pk}) if eigen else NIETS
    return regel


def filter_per_categorie(user, actie: Actie, categorieen: list[tuple[Q, Categorie]], **paden) -> Q:
    """For models whose rows fall in different categories (an obstacle of type debts is financial data).

    ``categorieen`` pairs a row filter with its category, first match wins; rows matching none are refused.
    """
    regel = NIETS
    al_gehad = Q()
    for rijen, categorie in categorieen:
        regel |= al_gehad & rijen & filter_voor(user, actie, categorie, **paden)
        al_gehad &= ~rijen
    return regel


# --- the table as documentation


def als_markdown() -> str:
    """The role × category table as printed in docs/architecture.md (a test keeps the two the same)."""
    rollen = [KM, TL, KC, INW, FB, MG]
    regels = [
        "| categorie | " + " | ".join(str(r.label).lower() for r in rollen) + " |",
        "|---|" + "---|" * len(rollen),
    ]
    for categorie, per_rol in BELEID.items():
        regels.append(f"| {categorie} | " + " | ".join(str(per_rol.get(r, GEEN)) for r in rollen) + " |")
    return "\n".join(regels)
