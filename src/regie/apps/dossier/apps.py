from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossierConfig(AppConfig):
    name = "regie.apps.dossier"
    label = "dossier"
    verbose_name = _("Dossier")

    def ready(self):
        from .registratie import registreer

        registreer()
