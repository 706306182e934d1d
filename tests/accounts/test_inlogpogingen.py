"""Failed logins lock an account (and an address), the right password is then refused with a clear Dutch message,
and every attempt is recorded without the password."""

import logging

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from tests.conftest import WACHTWOORD

pytestmark = pytest.mark.django_db

LOGIN = "/account/inloggen/"
BLOKKADE = "Te veel mislukte pogingen om in te loggen"


def _probeer(client, username, password, adres="10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=adres)


def test_right_password_after_25_wrong_ones_is_refused_with_a_dutch_message(client, klantmanager):
    for poging in range(25):
        antwoord = _probeer(client, "klantmanager", f"fout-wachtwoord-{poging}")
        assert antwoord.status_code in (200, 429)
    antwoord = _probeer(client, "klantmanager", WACHTWOORD)
    pagina = antwoord.content.decode()
    assert antwoord.status_code == 429
    assert BLOKKADE in pagina
    assert "probeer het over 15 minuten opnieuw of neem contact op met de functioneel beheerder" in pagina
    # Regie's own login page, not a bare error: the form is there again and nobody is logged in.
    assert 'name="password"' in pagina and "Inloggen bij Regie" in pagina
    assert "_auth_user_id" not in client.session
    assert client.get("/caseload/").status_code == 302


def test_fifth_failure_locks_the_account_and_the_lock_ends_after_15_minutes(client, klantmanager):
    for poging in range(4):
        assert _probeer(client, "klantmanager", f"fout-{poging}").status_code == 200
    assert _probeer(client, "klantmanager", "fout-5").status_code == 429
    assert _probeer(client, "klantmanager", WACHTWOORD).status_code == 429
    # The cool-off: attempts older than 15 minutes no longer count.
    from datetime import timedelta

    from django.utils import timezone

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    antwoord = _probeer(client, "klantmanager", WACHTWOORD)
    assert antwoord.status_code == 302
    assert client.session["_auth_user_id"] == str(klantmanager.pk)


def test_a_lock_on_one_account_leaves_colleagues_on_the_same_address_alone(client, klantmanager, teamleider):
    for poging in range(6):
        _probeer(client, "klantmanager", f"fout-{poging}")
    assert _probeer(client, "teamleider", WACHTWOORD).status_code == 302


def test_many_usernames_from_one_address_lock_that_address(client, settings, klantmanager):
    settings.REGIE_INLOG_LIMIET_IP = 12
    for n in range(12):
        _probeer(client, f"gok{n}", "wachtwoord-gok", adres="10.9.9.9")
    geblokkeerd = _probeer(client, "klantmanager", WACHTWOORD, adres="10.9.9.9")
    assert geblokkeerd.status_code == 429 and BLOKKADE in geblokkeerd.content.decode()
    # The same account from another address still gets in.
    assert _probeer(client, "klantmanager", WACHTWOORD, adres="10.1.1.1").status_code == 302


def test_every_attempt_is_recorded_and_logged_without_the_password(client, klantmanager, caplog):
    caplog.set_level(logging.INFO, logger="regie.inloggen")
    _probeer(client, "klantmanager", "geheim-fout-wachtwoord")
    for poging in range(4):
        _probeer(client, "klantmanager", f"nog-een-fout-{poging}")
    client.post(LOGIN, {"username": "klantmanager", "password": WACHTWOORD}, REMOTE_ADDR="10.0.0.2")
    # Five wrong passwords, then the right one refused during the lock-out: six recorded failures.
    assert AccessFailureLog.objects.filter(username="klantmanager").count() == 6
    assert AccessFailureLog.objects.filter(username="klantmanager", locked_out=True).exists()
    regels = [r.getMessage() for r in caplog.records if r.name == "regie.inloggen"]
    assert any(r.startswith("Inloggen mislukt: gebruikersnaam=klantmanager adres=10.0.0.1") for r in regels)
    assert any(r.startswith("Inloggen geblokkeerd") and "klantmanager" in r for r in regels)
    assert not any("geheim-fout-wachtwoord" in r or WACHTWOORD in r for r in caplog.messages)


def test_successful_login_is_recorded_and_logged(client, klantmanager, caplog):
    caplog.set_level(logging.INFO, logger="regie.inloggen")
    assert _probeer(client, "klantmanager", WACHTWOORD).status_code == 302
    assert AccessLog.objects.filter(username="klantmanager").count() == 1
    assert any(
        r.getMessage() == "Inloggen gelukt: gebruiker=klantmanager rol=klantmanager adres=10.0.0.1"
        for r in caplog.records
    )


def test_a_success_resets_the_count(client, klantmanager):
    for poging in range(4):
        _probeer(client, "klantmanager", f"fout-{poging}")
    assert _probeer(client, "klantmanager", WACHTWOORD).status_code == 302
    client.post("/account/uitloggen/")
    for poging in range(4):
        assert _probeer(client, "klantmanager", f"weer-fout-{poging}").status_code == 200
    assert _probeer(client, "klantmanager", WACHTWOORD).status_code == 302
