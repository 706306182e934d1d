"""The second factor for staff: with REGIE_TWEEDE_FACTOR on, a password alone reaches no page with personal data;
with it off (the demo, tests) a password is enough. Inwoners never get one."""

import time

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import WACHTWOORD

pytestmark = pytest.mark.django_db

LOGIN = "/account/inloggen/"
INSTELLEN = "/account/tweede-factor/instellen/"
CONTROLEREN = "/account/tweede-factor/controleren/"


@pytest.fixture
def aan(settings):
    settings.REGIE_TWEEDE_FACTOR = True


def _code(apparaat: TOTPDevice, verschuiving: int = 0) -> str:
    return (
        f"{totp(apparaat.bin_key, step=apparaat.step, t0=apparaat.t0, digits=apparaat.digits, drift=verschuiving):06d}"
    )


def _inloggen(client, username):
    return client.post(LOGIN, {"username": username, "password": WACHTWOORD})


def test_setting_is_on_in_production_and_off_in_the_demo_unless_set():
    import os
    import subprocess
    import sys

    basis = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REGIE_"))}
    code = "from regie import settings; print(settings.REGIE_TWEEDE_FACTOR)"
    productie = {
        "REGIE_PRODUCTION": "1",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "Zq8-vT3kLw0pX7rN2yBm5sHc9uJd4fGa1eKi6oRt_WxYzQ3nV8bC0lM7jP2hS5dF",
        "DJANGO_ALLOWED_HOSTS": "regie.example.nl",
        "DATABASE_URL": "postgres://u@localhost/db",
    }

    def waarde(extra):
        uit = subprocess.run([sys.executable, "-c", code], env={**basis, **extra}, capture_output=True, text=True)
        assert uit.returncode == 0, uit.stderr
        return uit.stdout.strip()

    assert waarde({}) == "False"
    assert waarde({"REGIE_TWEEDE_FACTOR": "1"}) == "True"
    assert waarde(productie) == "True"
    assert waarde({**productie, "REGIE_TWEEDE_FACTOR": "0"}) == "False"


def test_off_a_password_is_enough(client, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    assert _inloggen(client, "klantmanager").status_code == 302
    pagina = client.get("/caseload/").content.decode()
    assert inwoner.achternaam in pagina


def test_on_a_staff_member_without_app_must_enrol_before_any_personal_data(aan, client, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager, achternaam="Vertrouwelijk")
    _inloggen(client, "klantmanager")
    for url in ("/caseload/", f"/caseload/inwoners/{inwoner.pk}/", "/"):
        antwoord = client.get(url)
        assert antwoord.status_code == 302, url
        assert antwoord["Location"].startswith(INSTELLEN)
        assert "Vertrouwelijk" not in client.get(url, follow=True).content.decode()
    # htmx requests get a full-page redirect instead of a fragment.
    htmx = client.get("/caseload/", HTTP_HX_REQUEST="true")
    assert htmx["HX-Redirect"].startswith(INSTELLEN)

    pagina = client.get(INSTELLEN).content.decode()
    assert "<svg" in pagina and "regie-qr" in pagina and "<script" not in pagina.split("<main")[1].split("</main>")[0]
    apparaat = TOTPDevice.objects.get(user=klantmanager)
    assert not apparaat.confirmed

    fout = client.post(INSTELLEN, {"code": "000000"})
    assert "Deze code klopt niet" in fout.content.decode()
    assert client.get("/caseload/").status_code == 302
    apparaat.refresh_from_db()
    apparaat.throttle_reset()  # django-otp makes one wait a second after a wrong code

    klaar = client.post(INSTELLEN, {"code": _code(apparaat), "next": "/caseload/"})
    codes = klaar.context["codes"]
    assert len(codes) == 10 and all(code in klaar.content.decode() for code in codes)
    assert "Vertrouwelijk" in client.get("/caseload/").content.decode()


def test_on_a_staff_member_with_app_verifies_with_a_code_or_a_single_use_recovery_code(
    aan, client, klantmanager, maak_inwoner
):
    from regie.apps.accounts.tweede_factor import nieuwe_herstelcodes

    maak_inwoner(klantmanager=klantmanager, achternaam="Vertrouwelijk")
    apparaat = TOTPDevice.objects.create(user=klantmanager, name="app", confirmed=True)
    herstelcodes = nieuwe_herstelcodes(klantmanager)

    _inloggen(client, "klantmanager")
    antwoord = client.get("/caseload/")
    assert antwoord["Location"].startswith(CONTROLEREN)
    # Enrolling a second app is not a way around the first one.
    assert client.get(INSTELLEN)["Location"] == CONTROLEREN
    assert TOTPDevice.objects.filter(user=klantmanager).count() == 1

    assert "klopt niet" in client.post(CONTROLEREN, {"code": "123456"}).content.decode()
    apparaat.refresh_from_db()
    apparaat.throttle_reset()
    assert client.post(CONTROLEREN, {"code": _code(apparaat), "next": "/caseload/"})["Location"] == "/caseload/"
    assert "Vertrouwelijk" in client.get("/caseload/").content.decode()

    # Next login: a recovery code works once (typed in capitals, with a space).
    client.post("/account/uitloggen/")
    _inloggen(client, "klantmanager")
    invoer = herstelcodes[0].upper()[:4] + " " + herstelcodes[0].upper()[4:]
    assert client.post(CONTROLEREN, {"code": invoer}).status_code == 302
    assert "Vertrouwelijk" in client.get("/caseload/").content.decode()
    assert not StaticToken.objects.filter(token=herstelcodes[0]).exists()
    client.post("/account/uitloggen/")
    _inloggen(client, "klantmanager")
    assert "al gebruikt" in client.post(CONTROLEREN, {"code": herstelcodes[0]}).content.decode()
    assert client.get("/caseload/").status_code == 302


def test_on_no_redirect_to_another_site_after_verification(aan, client, klantmanager):
    apparaat = TOTPDevice.objects.create(user=klantmanager, name="app", confirmed=True)
    _inloggen(client, "klantmanager")
    antwoord = client.post(CONTROLEREN, {"code": _code(apparaat), "next": "https://kwaadwillend.example/"})
    assert antwoord["Location"] == "/"


def test_on_every_staff_role_is_asked_and_the_inwoner_is_not(
    aan, client, klantmanager, krachtcoach, teamleider, beheerder, maak_inwoner, gemeente
):
    from regie.apps.accounts.models import Gebruiker, Rol

    for medewerker in (klantmanager, krachtcoach, teamleider, beheerder):
        client.force_login(medewerker)
        assert client.get("/")["Location"].startswith(INSTELLEN), medewerker.rol
        client.logout()
    inwoner = maak_inwoner()
    account = Gebruiker.objects.create_user("inwoner", password=WACHTWOORD, rol=Rol.INWONER, gemeente=gemeente)
    inwoner.account = account
    inwoner.save(update_fields=["account"])
    client.force_login(account)
    assert not client.get("/", follow=True).redirect_chain[-1][0].startswith(INSTELLEN)
    assert client.get(INSTELLEN).status_code == 403


def test_on_login_logout_and_language_stay_reachable(aan, client, klantmanager):
    _inloggen(client, "klantmanager")
    assert client.get(INSTELLEN).status_code == 200
    assert client.post("/i18n/setlang/", {"language": "en", "next": INSTELLEN}).status_code == 302
    assert client.post("/account/uitloggen/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_wrong_codes_are_throttled(aan, client, klantmanager):
    apparaat = TOTPDevice.objects.create(user=klantmanager, name="app", confirmed=True)
    _inloggen(client, "klantmanager")
    for _ in range(3):
        client.post(CONTROLEREN, {"code": "000000"})
    pagina = client.post(CONTROLEREN, {"code": _code(apparaat)}).content.decode()
    assert "Te veel foute codes" in pagina
    assert client.get("/caseload/").status_code == 302
    time.sleep(0)  # the throttle is time-based: django-otp doubles the wait after every wrong code
