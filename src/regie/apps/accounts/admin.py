"""The technical admin (superusers only, see admin_site.py): users, teams and municipality. No dossier data here."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import Gebruiker, Gemeente, Team


@admin.register(Gebruiker)
class GebruikerAdmin(SimpleHistoryAdmin, UserAdmin):
    list_display = ("username", "first_name", "last_name", "rol", "team", "organisatie", "is_active")
    list_filter = ("rol", "team", "is_active")
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Rol in Regie"), {"fields": ("rol", "gemeente", "team", "organisatie")}),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        (_("Rol in Regie"), {"fields": ("rol", "gemeente", "team", "organisatie")}),
    )


admin.site.register(Gemeente)
admin.site.register(Team)
