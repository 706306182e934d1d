from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InkomenConfig(AppConfig):
    name = "regie.apps.inkomen"
    label = "inkomen"
    verbose_name = _("Inkomen en rechtmatigheid")

    def ready(self):
        from regie.apps.taken.soorten import registreer as registreer_taaksoort

        from .herberekening import HerberekeningSoort
        from .registratie import registreer

        registreer_taaksoort(HerberekeningSoort())
        registreer()
