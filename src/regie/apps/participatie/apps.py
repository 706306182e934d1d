from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipatieConfig(AppConfig):
    name = "regie.apps.participatie"
    label = "participatie"
    verbose_name = _("Participatie")

    def ready(self):
        from .registratie import registreer

        registreer()
