"""The Django admin as a tool for technical superusers only.

The functioneel beheerder manages users, teams and wijken on Regie's own pages (``regie.apps.beheer``), where the
rules of the office hold (no superuser rights, four eyes on role changes, no inwoner accounts). The Django admin can
do anything, so only an active superuser gets in; a staff flag alone is not enough.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class TechnischeAdminSite(AdminSite):
    site_header = _("Regie technisch beheer")
    site_title = _("Regie technisch beheer")

    def has_permission(self, request) -> bool:
        user = request.user
        return bool(user.is_active and user.is_superuser)


class TechnischeAdminConfig(AdminConfig):
    default_site = "regie.apps.accounts.admin_site.TechnischeAdminSite"
