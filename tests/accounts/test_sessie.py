"""Sessions end 15 minutes after the last activity and 8 hours after login, decided by the server; the page warns
before, with a static script that reads its settings from data-attributes."""

import pytest

from regie.apps.accounts import sessie

pytestmark = pytest.mark.django_db


class Klok:
    """time.time() as the session code sees it, moved forward by the test."""

    def __init__(self, monkeypatch, start=1_800_000_000.0):
        self.nu = start
        monkeypatch.setattr("regie.apps.accounts.middleware.time.time", lambda: self.nu)
        monkeypatch.setattr("regie.apps.accounts.sessie.time.time", lambda: self.nu)
        monkeypatch.setattr("regie.apps.accounts.views.time.time", lambda: self.nu)

    def verder(self, minuten: float) -> None:
        self.nu += minuten * 60


@pytest.fixture
def klok(monkeypatch):
    return Klok(monkeypatch)


def test_idle_for_more_than_15_minutes_ends_the_session_with_a_dutch_message(client, klantmanager, klok, maak_inwoner):
    maak_inwoner(klantmanager=klantmanager, achternaam="Vertrouwelijk")
    client.force_login(klantmanager)
    assert client.get("/caseload/").status_code == 200
    klok.verder(14)
    assert "Vertrouwelijk" in client.get("/caseload/").content.decode()  # activity: the clock starts again
    klok.verder(15.5)
    antwoord = client.get("/caseload/")
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/account/inloggen/?next=/caseload/")
    pagina = client.get(antwoord["Location"]).content.decode()
    assert "U bent automatisch uitgelogd omdat u 15 minuten niets heeft gedaan" in pagina
    assert "_auth_user_id" not in client.session
    assert "Vertrouwelijk" not in client.get("/caseload/", follow=True).content.decode()


def test_the_absolute_limit_ends_even_an_active_session_after_8_hours(client, klantmanager, klok):
    client.force_login(klantmanager)
    statussen = []
    for _ in range(8 * 6 + 1):  # a request every 10 minutes, until 8 hours and 10 minutes after login
        klok.verder(10)
        statussen.append(client.get("/caseload/").status_code)
    assert statussen[:-1] == [200] * (8 * 6)  # never idle, so until 8 hours everything works
    assert statussen[-1] == 302
    pagina = client.get("/caseload/", follow=True).content.decode()
    assert "U bent automatisch uitgelogd omdat u al 8 uur was ingelogd" in pagina


def test_an_htmx_request_on_an_ended_session_redirects_the_whole_page(client, klantmanager, klok):
    client.force_login(klantmanager)
    client.get("/caseload/")
    klok.verder(16)
    antwoord = client.get("/caseload/?zoek=a", HTTP_HX_REQUEST="true")
    assert antwoord.status_code == 204 and antwoord["HX-Redirect"] == "/account/inloggen/"


def test_staying_logged_in_from_the_warning_counts_as_activity(client, klantmanager, klok):
    client.force_login(klantmanager)
    client.get("/caseload/")
    klok.verder(14)
    antwoord = client.post("/account/sessie/verlengen/")
    assert antwoord.json() == {"inactief": 15 * 60, "maximum": 8 * 3600 - 14 * 60}
    klok.verder(14)
    assert client.get("/caseload/").status_code == 200


def test_the_warning_is_a_static_script_with_data_attributes_and_no_inline_script(client, klantmanager, klok):
    client.force_login(klantmanager)
    client.get("/caseload/")
    klok.verder(0.5)
    pagina = client.get("/caseload/").content.decode()
    assert '<script src="/static/regie/sessie.js" defer></script>' in pagina
    # Activity is written to the session at most once a minute; the page counts from the recorded moment.
    assert 'data-inactief="870"' in pagina and 'data-maximum="28770"' in pagina
    assert 'data-waarschuwing="120"' in pagina and 'data-verleng-url="/account/sessie/verlengen/"' in pagina
    assert "Ingelogd blijven" in pagina
    import re

    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", pagina), "inline script found"
    assert "onclick" not in pagina


def test_the_login_page_has_no_warning(client):
    pagina = client.get("/account/inloggen/").content.decode()
    assert "sessie.js" not in pagina and "sessie-waarschuwing" not in pagina


def test_the_server_rules_directly():
    nu = 1_000_000.0
    s = {sessie.INGELOGD_OM: nu, sessie.LAATST_ACTIEF: nu}
    assert sessie.verlopen_reden(s, nu + 15 * 60) is None
    assert sessie.verlopen_reden(s, nu + 15 * 60 + 1) == "inactief"
    s[sessie.LAATST_ACTIEF] = nu + 8 * 3600
    assert sessie.verlopen_reden(s, nu + 8 * 3600 + 1) == "maximum"
