"""A working day in Regie for Locust: klantmanagers at their caseload and dossiers, inwoners reading their portal.

Run it through ``bench/loadtest.py``, which builds the demo municipality, starts gunicorn on 127.0.0.1 and prints the
figures. It can also be run by hand against a server on this machine::

    locust -f bench/locustfile.py --headless -u 30 -r 30 -t 60s --host http://127.0.0.1:8000

Every simulated user logs in once through the login form (CSRF token from the form, as a browser sends it) and then
repeats tasks with weights as a day looks: a klantmanager mostly opens the caseload and dossiers, searches now and
then, reads plans and the benefit, and writes contact moments and messages; an inwoner reads their plan, messages and
benefit and sometimes sends a message. Each response is checked for content (a 200 with the login page is a failure).

Settings come from the environment (``loadtest.py`` sets them):

- ``REGIE_LOAD_USERS``: a JSON file ``{"klantmanagers": [...], "inwoners": [...], "wachtwoord": "..."}``; without it
  the demo logins ``klantmanager`` and ``inwoner`` are shared by all simulated users;
- ``REGIE_LOAD_THINK``: seconds between tasks, ``"0"`` (default: as fast as possible, to measure capacity) or
  ``"1-5"`` for a random pause;
- ``REGIE_LOAD_INWONER_WEIGHT``: inwoners per ``REGIE_LOAD_KM_WEIGHT`` klantmanagers (default 1 to 4);
- ``REGIE_LOAD_TIMINGS``: a file to which every request's name, milliseconds and outcome are written at the end, so
  the percentiles are exact rather than Locust's rounded buckets.

Only 127.0.0.1 is accepted as host: this file must never load another machine.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import time
from datetime import date
from urllib.parse import quote, urlsplit

from locust import HttpUser, between, constant, events, task
from locust.exception import StopUser

DEMO_WACHTWOORD = "regie-demo-2026"
_CSRF_VELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_CSRF_HEADER = re.compile(r'"X-CSRFToken": "([^"]+)"')
_DOSSIER = re.compile(r'href="/caseload/inwoners/(\d+)/"')
_NAAM = re.compile(r'href="/caseload/inwoners/\d+/">([^,<]+)')
_INLOGPAGINA = "Inloggen bij Regie"

_metingen: list[tuple[str, float, bool, float]] = []


def _gebruikers() -> dict:
    pad = os.environ.get("REGIE_LOAD_USERS")
    if pad:
        with open(pad, encoding="utf-8") as bestand:
            return json.load(bestand)
    return {"klantmanagers": ["klantmanager"], "inwoners": ["inwoner"], "wachtwoord": DEMO_WACHTWOORD}


GEBRUIKERS = _gebruikers()
_volgende_km = itertools.cycle(GEBRUIKERS["klantmanagers"])
_volgende_inwoner = itertools.cycle(GEBRUIKERS["inwoners"])


def _denktijd():
    waarde = os.environ.get("REGIE_LOAD_THINK", "0")
    if "-" in waarde:
        laag, hoog = (float(x) for x in waarde.split("-", 1))
        return between(laag, hoog)
    return constant(float(waarde))


@events.test_start.add_listener
def _alleen_deze_machine(environment, **_kwargs):
    host = urlsplit(environment.host or "").hostname
    if host != "127.0.0.1":
        raise SystemExit(f"Refusing to load {environment.host!r}: this load test only runs against 127.0.0.1.")


@events.request.add_listener
def _meet(name, response_time, exception, start_time=None, **_kwargs):
    _metingen.append((name, response_time, exception is None, start_time or time.time()))


@events.quitting.add_listener
def _schrijf_metingen(environment, **_kwargs):
    pad = os.environ.get("REGIE_LOAD_TIMINGS")
    if pad:
        with open(pad, "w", encoding="utf-8") as bestand:
            json.dump(_metingen, bestand)


class RegieGebruiker(HttpUser):
    abstract = True
    wait_time = _denktijd()
    csrf = ""  # the page's current CSRF token, taken from every page that loads

    def inloggen(self, username: str) -> str:
        """Log in through the form as a browser does; returns the page the login lands on."""
        with self.client.get("/account/inloggen/", name="inloggen (formulier)", catch_response=True) as antwoord:
            token = _CSRF_VELD.search(antwoord.text)
            if antwoord.status_code != 200 or not token:
                antwoord.failure(f"login form without CSRF token ({antwoord.status_code})")
                raise StopUser
        with self.client.post(
            "/account/inloggen/",
            data={
                "username": username,
                "password": GEBRUIKERS["wachtwoord"],
                "csrfmiddlewaretoken": token.group(1),
                "next": "",
            },
            headers={"Referer": f"{self.host}/account/inloggen/"},
            name="inloggen",
            catch_response=True,
        ) as antwoord:
            if antwoord.status_code != 200 or _INLOGPAGINA in antwoord.text:
                antwoord.failure(f"login as {username} failed ({antwoord.status_code})")
                raise StopUser
            return antwoord.text

    def pagina(self, url: str, naam: str, moet_bevatten: str, headers: dict | None = None) -> str:
        with self.client.get(url, name=naam, headers=headers, catch_response=True) as antwoord:
            if antwoord.status_code != 200:
                antwoord.failure(f"status {antwoord.status_code}")
            elif moet_bevatten not in antwoord.text or _INLOGPAGINA in antwoord.text:
                antwoord.failure(f"page without {moet_bevatten!r}")
            else:
                self.csrf = _token(antwoord.text) or self.csrf
            return antwoord.text

    def posten(self, url: str, naam: str, data: dict, verwacht: int, moet_bevatten: str = "", htmx: bool = False):
        headers = {"X-CSRFToken": self.csrf, "Referer": f"{self.host}{url}"}
        if htmx:
            headers |= {"HX-Request": "true", "HX-Target": "tijdlijn"}
        with self.client.post(
            url,
            data={**data, "csrfmiddlewaretoken": self.csrf},
            headers=headers,
            name=naam,
            allow_redirects=False,
            catch_response=True,
        ) as antwoord:
            if antwoord.status_code != verwacht:
                antwoord.failure(f"status {antwoord.status_code}, expected {verwacht}")
            elif moet_bevatten and moet_bevatten not in antwoord.text:
                antwoord.failure(f"answer without {moet_bevatten!r}")
            return antwoord


def _token(html: str) -> str:
    gevonden = _CSRF_HEADER.search(html) or _CSRF_VELD.search(html)
    return gevonden.group(1) if gevonden else ""


class Klantmanager(RegieGebruiker):
    """Opens the caseload many times a day, dossiers and plans from it, and writes down what happened."""

    weight = int(os.environ.get("REGIE_LOAD_KM_WEIGHT", "4"))

    def on_start(self):
        self.inloggen(next(_volgende_km))
        self.dossiers: list[int] = []
        self.namen: list[str] = []
        self.caseload()
        self.caseload_team()

    def _onthoud(self, html: str) -> None:
        for pk in _DOSSIER.findall(html):
            if int(pk) not in self.dossiers:
                self.dossiers.append(int(pk))
        self.namen = list(dict.fromkeys([*self.namen, *(n.strip() for n in _NAAM.findall(html))]))[-200:]
        self.dossiers = self.dossiers[-200:]

    def _dossier(self) -> int | None:
        return random.choice(self.dossiers) if self.dossiers else None

    @task(10)
    def caseload(self):
        sortering = random.choice(["", "", "", "?sorteer=-laatste_contact", "?sorteer=achternaam"])
        self._onthoud(self.pagina(f"/caseload/{sortering}", "caseload", "regie-aantal"))

    @task(3)
    def caseload_team(self):
        pagina = random.randint(1, 5)
        self._onthoud(self.pagina(f"/caseload/?weergave=team&pagina={pagina}", "caseload (team)", "regie-aantal"))

    @task(5)
    def zoeken(self):
        """Typing in the search box: htmx asks for the result table only."""
        if not self.namen:
            return
        naam = random.choice(self.namen)
        zoek = naam[: random.randint(3, max(3, len(naam)))]
        html = self.pagina(
            f"/caseload/?zoek={quote(zoek)}",
            "caseload zoeken",
            "regie-aantal",
            headers={"HX-Request": "true", "HX-Target": "caseload-resultaten"},
        )
        self._onthoud(html)

    @task(12)
    def dossier(self):
        if pk := self._dossier():
            self.pagina(f"/caseload/inwoners/{pk}/", "dossier", "tijdlijn")

    @task(6)
    def plan(self):
        if pk := self._dossier():
            self.pagina(f"/caseload/inwoners/{pk}/plan/", "plan", "kop-berichten")

    @task(3)
    def rechtmatigheid(self):
        if pk := self._dossier():
            self.pagina(f"/caseload/inwoners/{pk}/rechtmatigheid/", "rechtmatigheid", "</main>")

    @task(2)
    def werklijst(self):
        self.pagina("/werklijst/", "werklijst", "</main>")

    @task(3)
    def contactmoment(self):
        """Open the dossier, write a contact moment: htmx swaps the timeline."""
        if not (pk := self._dossier()):
            return
        self.pagina(f"/caseload/inwoners/{pk}/", "dossier", "tijdlijn")
        self.posten(
            f"/caseload/inwoners/{pk}/contactmomenten/",
            "contactmoment toevoegen",
            {
                "datum": date.today().isoformat(),
                "soort": random.choice(["gesprek", "telefonisch", "video", "bericht"]),
                "duur_minuten": random.choice([10, 15, 30, 45]),
                "samenvatting": "Belastingtest: gesproken over de volgende stap in het plan.",
            },
            verwacht=200,
            moet_bevatten="Het contactmoment is vastgelegd.",
            htmx=True,
        )

    @task(2)
    def bericht(self):
        """From the plan page, send the inwoner a message; the browser follows the redirect back to the plan."""
        if not (pk := self._dossier()):
            return
        self.pagina(f"/caseload/inwoners/{pk}/plan/", "plan", "kop-berichten")
        antwoord = self.posten(
            f"/caseload/inwoners/{pk}/plan/bericht/",
            "bericht (klantmanager)",
            {"bericht-tekst": "Belastingtest: hoe ging het gesprek bij de bakkerij?"},
            verwacht=302,
        )
        if antwoord.status_code == 302:
            self.pagina(antwoord.headers["Location"], "plan", "Het bericht is verstuurd.")


class Inwoner(RegieGebruiker):
    """Logs in now and then to read the plan, messages and benefit, and sometimes writes to the klantmanager."""

    weight = int(os.environ.get("REGIE_LOAD_INWONER_WEIGHT", "1"))

    def on_start(self):
        self.inloggen(next(_volgende_inwoner))
        self.portaal()

    @task(6)
    def portaal(self):
        self.pagina("/portaal/", "portaal", "kop-berichten")

    @task(2)
    def uitkering(self):
        self.pagina("/mijn-uitkering/", "mijn uitkering", "</main>")

    @task(2)
    def gegevens(self):
        self.pagina("/portaal/gegevens/", "portaal gegevens", "</main>")

    @task(1)
    def meedoen(self):
        self.pagina("/mijn-participatie/", "meedoen", "</main>")

    @task(1)
    def bericht(self):
        self.pagina("/portaal/", "portaal", "kop-berichten")
        antwoord = self.posten(
            "/portaal/bericht/",
            "bericht (inwoner)",
            {"bericht-tekst": "Belastingtest: ik kom donderdag langs."},
            verwacht=302,
        )
        if antwoord.status_code == 302:
            self.pagina(antwoord.headers["Location"], "portaal", "kop-berichten")
