from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanConfig(AppConfig):
    name = "regie.apps.plan"
    label = "plan"
    verbose_name = _("Plan en voortgang")

    def ready(self):
        from django.db.models.signals import post_save

        from .inbox import nieuwe_generatie
        from .registratie import registreer

        registreer()
        post_save.connect(nieuwe_generatie, dispatch_uid="regie-inbox-generatie")
