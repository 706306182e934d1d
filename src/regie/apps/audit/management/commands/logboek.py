"""``regie logboek verifieer``: check the hash chain of the processing log.

Exits 0 when every entry fits the chain and the chain head, and 1 naming the first bad entry when one was changed,
removed or reordered. Streams the log, so it runs in flat memory on millions of entries.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from regie.apps.audit.verificatie import verifieer


class Command(BaseCommand):
    help = "Het logboek dataverwerkingen: 'verifieer' controleert de hashketen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT")
        sub.required = True
        sub.add_parser("verifieer", help="controleer of geen regel is gewijzigd, verwijderd of verplaatst")

    def handle(self, *args, opdracht, **options):
        if opdracht != "verifieer":  # pragma: no cover - argparse already refuses other words
            raise CommandError(f"Onbekende opdracht '{opdracht}'.")
        start = time.perf_counter()
        uitkomst = verifieer()
        duur = time.perf_counter() - start
        if uitkomst.in_orde:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Het logboek is intact: {uitkomst.aantal} regels gecontroleerd in {duur:.1f} s. "
                    f"Laatste hash: {uitkomst.laatste_hash}"
                )
            )
            return
        raise CommandError(
            f"Het logboek is NIET intact: {uitkomst.fout}. "
            f"Eerste foute regel: volgnummer {uitkomst.volgnummer}"
            + (f" (id {uitkomst.id})" if uitkomst.id is not None else "")
            + f". Regels daarvoor in orde: {uitkomst.aantal}.",
            returncode=1,
        )
