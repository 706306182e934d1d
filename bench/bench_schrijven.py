"""Concurrent writes: several processes with several threads each add contact moments, steps, check-ins and messages
to the same few dossiers at once, through the whole application; prints errors and writes per second, and checks that
every accepted write is in the database exactly once.

    python bench/bench_schrijven.py                          # a fresh SQLite file (migrated first), test client
    DATABASE_URL=postgres://… python bench/bench_schrijven.py --processen 4 --threads 8
    DATABASE_URL=… python bench/bench_schrijven.py --url http://127.0.0.1:8000 [--achter-proxy]   # real HTTP

With DATABASE_URL the run adds its own small municipality ("Schrijftest …") to that database: use a scratch
database. With ``--url`` the server must use the same database; ``--achter-proxy`` sends ``X-Forwarded-Proto: https``
for a server in production mode. ``--json`` prints the result as JSON; the exit status is 1 when a write failed or
a count does not match.

Klantmanager threads rotate over: a contact moment, a step, a check-in and a message; inwoner threads send a message
and record a check-in in their portal. All threads write to the same three dossiers, so they contend for the same
rows.
"""

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WACHTWOORD = "schrijftest-wachtwoord-2026"
SOORTEN = ("contactmoment", "stap", "checkin", "bericht")


# --- set-up and checks (parent process)


def _django(database_url: str | None) -> None:
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def maak_gegevens(inwoners: int) -> dict:
    """A municipality of its own with one klantmanager and a few inwoners, each with a portal account and a goal."""
    import random

    from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Team
    from regie.apps.demo.generator import bsn_reeks
    from regie.apps.dossier.models import Huishouden, Inwoner, Samenstelling, Toewijzing, Wijk
    from regie.apps.plan import services as plan_services

    code = uuid.uuid4().hex[:8]
    gemeente = Gemeente.objects.create(naam=f"Schrijftest {code}", cbs_code=f"S{code[:5]}")
    team = Team.objects.create(gemeente=gemeente, naam="Schrijfteam")
    wijk = Wijk.objects.create(gemeente=gemeente, naam="Centrum", code="WK000001")

    def gebruiker(naam, rol, **extra):
        user = Gebruiker(username=f"{naam}-{code}", rol=rol, gemeente=gemeente, **extra)
        user.set_password(WACHTWOORD)
        user.save()
        return user

    klantmanager = gebruiker("km", Rol.KLANTMANAGER, team=team)
    bestaande = set(Inwoner.objects.values_list("bsn", flat=True))
    bsns = (b for b in bsn_reeks(random.Random(code)) if b not in bestaande)  # noqa: S311
    dossiers = []
    for n in range(inwoners):
        account = gebruiker(f"inw{n}", Rol.INWONER)
        inwoner = Inwoner.objects.create(
            gemeente=gemeente,
            team=team,
            wijk=wijk,
            bsn=next(bsns),
            voornamen=f"Schrijf{n}",
            achternaam="Test",
            geboortedatum=date(1980, 1, n % 28 + 1),
            straat="Teststraat",
            huisnummer=n + 1,
            postcode="7401 AB",
            woonplaats="Schrijfdorp",
            account=account,
        )
        Huishouden.objects.create(
            inwoner=inwoner, samenstelling=Samenstelling.ALLEENSTAAND, geldig_vanaf=date(2024, 1, 1)
        )
        Toewijzing.objects.create(
            inwoner=inwoner, medewerker=klantmanager, rol=Rol.KLANTMANAGER, vanaf=date(2024, 1, 1)
        )
        doel = plan_services.voeg_doel_toe(
            door=klantmanager, inwoner=inwoner, eigen_woorden="Elke week sporten", belang=5, vertrouwen=5
        )
        dossiers.append({"inwoner": inwoner.pk, "doel": doel.pk, "account": account.username})
    return {"klantmanager": klantmanager.username, "dossiers": dossiers}


def tel(gegevens: dict, kenmerk: str) -> dict:
    """What is in the database from this run, counted by the marker every written text carries."""
    from regie.apps.accounts.models import Rol
    from regie.apps.dossier.models import Contactmoment
    from regie.apps.plan.models import Checkin, Doel, Stap
    from regie.apps.portaal.models import Bericht

    inwoners = [d["inwoner"] for d in gegevens["dossiers"]]
    doelen = [d["doel"] for d in gegevens["dossiers"]]
    berichten = Bericht.objects.filter(inwoner__in=inwoners, tekst__startswith=kenmerk)
    telling = {
        "contactmoment": Contactmoment.objects.filter(inwoner__in=inwoners, samenvatting__startswith=kenmerk).count(),
        "stap": Stap.objects.filter(doel__in=doelen, wat__startswith=kenmerk).count(),
        "checkin": Checkin.objects.filter(doel__in=doelen, voortgang__startswith=kenmerk).count(),
        "bericht": berichten.exclude(afzender__rol=Rol.INWONER).count(),
        "bericht_inwoner": berichten.filter(afzender__rol=Rol.INWONER).count(),
        "checkin_inwoner": Checkin.objects.filter(
            doel__in=doelen, voortgang__startswith=kenmerk, door__rol=Rol.INWONER
        ).count(),
    }
    telling["checkin"] -= telling["checkin_inwoner"]
    # Every goal shows the scores of its latest check-in, whatever the order in which the writes finished.
    afwijkend = []
    for doel in Doel.objects.filter(pk__in=doelen):
        laatste = doel.checkins.order_by("-datum", "-pk").first()
        if (doel.belang, doel.vertrouwen) != (laatste.belang, laatste.vertrouwen):
            afwijkend.append(doel.pk)
    telling["doelen_niet_bij_laatste_checkin"] = afwijkend
    return telling


# --- the writers (worker processes)


class TestClientSchrijver:
    def __init__(self, username: str):
        from django.test import Client

        from regie.apps.accounts.models import Gebruiker

        self.client = Client()
        self.client.force_login(Gebruiker.objects.get(username=username))

    def post(self, pad: str, data: dict) -> tuple[int, str]:
        antwoord = self.client.post(pad, data)
        return antwoord.status_code, antwoord.content[:300].decode("utf-8", "replace")


class HttpSchrijver:
    def __init__(self, username: str, url: str, achter_proxy: bool):
        sys.path.insert(0, str(ROOT / "scripts"))
        from rooktest_productie import Sessie, csrf_token

        # Logging in hashes the password on purpose slowly; dozens of logins at once on a small machine take a while.
        self.sessie = Sessie(url, https=achter_proxy, timeout=300)
        self.csrf_token = csrf_token
        status, _, pagina = self.sessie.vraag("/account/inloggen/")
        status, _, _ = self.sessie.vraag(
            "/account/inloggen/",
            {"username": username, "password": WACHTWOORD, "csrfmiddlewaretoken": csrf_token(pagina)},
        )
        if status != 302:
            raise RuntimeError(f"inloggen als {username}: {status}")

    def post(self, pad: str, data: dict) -> tuple[int, str]:
        data = {**data, "csrfmiddlewaretoken": self.sessie.cookies.get("csrftoken", "")}
        status, _, inhoud = self.sessie.vraag(pad, data)
        return status, inhoud[:300]


def verzoeken(rol: str, dossier: dict, soort: str, kenmerk: str, volgnummer: int) -> tuple[str, dict]:
    inwoner, doel = dossier["inwoner"], dossier["doel"]
    tekst = f"{kenmerk} {volgnummer}"
    vandaag = date.today().isoformat()
    score = {"belang": volgnummer % 11, "vertrouwen": (volgnummer * 7) % 11}
    if rol == "inwoner":
        if soort == "bericht":
            return "/portaal/bericht/", {"bericht-tekst": tekst}
        return f"/portaal/doelen/{doel}/checkin/", {
            f"checkin{doel}-{k}": v for k, v in {**score, "voortgang": tekst}.items()
        }
    if soort == "contactmoment":
        return f"/caseload/inwoners/{inwoner}/contactmomenten/", {
            "datum": vandaag,
            "soort": "telefonisch",
            "duur_minuten": "15",
            "samenvatting": tekst,
        }
    basis = f"/caseload/inwoners/{inwoner}/plan/"
    if soort == "stap":
        return f"{basis}doelen/{doel}/stap/", {f"stap{doel}-wat": tekst, f"stap{doel}-wie": "inwoner"}
    if soort == "checkin":
        return f"{basis}doelen/{doel}/checkin/", {
            f"checkin{doel}-{k}": v for k, v in {**score, "voortgang": tekst}.items()
        }
    return f"{basis}bericht/", {"bericht-tekst": tekst}


def werker(args) -> None:
    """One process: ``--threads`` threads, each logged in once and writing ``--per-thread`` times."""
    from django.db import connection

    gegevens = json.loads(Path(args.gegevens).read_text())
    dossiers = gegevens["dossiers"]
    gelukt, fouten = Counter(), []
    slot = threading.Lock()
    tijden = []
    start = threading.Barrier(args.threads, action=lambda: tijden.append(time.perf_counter()))

    def draad(nummer: int) -> None:
        globaal = args.proces * args.threads + nummer
        inwoner_draad = globaal % 4 == 3
        eigen = dossiers[globaal % len(dossiers)]
        try:
            username = eigen["account"] if inwoner_draad else gegevens["klantmanager"]
            schrijver = (
                HttpSchrijver(username, args.url, args.achter_proxy) if args.url else TestClientSchrijver(username)
            )
        except Exception as fout:
            with slot:
                fouten.append(f"inloggen: {fout!r}")
            start.abort()
            return
        finally:
            connection.close()
        try:
            start.wait()
        except threading.BrokenBarrierError:
            return
        for i in range(args.per_thread):
            if inwoner_draad:
                soort, dossier, rol = ("bericht", "checkin")[i % 2], eigen, "inwoner"
            else:
                soort, dossier, rol = SOORTEN[(globaal + i) % 4], dossiers[(globaal + i) % len(dossiers)], "km"
            pad, data = verzoeken(rol, dossier, soort, args.kenmerk, globaal * 10_000 + i)
            sleutel = f"{soort}_inwoner" if rol == "inwoner" else soort
            try:
                status, inhoud = schrijver.post(pad, data)
            except Exception as fout:  # a crash in the view, or a broken connection: an error, counted below
                status, inhoud = None, repr(fout)
            finally:
                if not args.url:
                    connection.close()
            with slot:
                if status == 302:
                    gelukt[sleutel] += 1
                else:
                    fouten.append(f"{sleutel} {pad}: {status} {inhoud[:200]}")

    draden = [threading.Thread(target=draad, args=(n,)) for n in range(args.threads)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    # Only the writing counts, from the moment all threads of this process were logged in.
    duur = time.perf_counter() - tijden[0] if tijden else 0.0
    print(json.dumps({"gelukt": gelukt, "fouten": fouten, "duur": duur}))


# --- the run


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processen", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8, help="threads per proces")
    parser.add_argument("--per-thread", type=int, default=8, help="schrijfacties per thread")
    parser.add_argument("--inwoners", type=int, default=3, help="dossiers waarin alle threads schrijven")
    parser.add_argument("--url", help="schrijf over HTTP naar deze server in plaats van via de testclient")
    parser.add_argument("--achter-proxy", action="store_true", help="stuur X-Forwarded-Proto: https mee")
    parser.add_argument("--json", action="store_true", help="uitkomst als JSON")
    parser.add_argument("--werker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--proces", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--gegevens", help=argparse.SUPPRESS)
    parser.add_argument("--kenmerk", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.werker:
        _django(None)
        logging.getLogger("django.request").setLevel(logging.ERROR)  # a refused form is counted, not printed
        werker(args)
        return 0

    with tempfile.TemporaryDirectory(prefix="regie-schrijven-") as tmp:
        database_url = os.environ.get("DATABASE_URL")
        if not database_url:
            if args.url:
                parser.error("--url heeft DATABASE_URL nodig: de database van die server")
            database_url = f"sqlite:///{tmp}/schrijven.sqlite3"
            _django(database_url)
            from django.core.management import call_command

            print("Nieuwe SQLite-database maken…", file=sys.stderr, flush=True)
            call_command("migrate", verbosity=0)
        else:
            _django(database_url)
        from django.db import connection

        gegevens = maak_gegevens(args.inwoners)
        connection.close()
        kenmerk = f"schrijftest-{uuid.uuid4().hex[:10]}"
        pad_gegevens = Path(tmp) / "gegevens.json"
        pad_gegevens.write_text(json.dumps(gegevens))

        opdracht = [sys.executable, __file__, "--werker", "--gegevens", str(pad_gegevens), "--kenmerk", kenmerk]
        opdracht += ["--threads", str(args.threads), "--per-thread", str(args.per_thread)]
        if args.url:
            opdracht += ["--url", args.url] + (["--achter-proxy"] if args.achter_proxy else [])
        omgeving = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT / "src")}
        processen = [
            subprocess.Popen([*opdracht, "--proces", str(p)], stdout=subprocess.PIPE, env=omgeving, text=True)
            for p in range(args.processen)
        ]
        gelukt, fouten, duren = Counter(), [], []
        for proces in processen:
            uit, _ = proces.communicate(timeout=900)
            if proces.returncode != 0 or not uit.strip():
                fouten.append(f"werkproces stopte met status {proces.returncode}")
                continue
            uitkomst = json.loads(uit.strip().splitlines()[-1])
            gelukt.update(uitkomst["gelukt"])
            fouten.extend(uitkomst["fouten"])
            duren.append(uitkomst["duur"])
        duur = max(duren, default=0.0)  # the processes write side by side: the slowest one sets the pace
        telling = tel(gegevens, kenmerk)

    verschillen = {
        soort: {"geaccepteerd": gelukt.get(soort, 0), "in_database": telling[soort]}
        for soort in (*SOORTEN, "bericht_inwoner", "checkin_inwoner")
        if gelukt.get(soort, 0) != telling[soort]
    }
    totaal = sum(gelukt.values())
    uitkomst = {
        "database": connection.vendor,
        "modus": "http" if args.url else "testclient",
        "processen": args.processen,
        "threads": args.threads,
        "verzoeken": args.processen * args.threads * args.per_thread,
        "gelukt": dict(gelukt),
        "in_database": {k: v for k, v in telling.items() if k != "doelen_niet_bij_laatste_checkin"},
        "fouten": fouten,
        "verschillen": verschillen,
        "doelen_niet_bij_laatste_checkin": telling["doelen_niet_bij_laatste_checkin"],
        "seconden": round(duur, 2),
        "schrijfacties_per_seconde": round(totaal / duur, 1) if duur else None,
        "inwoners": [d["inwoner"] for d in gegevens["dossiers"]],
        "kenmerk": kenmerk,
    }
    in_orde = not fouten and not verschillen and not telling["doelen_niet_bij_laatste_checkin"]
    if args.json:
        print(json.dumps(uitkomst))
    else:
        print(
            f"{uitkomst['database']}, {uitkomst['modus']}: {args.processen} processen × {args.threads} threads × "
            f"{args.per_thread} schrijfacties = {uitkomst['verzoeken']} verzoeken in {uitkomst['seconden']} s"
        )
        print(f"  gelukt: {totaal} ({uitkomst['schrijfacties_per_seconde']} schrijfacties/s), fouten: {len(fouten)}")
        for soort, aantal in sorted(telling.items()):
            if soort != "doelen_niet_bij_laatste_checkin":
                print(f"  {soort:18} geaccepteerd {gelukt.get(soort, 0):5}  in de database {aantal:5}")
        for fout in fouten[:10]:
            print(f"  FOUT {fout}")
        if verschillen or telling["doelen_niet_bij_laatste_checkin"]:
            print(f"  VERSCHIL {verschillen} {telling['doelen_niet_bij_laatste_checkin']}")
        print("  in orde" if in_orde else "  NIET in orde")
    return 0 if in_orde else 1


if __name__ == "__main__":
    sys.exit(main())
