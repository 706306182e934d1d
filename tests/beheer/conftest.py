import pytest


@pytest.fixture(autouse=True)
def _snel_wachtwoord_hashen(settings):
    """Login tests post many passwords; a fast hasher keeps them quick (production keeps Django's default)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
