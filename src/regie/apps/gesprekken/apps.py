from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GesprekkenConfig(AppConfig):
    name = "regie.apps.gesprekken"
    label = "gesprekken"
    verbose_name = _("Gesprekken")

    def ready(self):
        from .registratie import registreer

        registreer()
