"""Generate the fictitious demo municipality "Rivierstad", deterministic from a seed.

Everything is made up: names are random combinations, streets and the town do not exist, and every BSN starts with 9
(a range not issued to residents) while still passing the elfproef so that forms and validation behave as in
production. Rows are written with ``executemany`` in chunks so that 100,000 inwoners fit in well under two minutes on
SQLite; these bulk writes make no history rows, which suits generated data (history starts at the first real change).
"""

import enum
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max
from django.utils import timezone
from stdnum.nl import bsn as stdnum_bsn

from regie.apps.accounts.models import Gebruiker, Gemeente, Rol, Team
from regie.apps.dossier.models import (
    Contactmoment,
    Huisgenoot,
    Huishouden,
    Inwoner,
    Relatie,
    Samenstelling,
    SoortContact,
    SoortMedebewoner,
    Taal,
    Toewijzing,
    Wijk,
)
from regie.apps.gesprekken.demo import maak_demo as gesprekken_demo
from regie.apps.inkomen.demo import maak_demo as inkomen_demo
from regie.apps.participatie.demo import maak_demo as participatie_demo
from regie.apps.plan.demo import maak_demo as plan_demo
from regie.apps.portaal.demo import maak_demo as portaal_demo

from . import historie, namen
from .financien import maak_financien

APP_DEMO_BIJDRAGEN = [plan_demo, portaal_demo, participatie_demo, gesprekken_demo, inkomen_demo]

DEMO_WACHTWOORD = "regie-demo-2026"
CHUNK = 10_000
Voortgang = Callable[[str, int, int], None]


@dataclass
class DemoResultaat:
    gemeente: Gemeente
    inwoners: int
    contactmomenten: int
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (username, role label, description)


def bsn_reeks(rng: random.Random) -> Iterator[str]:
    """Unique BSNs starting with 9 that pass the elfproef: pick 8 digits, then compute the check digit.

    The check digit comes from python-stdnum's checksum (the weighted sum of the first eight digits minus the last,
    modulo 11): with a trailing 0 the checksum is the digit that makes it 0, or 10 when no digit can.
    """
    prefix = 90_000_000 + rng.randrange(0, 5_000_000)
    while True:
        digits = f"{prefix:08d}"
        prefix += 1
        check = stdnum_bsn.checksum(digits + "0")
        if check < 10:
            yield digits + str(check)


def _datum_jaren_geleden(rng: random.Random, vandaag: date, min_jaar: int, max_jaar: int) -> date:
    """A birth date that makes someone at least ``min_jaar`` and at most ``max_jaar`` years old today."""
    try:
        jarig = vandaag.replace(year=vandaag.year - min_jaar)
    except ValueError:  # 29 February in a year without it
        jarig = vandaag.replace(year=vandaag.year - min_jaar, day=28)
    return jarig - timedelta(days=rng.randint(1, (max_jaar - min_jaar) * 365 + 300))


class DemoGenerator:
    def __init__(
        self,
        *,
        inwoners: int,
        seed: int,
        voortgang: Voortgang | None = None,
        vandaag: date | None = None,
        bijdragen: list | None = None,
    ):
        self.aantal = inwoners
        self.seed = seed
        self.bijdragen = APP_DEMO_BIJDRAGEN if bijdragen is None else bijdragen
        self.rng = random.Random(seed)
        self.voortgang = voortgang or (lambda fase, klaar, totaal: None)
        self.vandaag = vandaag or date.today()
        self.bsns = bsn_reeks(self.rng)

    @transaction.atomic
    def maak(self) -> DemoResultaat:
        gemeente = Gemeente.objects.create(naam="Rivierstad", cbs_code="GM9999")
        wijken = Wijk.objects.bulk_create(
            [Wijk(gemeente=gemeente, naam=naam, code=code) for naam, code, _, _ in namen.WIJKEN]
        )
        teams, klantmanagers, krachtcoaches, logins = self._medewerkers(gemeente)
        inwoners = self._inwoners(gemeente, wijken, teams)
        # Contacts are drawn before inwoners are written so that laatste_contact goes in with the first insert.
        km_van = self._kies_klantmanagers(inwoners, teams, klantmanagers)
        contacten = self._contactmomenten(inwoners, km_van)
        self._insert(Inwoner, inwoners, "inwoners")
        self._huishoudens(inwoners)
        self._toewijzingen(inwoners, km_van, krachtcoaches)
        self._insert(Contactmoment, contacten, "contactmomenten")
        maak_financien(self.rng, inwoners, km_van, self.vandaag, self._insert)
        self._reset_sequences()
        verleden = historie.simuleer(
            [(i["id"], km_van[i["id"]].pk) for i in inwoners], vandaag=self.vandaag, seed=self.seed
        )
        historie.bewaar(verleden)
        logins.append(self._inwoner_login(gemeente, inwoners, km_van, klantmanagers[0]))
        for n, bijdrage in enumerate(self.bijdragen, start=1):
            # Each app fills its own demo data, from its own random stream so one app's changes leave others alone.
            bijdrage(gemeente, random.Random(self.seed * 1000 + n), self.vandaag)
            self.voortgang(f"demo {bijdrage.__module__.split('.')[2]}", 0, 0)
        return DemoResultaat(
            gemeente=gemeente,
            inwoners=len(inwoners),
            contactmomenten=len(contacten) + len(verleden.contacten),
            logins=logins,
        )

    # --- people who work with Regie

    def _medewerkers(self, gemeente):
        # At least three per team: the teamleider's MI trends need three professionals (gesprekken.teamtrends).
        aantal_km = max(6, math.ceil(self.aantal / 150))
        aantal_teams = max(2, math.ceil(aantal_km / 8))
        aantal_kc = max(2, math.ceil(self.aantal / 400))
        teams = Team.objects.bulk_create(
            [Team(gemeente=gemeente, naam=f"Werk & Inkomen {i + 1}") for i in range(aantal_teams)]
        )
        wachtwoord = make_password(DEMO_WACHTWOORD)  # hashed once: hashing per user would dominate a large run

        def gebruiker(username, rol, **extra):
            voornaam = self.rng.choice(namen.VOORNAMEN_V + namen.VOORNAMEN_M)
            tussen, achter = self.rng.choice(namen.ACHTERNAMEN)
            return Gebruiker(
                username=username,
                password=wachtwoord,
                rol=rol,
                gemeente=gemeente,
                first_name=voornaam,
                last_name=f"{tussen} {achter}".strip(),
                **extra,
            )

        km = [
            gebruiker(
                "klantmanager" if i == 0 else f"klantmanager{i + 1}", Rol.KLANTMANAGER, team=teams[i % aantal_teams]
            )
            for i in range(aantal_km)
        ]
        organisaties = ["Buurtkracht Rivierstad", "Stichting Meedoen"]
        kc = [
            gebruiker(
                "krachtcoach" if i == 0 else f"krachtcoach{i + 1}", Rol.KRACHTCOACH, organisatie=organisaties[i % 2]
            )
            for i in range(aantal_kc)
        ]
        overig = [
            gebruiker("teamleider", Rol.TEAMLEIDER, team=teams[0]),
            # Two beheerders, because a role change takes effect only when a second beheerder approves it.
            gebruiker("beheerder", Rol.FUNCTIONEEL_BEHEERDER),
            gebruiker("beheerder2", Rol.FUNCTIONEEL_BEHEERDER),
            gebruiker("management", Rol.MANAGEMENT),
        ]
        for medewerker in km + kc + overig:
            medewerker.email = f"{medewerker.username}@rivierstad.example"
        Gebruiker.objects.bulk_create(km + kc + overig)
        km = list(Gebruiker.objects.filter(rol=Rol.KLANTMANAGER).order_by("pk"))
        kc = list(Gebruiker.objects.filter(rol=Rol.KRACHTCOACH).order_by("pk"))
        logins = [
            ("klantmanager", Rol.KLANTMANAGER.label, f"{km[0]}, {km[0].team}"),
            ("krachtcoach", Rol.KRACHTCOACH.label, f"{kc[0]}, {kc[0].organisatie}"),
            ("teamleider", Rol.TEAMLEIDER.label, str(teams[0])),
            ("beheerder", Rol.FUNCTIONEEL_BEHEERDER.label, "medewerkers, teams en wijken"),
            ("beheerder2", Rol.FUNCTIONEEL_BEHEERDER.label, "keurt rolwijzigingen van 'beheerder' goed"),
        ]
        return teams, km, kc, logins

    # --- inwoners and their households

    def _inwoners(self, gemeente, wijken, teams) -> list[dict]:
        rng = self.rng
        talen = [Taal.NEDERLANDS, Taal.ENGELS, Taal.ARABISCH, Taal.TURKS, Taal.POOLS, Taal.TIGRINYA, Taal.OEKRAIENS]
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        aangemaakt = timezone.now()
        eerste_id = self._volgend_id(Inwoner)
        rijen, gebruikt = [], set()
        for i in range(self.aantal):
            wijk_index = rng.randrange(len(wijken))
            _, _, postcode4, straten = namen.WIJKEN[wijk_index]
            vrouw = rng.random() < 0.55
            voornaam, tussen, achter = self._unieke_naam(vrouw, gebruikt)
            # A participation caseload: from 18 up to the AOW age (67); older people receive AOW, not bijstand.
            leeftijd = rng.choices([(18, 20), (21, 26), (27, 45), (46, 66)], weights=[4, 10, 45, 41])[0]
            rijen.append(
                {
                    "id": eerste_id + i,
                    "gemeente_id": gemeente.pk,
                    "team_id": teams[i % len(teams)].pk,
                    "bsn": next(self.bsns),
                    "voornamen": voornaam,
                    "tussenvoegsel": tussen,
                    "achternaam": achter,
                    "geboortedatum": _datum_jaren_geleden(rng, self.vandaag, *leeftijd),
                    "straat": rng.choice(straten),
                    "huisnummer": rng.randint(1, 180),
                    "huisnummer_toevoeging": rng.choice(["", "", "", "", "A", "B", "-1", "-2"]),
                    "postcode": f"{postcode4[:3]}{rng.randint(0, 9)} {rng.choice(letters)}{rng.choice(letters)}",
                    "woonplaats": "Rivierstad",
                    "wijk_id": wijken[wijk_index].pk,
                    "telefoon": f"06-{rng.randint(10000000, 99999999)}" if rng.random() < 0.9 else "",
                    "email": f"inwoner{i + 1}@voorbeeld.invalid" if rng.random() < 0.7 else "",
                    "voorkeurstaal": rng.choices(talen, weights=[80, 4, 5, 4, 3, 2, 2])[0],
                    "account_id": None,
                    "laatste_contact": None,
                    "aangemaakt_op": aangemaakt,
                }
            )
        return rijen

    def _unieke_naam(self, vrouw: bool, gebruikt: set) -> tuple[str, str, str]:
        """A first and last name no one else in the demo has, while the name lists allow it: two people with one
        name side by side (in a proposal, a worklist) read as a mistake."""
        for _poging in range(40):
            tussen, achter = self.rng.choice(namen.ACHTERNAMEN)
            voornaam = self.rng.choice(namen.VOORNAMEN_V if vrouw else namen.VOORNAMEN_M)
            if (voornaam, tussen, achter) not in gebruikt:
                break
        gebruikt.add((voornaam, tussen, achter))
        return voornaam, tussen, achter

    def _huishoudens(self, inwoners: list[dict]) -> None:
        rng = self.rng
        huishoudens: list[dict] = []
        leden: list[dict] = []
        volgend_huishouden = self._volgend_id(Huishouden)

        def huishouden(inwoner, samenstelling, vanaf, tot=None) -> int:
            nonlocal volgend_huishouden
            huishoudens.append(
                {
                    "id": volgend_huishouden,
                    "inwoner_id": inwoner["id"],
                    "samenstelling": samenstelling,
                    "geldig_vanaf": vanaf,
                    "geldig_tot": tot,
                }
            )
            volgend_huishouden += 1
            return volgend_huishouden - 1

        for inwoner in inwoners:
            soort = rng.choices(["alleen", "ouder", "partner", "kostendeler"], weights=[52, 16, 17, 15])[0]
            sinds = self.vandaag - timedelta(days=rng.randint(60, 3000))
            if rng.random() < 0.12:
                # An earlier composition, closed the day before the current one began: households change over time.
                eerder = huishouden(
                    inwoner, Samenstelling.GEHUWD, sinds - timedelta(days=900), sinds - timedelta(days=1)
                )
                leden.append(self._partner(inwoner, eerder))
            if soort == "partner":
                samenstelling = rng.choice([Samenstelling.GEHUWD, Samenstelling.GEZAMENLIJKE_HUISHOUDING])
            else:
                samenstelling = Samenstelling.ALLEENSTAAND
            huidig = huishouden(inwoner, samenstelling, sinds)
            if soort == "ouder":
                leden += [self._kind(inwoner, huidig) for _ in range(rng.randint(1, 3))]
            elif soort == "partner":
                leden.append(self._partner(inwoner, huidig))
                leden += [self._kind(inwoner, huidig) for _ in range(rng.choice([0, 0, 1, 2, 3]))]
            elif soort == "kostendeler":
                leden += [self._medebewoner(huidig) for _ in range(rng.randint(1, 4))]
        self._insert(Huishouden, huishoudens, "huishoudens")
        self._insert(Huisgenoot, leden, "huisgenoten")

    def _lid(self, huishouden_id, relatie, achternaam, geboortedatum, soort="") -> dict:
        return {
            "huishouden_id": huishouden_id,
            "relatie": relatie,
            "achternaam": achternaam,
            "soort": soort,
            "voornaam": self.rng.choice(namen.ALLE_VOORNAMEN),
            "geboortedatum": geboortedatum,
        }

    def _partner(self, inwoner: dict, huishouden_id: int) -> dict:
        verschil = timedelta(days=self.rng.randint(-3650, 3650))
        geboren = min(inwoner["geboortedatum"] + verschil, self.vandaag - timedelta(days=18 * 366))
        return self._lid(huishouden_id, Relatie.PARTNER, inwoner["achternaam"], geboren)

    def _kind(self, inwoner: dict, huishouden_id: int) -> dict:
        ouder_leeftijd = (self.vandaag - inwoner["geboortedatum"]).days // 365
        max_jaar = max(0, min(17, ouder_leeftijd - 18))
        geboren = self.vandaag - timedelta(days=self.rng.randint(30, max_jaar * 365 + 300))
        return self._lid(huishouden_id, Relatie.KIND, inwoner["achternaam"], geboren)

    def _medebewoner(self, huishouden_id: int) -> dict:
        soort = self.rng.choices(list(SoortMedebewoner), weights=[55, 15, 15, 15])[0]
        jaren = (18, 24) if soort == SoortMedebewoner.STUDENT else (22, 80)
        tussen, achter = self.rng.choice(namen.ACHTERNAMEN)
        geboren = _datum_jaren_geleden(self.rng, self.vandaag, *jaren)
        return self._lid(huishouden_id, Relatie.MEDEBEWONER, f"{tussen} {achter}".strip(), geboren, soort)

    # --- who guides whom, and the contact history

    @staticmethod
    def _kies_klantmanagers(inwoners, teams, klantmanagers) -> dict[int, Gebruiker]:
        per_team = {team.pk: [km for km in klantmanagers if km.team_id == team.pk] for team in teams}
        return {
            inwoner["id"]: per_team[inwoner["team_id"]][(i // len(teams)) % len(per_team[inwoner["team_id"]])]
            for i, inwoner in enumerate(inwoners)
        }

    def _toewijzingen(self, inwoners, km_van, krachtcoaches) -> None:
        rijen = []
        for i, inwoner in enumerate(inwoners):
            km = km_van[inwoner["id"]]
            vanaf = self.vandaag - timedelta(days=self.rng.randint(14, 1500))
            rijen.append(
                {
                    "inwoner_id": inwoner["id"],
                    "medewerker_id": km.pk,
                    "rol": Rol.KLANTMANAGER.value,
                    "vanaf": vanaf,
                    "tot": None,
                }
            )
            if self.rng.random() < 0.3:
                kc = krachtcoaches[i % len(krachtcoaches)]
                rijen.append(
                    {
                        "inwoner_id": inwoner["id"],
                        "medewerker_id": kc.pk,
                        "rol": Rol.KRACHTCOACH.value,
                        "vanaf": vanaf + timedelta(days=self.rng.randint(0, 10)),
                        "tot": None,
                    }
                )
        self._insert(Toewijzing, rijen, "caseloadtoewijzingen")

    def _contactmomenten(self, inwoners, km_van) -> list[dict]:
        """Contact history; sets each inwoner's ``laatste_contact`` before the inwoners themselves are written."""
        rng = self.rng
        soorten = list(SoortContact)
        rijen = []
        aangemaakt = timezone.now()
        for inwoner in inwoners:
            for _ in range(rng.choices(range(9), weights=[6, 10, 14, 16, 16, 14, 10, 8, 6])[0]):
                datum = self.vandaag - timedelta(days=rng.randint(0, 720))
                rijen.append(
                    {
                        "inwoner_id": inwoner["id"],
                        "medewerker_id": km_van[inwoner["id"]].pk,
                        "datum": datum,
                        "soort": rng.choices(soorten, weights=[40, 10, 25, 5, 18, 2])[0],
                        "duur_minuten": rng.choice([10, 15, 20, 30, 45, 45, 60, 60, 75, 90]),
                        "samenvatting": rng.choice(namen.CONTACT_SAMENVATTINGEN).format(naam=inwoner["voornamen"]),
                        "aangemaakt_op": aangemaakt,
                    }
                )
                if inwoner["laatste_contact"] is None or datum > inwoner["laatste_contact"]:
                    inwoner["laatste_contact"] = datum
        return rijen

    def _inwoner_login(self, gemeente, inwoners, km_van, klantmanager) -> tuple[str, str, str]:
        eigen = [i for i in inwoners if km_van[i["id"]] == klantmanager] or inwoners
        # An adult of some years for the demo login; in a very small demo whoever is in the caseload.
        rij = next((i for i in eigen if i["geboortedatum"].year < 2000), eigen[0])
        inwoner = Inwoner.objects.get(pk=rij["id"])
        account = Gebruiker.objects.create(
            username="inwoner",
            password=make_password(DEMO_WACHTWOORD),
            rol=Rol.INWONER,
            gemeente=gemeente,
            first_name=inwoner.voornamen,
            last_name=f"{inwoner.tussenvoegsel} {inwoner.achternaam}".strip(),
        )
        Inwoner.objects.filter(pk=inwoner.pk).update(account=account)
        return ("inwoner", Rol.INWONER.label, f"{inwoner.volledige_naam}, in de caseload van 'klantmanager'")

    # --- fast writes

    @staticmethod
    def _volgend_id(model) -> int:
        return (model.objects.aggregate(hoogste=Max("pk"))["hoogste"] or 0) + 1

    def _insert(self, model, rijen: list[dict], fase: str) -> None:
        """Insert plain rows with executemany: Django model instances would cost more time than the database."""
        if not rijen:
            self.voortgang(fase, 0, 0)
            return
        velden = {f.attname: f for f in model._meta.concrete_fields}
        kolommen = [c for c in rijen[0] if c in velden]
        if "id" not in kolommen:
            eerste = self._volgend_id(model)
            for n, rij in enumerate(rijen):
                rij["id"] = eerste + n
            kolommen.insert(0, "id")
        tabel = connection.ops.quote_name(model._meta.db_table)
        # Only identifiers from our own model metadata go into the text; every value is a bound parameter.
        sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
            tabel,
            ", ".join(connection.ops.quote_name(velden[c].column) for c in kolommen),
            ", ".join(["%s"] * len(kolommen)),
        )
        omzetters = [_omzetter(velden[c]) for c in kolommen]
        with connection.cursor() as cursor:
            for start in range(0, len(rijen), CHUNK):
                deel = rijen[start : start + CHUNK]
                cursor.executemany(sql, [[z(r[c]) for c, z in zip(kolommen, omzetters, strict=True)] for r in deel])
                self.voortgang(fase, start + len(deel), len(rijen))

    @staticmethod
    def _reset_sequences() -> None:
        """After explicit ids, PostgreSQL's sequences must continue past them (SQLite needs nothing)."""
        from django.apps import apps

        modellen = [*apps.get_app_config("dossier").get_models(), *apps.get_app_config("inkomen").get_models()]
        statements = connection.ops.sequence_reset_sql(no_style(), modellen)
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def _omzetter(veld):
    """Database representation for the value types the generator writes."""
    if isinstance(veld, models.DateTimeField):
        return lambda waarde: connection.ops.adapt_datetimefield_value(waarde)
    if isinstance(veld, models.DateField):
        return lambda waarde: connection.ops.adapt_datefield_value(waarde)
    # Choices are enums; drivers would otherwise write an enum's name instead of its value.
    return lambda waarde: waarde.value if isinstance(waarde, enum.Enum) else waarde
