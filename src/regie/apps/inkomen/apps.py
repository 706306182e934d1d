from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InkomenConfig(AppConfig):
    name = "regie.apps.inkomen"
    label = "inkomen"
    verbose_name = _("Inkomen en rechtmatigheid")

    def ready(self):
        from .registratie import registreer

        registreer()
