from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SturingConfig(AppConfig):
    name = "regie.apps.sturing"
    label = "sturing"
    verbose_name = _("Sturing en casuïstiek")

    def ready(self):
        from .registratie import registreer

        registreer()
