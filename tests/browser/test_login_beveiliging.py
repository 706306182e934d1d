"""End to end: a klantmanager logs in with a password and then a second factor (enrolment with the QR code page and
recovery codes), and the idle-timeout warning appears, keeps the session alive, and at the end shows the login page."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _inloggen(page, url, username):
    page.goto(f"{url}/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_login_with_second_factor_enrolment(live_server, page, screenshot, settings, klantmanager, maak_inwoner):
    settings.REGIE_TWEEDE_FACTOR = True
    maak_inwoner(klantmanager=klantmanager, achternaam="Vertrouwelijk")
    _inloggen(page, live_server.url, "klantmanager")
    page.get_by_role("heading", name="Tweede factor instellen").wait_for()
    assert page.locator("svg.regie-qr").is_visible()
    assert "Vertrouwelijk" not in page.content()
    screenshot(page, "tweede-factor-instellen")

    apparaat = TOTPDevice.objects.get(user=klantmanager)
    code = f"{totp(apparaat.bin_key, step=apparaat.step, t0=apparaat.t0, digits=apparaat.digits):06d}"
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Bevestigen").click()
    page.get_by_role("heading", name="Bewaar uw herstelcodes").wait_for()
    assert page.get_by_test_id("herstelcodes").locator("li").count() == 10
    page.get_by_role("link", name="Ik heb de codes bewaard, ga verder").click()
    page.get_by_text("Vertrouwelijk").first.wait_for()


def test_login_idle_warning_keeps_or_ends_the_session(live_server, page, screenshot, settings, klantmanager):
    settings.REGIE_SESSIE_INACTIEF = 8
    settings.REGIE_SESSIE_WAARSCHUWING = 6
    _inloggen(page, live_server.url, "klantmanager")
    page.get_by_role("heading", name="Mijn caseload").first.wait_for()
    waarschuwing = page.get_by_role("alertdialog")
    waarschuwing.wait_for(state="visible", timeout=10_000)
    assert "automatisch uitgelogd" in waarschuwing.inner_text()
    screenshot(page, "sessie-waarschuwing")
    page.get_by_role("button", name="Ingelogd blijven").click()
    waarschuwing.wait_for(state="hidden", timeout=5_000)
    # Doing nothing further: the page reloads at the end and shows the login page with the reason.
    page.get_by_text("U bent automatisch uitgelogd").wait_for(timeout=25_000)
    assert "/account/inloggen/" in page.url
