from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeheerConfig(AppConfig):
    name = "regie.apps.beheer"
    label = "beheer"
    verbose_name = _("Functioneel beheer")

    def ready(self):
        from .registratie import registreer

        registreer()
