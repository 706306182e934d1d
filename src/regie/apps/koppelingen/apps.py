from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KoppelingenConfig(AppConfig):
    name = "regie.apps.koppelingen"
    label = "koppelingen"
    verbose_name = _("Koppelingen")

    def ready(self):
        from .registratie import registreer

        registreer()
