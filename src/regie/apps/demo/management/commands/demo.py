"""``regie demo``: fill the database with the fictitious municipality Rivierstad and print the demo logins."""

import time
from datetime import date, timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from regie.apps.accounts.models import Gemeente
from regie.apps.demo.generator import DEMO_WACHTWOORD, DemoGenerator


class Command(BaseCommand):
    help = "Maakt de verzonnen demogemeente Rivierstad aan (deterministisch vanuit --seed)."

    def add_arguments(self, parser):
        parser.add_argument("--inwoners", type=int, default=300, help="aantal inwoners (standaard 300)")
        parser.add_argument("--seed", type=int, default=1, help="startwaarde van de toevalsgenerator (standaard 1)")
        parser.add_argument("--opnieuw", action="store_true", help="wis eerst alle gegevens in de database")
        parser.add_argument(
            "--berekeningen",
            choices=["auto", "ja", "nee"],
            default="auto",
            help="bereken alle uitkeringen (auto: alleen tot 20.000 inwoners, omdat het daarboven minuten kost)",
        )
        parser.add_argument(
            "--als-leeg", action="store_true", help="doe niets (en meld de logins) als er al een gemeente is"
        )

    def handle(self, *args, inwoners, seed, opnieuw, als_leeg, berekeningen, **options):
        if inwoners < 1:
            raise CommandError("--inwoners moet minstens 1 zijn.")
        if getattr(settings, "PRODUCTION", False):
            # Never mix made-up people with real ones, and never wipe a real database or its processing log.
            raise CommandError(
                "Regie draait in productiemodus (REGIE_PRODUCTION=1): 'regie demo' wist niets en maakt geen "
                "demogegevens aan. Het logboek dataverwerkingen en alle dossiers blijven onaangeroerd. "
                "Gebruik de demo alleen op een eigen, lege database zonder REGIE_PRODUCTION."
            )
        if Gemeente.objects.exists():
            if als_leeg:
                self.stdout.write("De demogemeente staat al in de database; er is niets nieuws aangemaakt.")
                self._toon_logins([])
                return
            if not opnieuw:
                raise CommandError(
                    "Er staat al een gemeente in de database. Gebruik --opnieuw om alles te wissen en opnieuw te maken."
                )
            self._wis_alles()

        start = time.perf_counter()
        self.stdout.write(f"Demogemeente Rivierstad maken met {inwoners} inwoners (seed {seed})…")
        resultaat = DemoGenerator(inwoners=inwoners, seed=seed, voortgang=self._voortgang).maak()
        if berekeningen == "ja" or (berekeningen == "auto" and inwoners <= 20_000):
            self._bereken_alles(resultaat.gemeente)
        else:
            self.stdout.write("Uitkeringen niet berekend; log in als 'beheerder' en start een herberekening.")
        duur = time.perf_counter() - start
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar in {duur:.1f} s: {resultaat.inwoners} inwoners, {resultaat.contactmomenten} contactmomenten."
            )
        )
        self._toon_logins(resultaat.logins)

    def _wis_alles(self) -> None:
        """Demo only (production refused above): everything goes, the processing log included, and it says so."""
        from regie.apps.audit.models import Inzage

        regels = Inzage.objects.count()
        call_command("flush", interactive=False, verbosity=0)
        aantal = f"{regels} regel" if regels == 1 else f"{regels} regels"
        self.stdout.write(f"Alle gegevens gewist, ook het logboek dataverwerkingen van de demo ({aantal}).")

    def _bereken_alles(self, gemeente) -> None:
        """Every demo inwoner starts with a calculation, made by the same job the herberekening page starts."""
        from regie import rules
        from regie.apps.accounts.models import Gebruiker, Rol
        from regie.apps.inkomen.herberekening import herbereken_in_dit_proces

        beheerder = Gebruiker.objects.filter(gemeente=gemeente, rol=Rol.FUNCTIONEEL_BEHEERDER).first()
        # Never pass the last known norms off as today's: past the last table, calculate on its last valid day.
        peildatum = min(date.today(), rules.standaard_normen().bekend_tot - timedelta(days=1))
        herbereken_in_dit_proces(
            door=beheerder,
            peildatum=peildatum,
            voortgang=lambda klaar, totaal: self._voortgang("berekeningen", klaar, totaal),
        )

    def _voortgang(self, fase: str, klaar: int, totaal: int) -> None:
        procent = 100 if totaal == 0 else int(klaar * 100 / totaal)
        einde = "\n" if klaar >= totaal else ""
        if self.stdout.isatty():
            self.stdout.write(f"\r  {fase:<22} {procent:3d}% ({klaar}/{totaal})", ending=einde)
        elif totaal == 0:
            self.stdout.write(f"  {fase:<22} klaar")
        elif klaar >= totaal:
            self.stdout.write(f"  {fase:<22} {totaal} aangemaakt")
        self.stdout.flush()

    def _toon_logins(self, logins):
        self.stdout.write("\nDemo-logins (wachtwoord voor iedereen: " + DEMO_WACHTWOORD + "):")
        for username, rol, omschrijving in logins or [
            ("klantmanager", "Klantmanager", ""),
            ("krachtcoach", "Krachtcoach", ""),
            ("teamleider", "Teamleider", ""),
            ("beheerder", "Functioneel beheerder", ""),
            ("beheerder2", "Functioneel beheerder", ""),
            ("inwoner", "Inwoner", ""),
        ]:
            extra = f" — {omschrijving}" if omschrijving else ""
            self.stdout.write(f"  {username:<14} {rol}{extra}")
