from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanConfig(AppConfig):
    name = "regie.apps.plan"
    label = "plan"
    verbose_name = _("Plan en voortgang")

    def ready(self):
        from .registratie import registreer

        registreer()
