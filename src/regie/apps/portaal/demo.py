"""Demo data for the portal: upcoming appointments and a message thread for inwoners who have a plan."""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from regie.apps.accounts.models import Rol
from regie.apps.dossier.models import Inwoner, Toewijzing
from regie.apps.plan import demo_teksten as t
from regie.apps.plan.models import Plan

from .models import Afspraak, Bericht

BATCH = 2000


@transaction.atomic
def maak_demo(gemeente, rng: random.Random, vandaag: date) -> None:
    ids = list(Plan.objects.filter(inwoner__gemeente=gemeente).order_by("pk").values_list("inwoner_id", flat=True))
    km_van = dict(
        Toewijzing.objects.actief(vandaag)
        .filter(inwoner_id__in=ids, rol=Rol.KLANTMANAGER)
        .values_list("inwoner_id", "medewerker_id")
    )
    ids = [i for i in ids if i in km_van]
    account_van = dict(Inwoner.objects.filter(pk__in=ids, account__isnull=False).values_list("pk", "account_id"))
    afspraken, berichten = [], []
    for inwoner_id in ids:
        if rng.random() < 0.6:
            dag = vandaag + timedelta(days=rng.randint(1, 40))
            afspraken.append(
                Afspraak(
                    inwoner_id=inwoner_id,
                    wanneer=timezone.make_aware(datetime.combine(dag, time(rng.choice([9, 10, 11, 13, 14, 15]), 30))),
                    plaats=rng.choice(["Stadskantoor, Markt 1", "Telefonisch", "Wijkcentrum De Brug", "Bij u thuis"]),
                    met_wie="Uw klantmanager",
                    onderwerp=rng.choice(["Hoe gaat het met uw plan?", "Kennismaking", "Heronderzoek", "Uw doelen"]),
                    aangemaakt_door_id=km_van[inwoner_id],
                )
            )
        if inwoner_id in account_van or rng.random() < 0.25:
            moment = timezone.now() - timedelta(days=rng.randint(5, 30))
            for n in range(rng.randint(2, 4)):
                van_inwoner = n % 2 == 1 and inwoner_id in account_van
                tekst = rng.choice(t.BERICHTEN_INWONER if van_inwoner else t.BERICHTEN_KM)
                afzender = account_van[inwoner_id] if van_inwoner else km_van[inwoner_id]
                berichten.append(Bericht(inwoner_id=inwoner_id, afzender_id=afzender, tekst=tekst, verstuurd_op=moment))
                moment += timedelta(hours=rng.randint(2, 60))
    Afspraak.objects.bulk_create(afspraken, batch_size=BATCH)
    Bericht.objects.bulk_create(berichten, batch_size=BATCH)
