"""Run as a script: six clients press "Start de herberekening" at the same moment; prints what each got back.

Used by ``test_gelijktijdig.py`` for SQLite, whose in-memory test database cannot be shared by threads: this script
migrates a database file of its own (``DATABASE_URL``) and starts the six requests in six threads.
"""

import json
import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
os.environ["REGIE_JOBS"] = "worker"  # only record the job; nothing runs it here


def main(aantal: int = 6) -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from regie.apps.accounts.models import Gebruiker, Gemeente, Rol
    from regie.apps.inkomen.models import Herberekening
    from regie.apps.taken.models import Taak

    call_command("migrate", verbosity=0)
    gemeente = Gemeente.objects.create(naam="Testdorp", cbs_code="GM9998")
    beheerder = Gebruiker.objects.create(username="beheerder", rol=Rol.FUNCTIONEEL_BEHEERDER, gemeente=gemeente)
    return gelijk_starten(aantal, beheerder, Client, connection, Taak, Herberekening)


def gelijk_starten(aantal, beheerder, Client, connection, Taak, Herberekening) -> dict:  # noqa: N803
    from django.db import connections

    klanten = []
    for _ in range(aantal):
        klant = Client()
        klant.force_login(beheerder)
        klanten.append(klant)
    poort = threading.Barrier(aantal)
    antwoorden: list = [None] * aantal

    def druk(i):
        try:
            poort.wait()
            antwoord = klanten[i].post("/herberekening/", {"peildatum": "2026-01-01"})
            tekst = antwoord.content.decode()
            antwoorden[i] = [antwoord.status_code, "Er loopt al een herberekening" in tekst, antwoord.get("Location")]
        except Exception as fout:  # counted as an error by the test
            antwoorden[i] = [repr(fout), False, None]
        finally:
            connections.close_all()

    draden = [threading.Thread(target=druk, args=(i,)) for i in range(aantal)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    return {
        "antwoorden": antwoorden,
        "taken": Taak.objects.count(),
        "herberekeningen": Herberekening.objects.count(),
        "vendor": connection.vendor,
    }


if __name__ == "__main__":
    print(json.dumps(main()))
