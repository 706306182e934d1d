from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortaalConfig(AppConfig):
    name = "regie.apps.portaal"
    label = "portaal"
    verbose_name = _("Portaal voor inwoners")

    def ready(self):
        from .registratie import registreer

        registreer()
