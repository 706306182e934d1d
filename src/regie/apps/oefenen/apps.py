from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OefenenConfig(AppConfig):
    name = "regie.apps.oefenen"
    label = "oefenen"
    verbose_name = _("Oefengesprekken")

    def ready(self):
        from .registratie import registreer

        registreer()
