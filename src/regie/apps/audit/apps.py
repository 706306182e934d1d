from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "regie.apps.audit"
    label = "audit"
    verbose_name = _("Logboek dataverwerkingen")

    def ready(self):
        from .schrijfhaken import verbind

        verbind()
