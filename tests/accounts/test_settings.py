"""Production mode refuses to start without the settings it needs, and names them."""

import os
import subprocess
import sys

# A made-up key of the kind secrets.token_urlsafe gives: 52 characters, 48 of them different.
STERKE_SLEUTEL = "Vq3r-8kPzL_w2XnT9bYc4HdJm6Fs1GaEu7RoK0iWl5NyQxZp_3vB"


def _start(env: dict) -> subprocess.CompletedProcess:
    basis = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REGIE_", "DATABASE_URL"))}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); print(settings.DEBUG)",
        ],
        env={**basis, "DJANGO_SETTINGS_MODULE": "regie.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_without_settings_refuses_with_clear_message():
    resultaat = _start({"REGIE_PRODUCTION": "1"})
    assert resultaat.returncode != 0
    assert "DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL" in resultaat.stderr


def test_production_refuses_short_secret_key():
    resultaat = _start(
        {
            "REGIE_PRODUCTION": "1",
            "DJANGO_SECRET_KEY": "kort",
            "DJANGO_ALLOWED_HOSTS": "regie.example.nl",
            "DATABASE_URL": "postgres://u@localhost/db",
        }
    )
    assert resultaat.returncode != 0 and "te kort" in resultaat.stderr


def test_production_with_settings_starts_secure():
    resultaat = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); "
            "print(settings.DEBUG, settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS > 0, "
            "settings.ALLOWED_HOSTS)",
        ],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "regie.settings",
            "REGIE_PRODUCTION": "1",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": STERKE_SLEUTEL,
            "DJANGO_ALLOWED_HOSTS": "regie.example.nl",
            "DATABASE_URL": "postgres://u@localhost/db",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip() == "False True True ['regie.example.nl']"


def test_default_is_sqlite_and_database_url_switches_to_postgres():
    sqlite = subprocess.run(
        [sys.executable, "-c", "from regie import settings; print(settings.DATABASES['default']['ENGINE'])"],
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert sqlite.stdout.strip() == "django.db.backends.sqlite3"
    pg = subprocess.run(
        [sys.executable, "-c", "from regie import settings; print(settings.DATABASES['default']['ENGINE'])"],
        env={**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert pg.stdout.strip() == "django.db.backends.postgresql"


def test_digid_is_switched_on_by_configuration_and_names_what_is_missing():
    half = _start({"OIDC_RP_CLIENT_ID": "regie"})
    assert half.returncode != 0 and "OIDC_OP_AUTHORIZATION_ENDPOINT" in half.stderr
    basis = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REGIE_", "DATABASE_URL"))}
    code = (
        "import django; from django.conf import settings; django.setup(); from django.urls import reverse; "
        "print('mozilla_django_oidc' in settings.INSTALLED_APPS, reverse('oidc_authentication_init'))"
    )
    aan = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **basis,
            "DJANGO_SETTINGS_MODULE": "regie.settings",
            "OIDC_RP_CLIENT_ID": "regie",
            "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://broker.example/auth",
            "OIDC_OP_TOKEN_ENDPOINT": "https://broker.example/token",
            "OIDC_OP_USER_ENDPOINT": "https://broker.example/userinfo",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert aan.returncode == 0, aan.stderr
    assert aan.stdout.strip() == "True /oidc/authenticate/"


def _productie(**env) -> subprocess.CompletedProcess:
    basis = {
        "REGIE_PRODUCTION": "1",
        "DJANGO_SECRET_KEY": STERKE_SLEUTEL,
        "DJANGO_ALLOWED_HOSTS": "regie.example.nl",
        "DATABASE_URL": "postgres://u@localhost/db",
    }
    return _start({**basis, **env})


def test_production_starts_with_a_strong_key_real_hosts_and_postgres():
    resultaat = _productie()
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip() == "False"


def test_production_refuses_a_long_key_of_one_repeated_character():
    resultaat = _productie(DJANGO_SECRET_KEY="a" * 50)
    assert resultaat.returncode != 0
    assert "DJANGO_SECRET_KEY is te zwak" in resultaat.stderr
    assert "1 verschillende tekens" in resultaat.stderr


def test_production_refuses_a_long_key_with_few_distinct_characters():
    resultaat = _productie(DJANGO_SECRET_KEY="abcdefghij" * 8)
    assert resultaat.returncode != 0 and "te zwak" in resultaat.stderr


def test_production_refuses_the_public_demo_key():
    from regie.settings import DEMO_SECRET_KEY

    resultaat = _productie(DJANGO_SECRET_KEY=DEMO_SECRET_KEY)
    assert resultaat.returncode != 0 and "bekende voorbeeldsleutel" in resultaat.stderr


def test_production_refuses_a_wildcard_host():
    for hosts in ("*", "regie.example.nl,*", "*.example.nl"):
        resultaat = _productie(DJANGO_ALLOWED_HOSTS=hosts)
        assert resultaat.returncode != 0, hosts
        assert "DJANGO_ALLOWED_HOSTS bevat een jokerteken" in resultaat.stderr


def test_production_refuses_sqlite():
    resultaat = _productie(DATABASE_URL="sqlite:////var/lib/regie/regie.sqlite3")
    assert resultaat.returncode != 0
    assert "DATABASE_URL wijst naar SQLite" in resultaat.stderr
