"""The authorisation matrix, generated from the URL configuration.

Every URL pattern of ``regie.urls`` needs an entry in ``MATRIX``: per role situation the expected status and, for a
page that answers 200, the data categories that may appear on it. The test fetches every URL with real ids as every
situation and checks the status and, by page content, that no sample value of a forbidden category is shown (the
BSN, a debt, a health obstacle, an income, the klantmanager's contact note…). A new URL without an entry fails.
POST-only pages are posted to (empty) inside a transaction that is rolled back, so every request sees the same data.
"""

import copy
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.db.models import Q
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from regie.apps.accounts import permissions
from regie.apps.accounts.permissions import Categorie as C

pytestmark = pytest.mark.django_db

SITUATIES = [
    "anoniem",
    "inwoner",
    "ander_inwoner",
    "km_team",
    "km_ander_team",
    "kc_toegewezen",
    "kc_niet_toegewezen",
    "teamleider",
    "beheerder",
]
ALLES = frozenset(C)
# What the krachtcoach of the inwoner may see at all: contact details, what was shared, consented participation.
KRACHTCOACH = frozenset({C.CONTACT, C.PARTICIPATIE, C.PLAATSINGEN, C.TOESTEMMING})
NIETS = frozenset()

OEFENAARS = ("km_team", "km_ander_team", "kc_toegewezen", "kc_niet_toegewezen", "teamleider")

LOGIN = "login"  # a redirect to the login page
PORTAAL = "portaal"  # a redirect to the inwoner's portal
VERDER = "verder"  # any answer of an allowed request: 200, 302 to a page of the app, or 400 for an empty form
AFGEWEZEN = {403, 404, 405}  # refused; no personal data in the answer


@dataclass(frozen=True)
class Regel:
    """Expected answer per situation; ``zien`` lists the categories a 200 answer may show (default: none)."""

    status: dict
    zien: dict = field(default_factory=dict)


def _staf(*, km=VERDER, tl=VERDER, kc=VERDER, anders=404, kc_zien=KRACHTCOACH, km_zien=ALLES, tl_zien=ALLES, **apart):
    """A staff page about one inwoner: anonymous to the login, inwoners to their portal, others out of scope 404."""
    return Regel(
        {
            "anoniem": LOGIN,
            "inwoner": PORTAAL,
            "ander_inwoner": PORTAAL,
            "km_team": km,
            "km_ander_team": anders,
            "kc_toegewezen": kc,
            "kc_niet_toegewezen": anders,
            "teamleider": tl,
            "beheerder": anders,
            **apart,
        },
        {"km_team": km_zien, "teamleider": tl_zien, "kc_toegewezen": kc_zien},
    )


def _taak(toegestaan: dict, *, weigering=403) -> Regel:
    """A staff page not about one inwoner (worklist, places, trends): allowed roles get it, other staff are refused."""
    status = {"anoniem": LOGIN, "inwoner": PORTAAL, "ander_inwoner": PORTAAL}
    for situatie in SITUATIES[3:]:
        status[situatie] = toegestaan.get(situatie, weigering)
    return Regel(status, dict.fromkeys(toegestaan, NIETS))


def _inwonerpagina(*, staf=403) -> Regel:
    """A page of the inwoner's own portal: only their own data, staff are refused."""
    status = {"anoniem": LOGIN, "inwoner": VERDER, "ander_inwoner": VERDER}
    status.update(dict.fromkeys(SITUATIES[3:], staf))
    return Regel(status, {"inwoner": ALLES, "ander_inwoner": NIETS})


def _open() -> Regel:
    return Regel(dict.fromkeys(SITUATIES, VERDER))


def _api(status: dict, zien: dict | None = None) -> Regel:
    """An API resource: anonymous callers get 401, inwoners their portal, a role without the category 403."""
    volledig = {"anoniem": 401, "inwoner": PORTAAL, "ander_inwoner": PORTAAL}
    volledig.update({s: status.get(s, 403) for s in SITUATIES[3:]})
    return Regel(volledig, zien or {})


_API_STAF = ("km_team", "km_ander_team", "kc_toegewezen", "kc_niet_toegewezen", "teamleider")
_API_TEAM = ("km_team", "km_ander_team", "teamleider")
# What the API shows of the matrix inwoner per situation: a krachtcoach only contact details and the consented
# placement; the other team and the unassigned coach get an empty list, so nothing may show.
_API_KM = {"km_team": ALLES, "teamleider": ALLES}
_API_KC = {**_API_KM, "kc_toegewezen": KRACHTCOACH}


def _api_detail(**apart) -> Regel:
    status = {"km_team": 200, "teamleider": 200, "km_ander_team": 404, "kc_toegewezen": 403}
    status["kc_niet_toegewezen"] = 403
    return _api({**status, **apart}, _API_KC)


GEEN_FINANCIEN = {"kc": 404}  # functiescheiding: a krachtcoach gets the answer of a dossier that does not exist

MATRIX: dict[str, Regel] = {
    "home": Regel({**dict.fromkeys(SITUATIES, 302), "anoniem": LOGIN}),
    "accounts:login": _open(),
    "accounts:logout": Regel(dict.fromkeys(SITUATIES, LOGIN)),
    "accounts:geen_toegang": _open(),
    "set_language": _open(),
    # The own caseload lists names and wijk: no BSN column, nothing of other categories.
    "dossier:caseload": Regel(
        _taak({s: VERDER for s in SITUATIES[3:] if s != "beheerder"}).status,
        {"km_team": {C.CONTACT}, "teamleider": {C.CONTACT}, "kc_toegewezen": {C.CONTACT}},
    ),
    "dossier:inwoner_nieuw": _taak({"km_team": VERDER, "km_ander_team": VERDER}),
    # The dossier page: person, household, rechtmatigheid card, plan card, contact notes.
    "dossier:detail": _staf(kc_zien=KRACHTCOACH),
    "dossier:huishouden_wijzigen": _staf(tl=403, kc=403, km_zien={C.CONTACT, C.HUISHOUDEN}),
    "dossier:contactmoment_toevoegen": _staf(tl=403),
    "inkomen:rechtmatigheid": _staf(**GEEN_FINANCIEN),
    "inkomen:wijzig": _staf(tl=403, **GEEN_FINANCIEN),
    "inkomen:beeindig": _staf(tl=403, **GEEN_FINANCIEN),
    "inkomen:maatregel": _staf(**GEEN_FINANCIEN),
    "inkomen:mijn_uitkering": _inwonerpagina(staf=404),
    # A decision letter: the inwoner's own (another inwoner's letter does not exist for them), and the staff who
    # may read the financial data.
    "inkomen:mijn_brief": Regel(
        {**_inwonerpagina(staf=404).status, "ander_inwoner": 404}, {"inwoner": ALLES, "ander_inwoner": NIETS}
    ),
    "inkomen:beschikking": _staf(**GEEN_FINANCIEN),
    # A change the inwoner reports, with its document for the staff who may read the financial data.
    "inkomen:wijziging_doorgeven": _inwonerpagina(staf=404),
    "inkomen:wijziging_document": _staf(**GEEN_FINANCIEN),
    # The teamleider's queue of maatregel proposals: names only.
    "inkomen:te_besluiten": Regel(_taak({"teamleider": VERDER}).status, {"teamleider": {C.CONTACT}}),
    "inkomen:herberekeningen": _taak({"teamleider": VERDER, "beheerder": VERDER}),
    "inkomen:herberekening": _taak({"teamleider": VERDER, "beheerder": VERDER}),
    "plan:plan": _staf(kc_zien=KRACHTCOACH),
    "plan:doel_actie": _staf(tl=403),
    "plan:stap_afvinken": _staf(tl=403),
    "plan:stap_delen": _staf(tl=403, kc=403),
    "plan:belemmering_opgelost": _staf(tl=403, kc=404),
    "plan:wijzig": _staf(tl=403, kc=403),
    "plan:werklijst": _taak({"km_team": VERDER, "km_ander_team": VERDER}),
    "plan:signalen_gelezen": _taak({"km_team": VERDER, "km_ander_team": VERDER}),
    "portaal:start": _inwonerpagina(),
    "portaal:gegevens": _inwonerpagina(),
    "portaal:doel_toevoegen": _inwonerpagina(),
    "portaal:doel_actie": Regel({**_inwonerpagina().status, "ander_inwoner": 404}, {"inwoner": ALLES}),
    "portaal:stap_afvinken": Regel({**_inwonerpagina().status, "ander_inwoner": 404}, {"inwoner": ALLES}),
    "portaal:stap_delen": Regel({**_inwonerpagina().status, "ander_inwoner": 404}, {"inwoner": ALLES}),
    "portaal:bericht": _inwonerpagina(),
    "participatie:profiel": _staf(),
    "participatie:toestemming": _staf(tl=403, kc=403),
    "participatie:profiel_wijzigen": _staf(km=403, tl=403),
    "participatie:voorstellen": _staf(km=403, tl=403),
    "participatie:plaatsing_actie": _staf(),
    "participatie:plekken": _taak(
        dict.fromkeys(SITUATIES[3:], VERDER),
        weigering=404,
    ),
    "participatie:plek_nieuw": _taak(
        {"kc_toegewezen": VERDER, "kc_niet_toegewezen": VERDER, "beheerder": VERDER}, weigering=404
    ),
    "participatie:plek_bewerken": _taak(
        {"kc_toegewezen": VERDER, "kc_niet_toegewezen": VERDER, "beheerder": VERDER}, weigering=404
    ),
    "participatie:voorstel": Regel(
        _taak({"kc_toegewezen": VERDER, "kc_niet_toegewezen": VERDER}, weigering=404).status,
        {"kc_toegewezen": KRACHTCOACH, "kc_niet_toegewezen": NIETS},
    ),
    "participatie:mijn_profiel": _inwonerpagina(staf=404),
    "gesprekken:mijn_gesprekken": _taak({"km_team": VERDER, "km_ander_team": VERDER}),
    "gesprekken:trends": _taak({"teamleider": VERDER}),
    "gesprekken:correcties_export": _taak({"km_team": VERDER, "km_ander_team": VERDER}),
    # A conversation is its owner's (the klantmanager of the team); anyone else gets 404 like for an unknown id.
    "gesprekken:gesprek": _taak({"km_team": VERDER}, weigering=404),
    "gesprekken:sprekers": _taak({"km_team": VERDER}, weigering=404),
    "gesprekken:corrigeer": _taak({"km_team": 404}, weigering=404),  # the fixture's conversation has no utterances
    "gesprekken:delen": _taak({"km_team": VERDER}, weigering=404),
    "gesprekken:nieuw": _staf(tl=403, kc=403, kc_niet_toegewezen=403, beheerder=403),
    "gesprekken:voorbereiden": _staf(tl=403, kc=403, kc_niet_toegewezen=403, beheerder=403),
    # Login pages open to all; the second factor is switched off in tests, so its pages only say so or let staff in.
    "accounts:sessie_verlengen": Regel({**dict.fromkeys(SITUATIES, VERDER), "anoniem": LOGIN}),
    **{
        naam: Regel({**dict.fromkeys(SITUATIES, VERDER), "anoniem": LOGIN, "inwoner": 403, "ander_inwoner": 403})
        for naam in ("accounts:tweede_factor", "accounts:tweede_factor_controleren", "accounts:tweede_factor_instellen")
    },
    "accounts:wachtwoord_instellen": _open(),
    "accounts:wachtwoord_ingesteld": _open(),
    # The functioneel beheerder's own pages: staff accounts, teams and wijken, never an inwoner's data.
    **{
        naam: _taak({"beheerder": VERDER})
        for naam in (
            "beheer:start",
            "beheer:medewerkers",
            "beheer:medewerker",
            "beheer:medewerker_nieuw",
            "beheer:medewerker_rechten",
            "beheer:medewerker_wachtwoord",
            "beheer:medewerker_tweede_factor",
            "beheer:rolwijzigingen",
            "beheer:teams",
            "beheer:team",
            "beheer:wijken",
            "beheer:wijk",
        )
    },
    # The fixture's role change was requested by this beheerder: deciding it needs a second one.
    "beheer:rolwijziging_goedkeuren": _taak({"beheerder": 403}),
    "beheer:rolwijziging_afwijzen": _taak({"beheerder": 403}),
    # The inwoner's privacy rights: who looked at their data, and the download of all of it.
    "portaal:wie_heeft_bekeken": _inwonerpagina(),
    "portaal:download_json": _inwonerpagina(),
    "portaal:download_document": _inwonerpagina(),
    # The REST API: people with their session (an application's key is tested in tests/koppelingen). Lists answer 200
    # with only the rows within reach; the page content shows that nothing of a forbidden category comes along.
    "api:schema": Regel({**dict.fromkeys(SITUATIES, VERDER), "inwoner": PORTAAL, "ander_inwoner": PORTAAL}),
    "api:docs": Regel({**dict.fromkeys(SITUATIES, VERDER), "inwoner": PORTAAL, "ander_inwoner": PORTAAL}),
    "api:berekenen": _api(dict.fromkeys(("km_team", "km_ander_team", "teamleider"), 400)),
    "api:inwoner-list": _api(dict.fromkeys(_API_STAF, 200), _API_KC),
    "api:inwoner-detail": _api_detail(kc_toegewezen=200, kc_niet_toegewezen=404),
    "api:huishouden-list": _api(dict.fromkeys(_API_TEAM, 200), _API_KM),
    "api:huishouden-detail": _api_detail(),
    "api:plan-list": _api(dict.fromkeys(_API_STAF, 200), _API_KC),
    "api:plan-detail": _api_detail(kc_toegewezen=200, kc_niet_toegewezen=404),
    "api:doel-list": _api(dict.fromkeys(_API_STAF, 200), _API_KC),
    "api:doel-detail": _api_detail(kc_toegewezen=200, kc_niet_toegewezen=404),
    "api:contactmoment-list": _api(dict.fromkeys(_API_STAF, 200), _API_KC),
    "api:contactmoment-detail": _api_detail(kc_toegewezen=404, kc_niet_toegewezen=404),
    "api:berekening-list": _api(dict.fromkeys(_API_TEAM, 200), _API_KM),
    "api:berekening-detail": _api_detail(km_team=404, teamleider=404),  # the matrix inwoner has no calculation
    "api:plek-list": _api(dict.fromkeys(SITUATIES[3:], 200)),
    "api:plek-detail": _api(dict.fromkeys(SITUATIES[3:], 200)),
    "api:plaatsing-list": _api(dict.fromkeys(_API_STAF, 200), _API_KC),
    "api:plaatsing-detail": _api_detail(kc_toegewezen=200, kc_niet_toegewezen=404),
    # Conversations: metadata and scores of the owner's own conversations; the notes never (GESPREKKEN not allowed).
    "api:gesprek-list": _api({"km_team": 200, "km_ander_team": 200}),
    "api:gesprek-detail": _api({"km_team": 200, "km_ander_team": 404}),
    # The beheerder's pages for the applications that use the API.
    "koppelingen:applicaties": _taak({"beheerder": VERDER}),
    "koppelingen:applicatie": _taak({"beheerder": VERDER}),
    "koppelingen:nieuwe_sleutel": _taak({"beheerder": VERDER}),
    # Cancelling a background job: those who may start it (teamleider, beheerder of the municipality).
    "taken:annuleer": _taak({"teamleider": VERDER, "beheerder": VERDER}),
    # Practice conversations: no inwoner data; those who practise (klantmanager, krachtcoach, teamleider) get the
    # pages, a session is its owner's alone (others who practise get 404), the persona authoring view is the trainer's.
    "oefenen:overzicht": _taak(dict.fromkeys(OEFENAARS, VERDER)),
    "oefenen:start": _taak(dict.fromkeys(OEFENAARS, VERDER)),
    "oefenen:casus": _taak(dict.fromkeys(OEFENAARS, VERDER)),
    "oefenen:trainer": _taak({"teamleider": VERDER}),
    "oefenen:sessie": _taak({**dict.fromkeys(OEFENAARS, 404), "km_team": VERDER}),
    "oefenen:afronden": _taak({**dict.fromkeys(OEFENAARS, 404), "km_team": VERDER}),
    "oefenen:samenvatting": _taak({**dict.fromkeys(OEFENAARS, 404), "km_team": VERDER}),
    # Steering shows aggregates only: no category of personal data on the dashboard, its CSVs or the case library.
    "sturing:dashboard": _taak({"km_team": VERDER, "km_ander_team": VERDER, "teamleider": VERDER}),
    "sturing:csv": _taak({"km_team": VERDER, "km_ander_team": VERDER, "teamleider": VERDER}),
    "sturing:bibliotheek": _taak({"km_team": VERDER, "km_ander_team": VERDER, "teamleider": VERDER}),
    # The fixture's maatwerk decision is a one-off payment: financial, so a krachtcoach gets a 404 like for no row.
    "sturing:maatwerk": Regel(
        _taak({"km_team": VERDER, "teamleider": VERDER}, weigering=404).status,
        {"km_team": {C.CONTACT, C.FINANCIEEL}, "teamleider": {C.CONTACT, C.FINANCIEEL}},
    ),
    "sturing:maatwerk_nieuw": _staf(tl=403, kc=403, kc_niet_toegewezen=403, beheerder=403),
    "sturing:vergelijkbaar": _staf(kc=403, kc_niet_toegewezen=403, beheerder=403),
}
# The Django admin (under django-admin/) is covered by one rule, checked on its index: it is for technical superusers
# only, so every staff role (the functioneel beheerder included) goes to its login, and inwoners to their portal.
PATROONREGELS = {
    "admin:": Regel({**dict.fromkeys(SITUATIES, 302), "inwoner": PORTAAL, "ander_inwoner": PORTAAL}),
}

KWARGS_PER_URL = {
    "oefenen:sessie": {"sessie": "oefensessie"},
    "oefenen:afronden": {"sessie": "oefensessie"},
    "oefenen:samenvatting": {"sessie": "oefensessie"},
    "inkomen:herberekening": {"pk": "herberekening"},
    "gesprekken:gesprek": {"pk": "gesprek"},
    "gesprekken:sprekers": {"pk": "gesprek"},
    "gesprekken:corrigeer": {"pk": "gesprek"},
    "gesprekken:delen": {"pk": "gesprek"},
    "beheer:medewerker": {"pk": "medewerker"},
    "beheer:medewerker_rechten": {"pk": "medewerker"},
    "beheer:medewerker_wachtwoord": {"pk": "medewerker"},
    "beheer:medewerker_tweede_factor": {"pk": "medewerker"},
    "beheer:rolwijziging_goedkeuren": {"pk": "rolwijziging"},
    "beheer:rolwijziging_afwijzen": {"pk": "rolwijziging"},
    "beheer:team": {"pk": "team"},
    "beheer:wijk": {"pk": "wijk"},
    "taken:annuleer": {"pk": "taak"},
    "api:huishouden-detail": {"pk": "huishouden"},
    "api:plan-detail": {"pk": "plan"},
    "api:doel-detail": {"pk": "doel_pk"},
    "api:contactmoment-detail": {"pk": "contactmoment"},
    "api:plek-detail": {"pk": "plek_pk"},
    "api:plaatsing-detail": {"pk": "plaatsing_pk"},
    "api:gesprek-detail": {"pk": "gesprek"},
    "koppelingen:applicatie": {"pk": "applicatie"},
    "koppelingen:nieuwe_sleutel": {"pk": "applicatie"},
    "sturing:maatwerk": {"pk": "maatwerk"},
}
ACTIES = {
    "oefenen:casus": {"persona": "gesettelde", "seed": 202650},
    "inkomen:wijzig": {"actie": "inkomen"},
    "inkomen:beeindig": {"soort": "inkomen"},
    "plan:doel_actie": {"actie": "checkin"},
    "plan:wijzig": {"actie": "ladder"},
    "portaal:doel_actie": {"actie": "checkin"},
    "participatie:plaatsing_actie": {"actie": "evalueer"},
    "accounts:wachtwoord_instellen": {"uidb64": "MQ", "token": "ongeldig-token"},
    "sturing:csv": {"naam": "treden"},
}


def url_patronen():
    """Every (view name, pattern) of the URL configuration, walked recursively."""

    def loop(resolver, namespace=""):
        for patroon in resolver.url_patterns:
            if isinstance(patroon, URLResolver):
                ns = f"{namespace}{patroon.namespace}:" if patroon.namespace else namespace
                yield from loop(patroon, ns)
            elif isinstance(patroon, URLPattern):
                yield f"{namespace}{patroon.name}", patroon

    return list(loop(get_resolver()))


def _regel(naam: str) -> Regel | None:
    if naam in MATRIX:
        return MATRIX[naam]
    return next((r for prefix, r in PATROONREGELS.items() if naam.startswith(prefix)), None)


def _url(naam: str, patroon: URLPattern, ids: dict) -> str | None:
    if naam.startswith("admin:"):
        return reverse("admin:index")
    kwargs = {}
    for sleutel in patroon.pattern.converters:
        bron = KWARGS_PER_URL.get(naam, {}).get(sleutel, sleutel)
        kwargs[sleutel] = ACTIES.get(naam, {}).get(sleutel) or ids.get(bron)
    if naam.startswith("portaal:") and "doel_pk" in kwargs:
        kwargs["doel_pk"] = ids["doel_pk"]
    return reverse(naam, kwargs=kwargs or None)


def _vraag(client: Client, url: str, *, formulier: bool = False):
    """GET, or an empty POST for POST-only pages and for form endpoints (whose GET only leads back to the form's
    page), rolled back so the next request sees the same data (and session)."""
    koekjes = copy.deepcopy(client.cookies)
    with transaction.atomic():
        antwoord = client.post(url, {}) if formulier else client.get(url)
        if antwoord.status_code == 405:
            antwoord = client.post(url, {})
        transaction.set_rollback(True)
    client.cookies = koekjes
    return antwoord


def _klopt(verwacht, antwoord) -> bool:
    status, plek = antwoord.status_code, antwoord.get("Location", "")
    if verwacht == LOGIN:
        return status == 302 and plek.startswith("/account/inloggen/")
    if verwacht == PORTAAL:
        return status == 302 and plek == "/portaal/"
    if verwacht == VERDER:
        return (
            status in (200, 302, 400)
            and not plek.startswith(("/account/inloggen/", "/portaal/"))
            or (status == 302 and plek.startswith("/portaal/") and antwoord.wsgi_request.path.startswith("/portaal/"))
        )
    return status == verwacht


def controleer_matrix(wereld) -> list[str]:
    """Every URL × situation; returns the violations as readable lines (empty when all holds)."""
    fouten = []
    monsters = wereld.monsters()
    clients = {}
    for situatie, user in wereld.gebruikers.items():
        clients[situatie] = Client()
        if user is not None:
            clients[situatie].force_login(user)
    gedaan = set()
    for naam, patroon in url_patronen():
        regel = _regel(naam)
        if regel is None:
            fouten.append(f"{naam} ({patroon.pattern}): geen regel in MATRIX")
            continue
        url = _url(naam, patroon, wereld.ids)
        if url in gedaan:
            continue
        gedaan.add(url)
        for situatie in SITUATIES:
            antwoord = _vraag(clients[situatie], url, formulier=hasattr(patroon.callback, "post_of_terug"))
            verwacht = regel.status.get(situatie)
            if not _klopt(verwacht, antwoord):
                fouten.append(
                    f"{naam} {url} als {situatie}: {antwoord.status_code} {antwoord.get('Location', '')}, "
                    f"verwacht {verwacht}"
                )
                continue
            if antwoord.status_code != 200 and antwoord.status_code != 400:
                continue
            inhoud = antwoord.content.decode(errors="replace")
            toegestaan = regel.zien.get(situatie, NIETS)
            for categorie, waarden in monsters.items():
                if categorie in toegestaan:
                    continue
                gevonden = [w for w in waarden if w in inhoud]
                if gevonden:
                    fouten.append(f"{naam} {url} als {situatie}: toont {categorie} ({gevonden[0]!r})")
    return fouten


def test_every_url_has_an_entry_and_no_entry_is_stale():
    namen = {naam for naam, _p in url_patronen()}
    zonder = sorted(n for n in namen if _regel(n) is None)
    assert not zonder, f"URL zonder regel in de autorisatiematrix: {', '.join(zonder)}"
    assert not sorted(set(MATRIX) - namen), "regels voor URL's die niet meer bestaan"


def test_authorisation_matrix(wereld):
    fouten = controleer_matrix(wereld)
    assert not fouten, "\n".join(fouten)


def test_dropping_the_team_scope_makes_the_matrix_fail(wereld, monkeypatch):
    """A forgotten scope check is a leak the matrix catches: every klantmanager would see every team's inwoners."""
    monkeypatch.setattr(permissions, "team_filter", lambda user, p: Q())
    fouten = controleer_matrix(wereld)
    assert any("als km_ander_team" in f and "dossier:detail" in f for f in fouten), fouten
    assert any("km_ander_team: toont" in f or "als km_ander_team: 200" in f for f in fouten)
