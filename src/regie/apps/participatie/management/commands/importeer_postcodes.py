"""``regie importeer_postcodes FILE``: coordinates per postcode (``postcode,lat,lon``) for distances to places."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from regie.apps.participatie.importeren import importeer_postcodes


class Command(BaseCommand):
    help = "Importeert coördinaten per postcode uit een CSV-bestand met de kolommen postcode, lat en lon."

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="pad naar het CSV-bestand (UTF-8, komma of puntkomma)")

    def handle(self, *args, bestand, **options):
        try:
            with open(bestand, "rb") as invoer:
                aantal = importeer_postcodes(invoer)
        except OSError as fout:
            raise CommandError(f"Het bestand kan niet worden gelezen: {fout}") from fout
        except ValidationError as fout:
            raise CommandError("Niets geïmporteerd.\n" + "\n".join(fout.messages)) from fout
        self.stdout.write(self.style.SUCCESS(f"{aantal} postcodes geïmporteerd."))
