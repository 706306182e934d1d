"""Start the background job that refreshes the cached indicators of every municipality (e.g. nightly from cron)."""

from django.core.management.base import BaseCommand

from regie.apps.accounts.models import Gemeente
from regie.apps.taken import services

from ...taak import SOORT


class Command(BaseCommand):
    help = "Start het verversen van de indicatoren voor sturing, per gemeente, als achtergrondtaak."

    def handle(self, *args, **opties):
        for gemeente in Gemeente.objects.all():
            try:
                taak = services.start(soort=SOORT, gemeente_id=gemeente.pk, door=None)
            except services.AlLopend:
                self.stdout.write(f"{gemeente}: loopt al")
            else:
                self.stdout.write(f"{gemeente}: taak {taak.pk} gestart")
