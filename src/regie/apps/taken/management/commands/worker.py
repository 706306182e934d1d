"""``regie worker``: run background jobs from the database, without Celery, and resume jobs whose worker died."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from regie.apps.taken.runner import voer_uit
from regie.apps.taken.services import herstel_vastgelopen


class Command(BaseCommand):
    help = "Voert achtergrondtaken uit die in de database wachten, en hervat taken waarvan de werker is gestopt."

    def add_arguments(self, parser):
        parser.add_argument(
            "--eenmalig", action="store_true", help="Stop zodra er geen taak meer klaarstaat (voor cron en tests)."
        )
        parser.add_argument(
            "--interval", type=float, default=2.0, help="Seconden tussen twee keer kijken (standaard 2)."
        )

    def handle(self, *args, eenmalig, interval, **options):
        self._stoppen = False
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._stop)
        self.stdout.write(f"Werker gestart; kijkt elke {interval:g} s naar wachtende taken.")
        while not self._stoppen:
            if not connection.in_atomic_block:  # drop a connection the database closed while we slept
                close_old_connections()
            herstel_vastgelopen(plannen=False)
            gedaan = voer_uit(stoppen=lambda: self._stoppen)
            if gedaan is not None:
                self.stdout.write(f"Taak {gedaan} verwerkt.")
                continue
            if eenmalig:
                break
            time.sleep(interval)
        self.stdout.write("Werker gestopt.")

    def _stop(self, signum, frame):
        self._stoppen = True
