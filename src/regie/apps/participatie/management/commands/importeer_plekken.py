"""``regie importeer_plekken FILE``: import a catalogue of places; one bad row means nothing is imported."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from regie.apps.accounts.models import Gemeente
from regie.apps.participatie.importeren import KOLOMMEN, importeer_plekken


class Command(BaseCommand):
    help = "Importeert plekken uit een CSV-bestand (kolommen: " + ", ".join(KOLOMMEN) + ")."

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="pad naar het CSV-bestand (UTF-8, komma of puntkomma)")
        parser.add_argument("--gemeente", help="CBS-code van de gemeente; nodig als er meer dan één is")

    def handle(self, *args, bestand, gemeente=None, **options):
        gemeenten = Gemeente.objects.filter(cbs_code=gemeente) if gemeente else Gemeente.objects.all()
        if gemeenten.count() != 1:
            raise CommandError("Kies de gemeente met --gemeente CBS-code." if not gemeente else "Onbekende gemeente.")
        try:
            with open(bestand, "rb") as invoer:
                resultaat = importeer_plekken(invoer, gemeente=gemeenten.get())
        except OSError as fout:
            raise CommandError(f"Het bestand kan niet worden gelezen: {fout}") from fout
        except ValidationError as fout:
            raise CommandError("Niets geïmporteerd.\n" + "\n".join(fout.messages)) from fout
        self.stdout.write(
            self.style.SUCCESS(f"{resultaat.nieuw} plekken toegevoegd, {resultaat.bijgewerkt} bijgewerkt.")
        )
