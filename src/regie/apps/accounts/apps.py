from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "regie.apps.accounts"
    label = "accounts"
    verbose_name = _("Gebruikers en teams")

    def ready(self):
        # Signal receivers: a log line per login attempt, and the login time that bounds a session.
        from . import inlogpogingen, sessie  # noqa: F401
