from django.contrib import admin

from .models import Taak


@admin.register(Taak)
class TaakAdmin(admin.ModelAdmin):
    """Read-only overview for operators: which jobs ran, where, how far and why they stopped."""

    list_display = ("pk", "soort", "gemeente", "status", "verwerkt", "totaal", "pogingen", "hartslag", "werker")
    list_filter = ("status", "soort", "gemeente")
    ordering = ("-aangemaakt_op",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
