"""Demo data for the plan: goals in natural Dutch, steps, ruler scores over time, ladder and self-reliance histories
and obstacles (some linked to an exemption). Appointments and messages are the portal's (``portaal.demo``).

Above ``MAX_INWONERS`` only that many inwoners get a plan (the demo login always does): a demo of 100,000 is about
volume of the caseload, and the plan data of a few thousand people shows everything the pages do.
"""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from regie.apps.accounts.models import Rol
from regie.apps.dossier.models import Inwoner, Toewijzing
from regie.apps.inkomen.models import Ontheffing

from . import demo_teksten as t
from .instrumenten import Domein
from .models import (
    Belemmering,
    Checkin,
    Doel,
    LadderMeting,
    Plan,
    Stap,
    ZelfredzaamheidMeting,
    ZelfredzaamheidScore,
)

MAX_INWONERS = 1000
BATCH = 2000
GEDEELD_MET_KRACHTCOACH = {"werk", "dagbesteding", "sociale_contacten", "leren"}


def _moment(datum: date) -> datetime:
    return timezone.make_aware(datetime.combine(datum, time(10, 0)))


def _schuif(rng: random.Random, waarde: int, laag: int, hoog: int, omhoog: float = 0.6) -> int:
    """A small, mostly upward step: people move, but not in a straight line."""
    stap = rng.choice([0, 1, 1, 2]) if rng.random() < omhoog else -rng.choice([0, 1])
    return max(laag, min(hoog, waarde + stap))


@transaction.atomic
def maak_demo(gemeente, rng: random.Random, vandaag: date) -> None:
    eerst_met_account = Inwoner.objects.filter(gemeente=gemeente).order_by("account_id", "pk")
    ids = list(eerst_met_account.filter(account__isnull=False).values_list("pk", flat=True))
    ids += list(eerst_met_account.filter(account__isnull=True).values_list("pk", flat=True)[:MAX_INWONERS])
    km_van, kc_van = {}, {}
    for inwoner_id, medewerker_id, rol in (
        Toewijzing.objects.actief(vandaag).filter(inwoner_id__in=ids).values_list("inwoner_id", "medewerker_id", "rol")
    ):
        (km_van if rol == Rol.KLANTMANAGER else kc_van)[inwoner_id] = medewerker_id
    ids = [i for i in ids if i in km_van]
    account_van = dict(Inwoner.objects.filter(pk__in=ids, account__isnull=False).values_list("pk", "account_id"))

    plannen = Plan.objects.bulk_create(
        [Plan(inwoner_id=i, aangemaakt_op=_moment(vandaag - timedelta(days=rng.randint(60, 700)))) for i in ids],
        batch_size=BATCH,
    )
    _doelen(rng, vandaag, plannen, km_van, kc_van, account_van)
    _instrumenten(rng, vandaag, ids, km_van, kc_van)
    _belemmeringen(rng, vandaag, ids, km_van)


def _reeks(rng, start: date, vandaag: date) -> list[tuple[date, int, int]]:
    """Ruler scores over time for one goal: (date, importance, confidence) at every check-in."""
    belang, vertrouwen, datum, uit = rng.randint(4, 10), rng.randint(1, 7), start, []
    while datum <= vandaag:
        uit.append((datum, belang, vertrouwen))
        datum += timedelta(days=rng.randint(40, 90))
        belang, vertrouwen = _schuif(rng, belang, 0, 10, 0.5), _schuif(rng, vertrouwen, 0, 10)
    return uit


def _doelen(rng, vandaag, plannen, km_van, kc_van, account_van) -> None:
    doelen, gekozen = [], []
    for plan in plannen:
        start = plan.aangemaakt_op.date()
        for tekst, leefgebied, stappen in rng.sample(t.DOELEN, rng.choice([1, 2, 2, 3])):
            auteur = account_van.get(plan.inwoner_id) if rng.random() < 0.3 else None
            reeks = _reeks(rng, start, vandaag)
            bereikt = rng.random() < 0.12
            gebied = leefgebied if rng.random() < 0.85 else ""
            doelen.append(
                Doel(
                    plan=plan,
                    eigen_woorden=tekst,
                    leefgebied=gebied,
                    # Inwoners with a krachtcoach share their goals about meedoen with them; never money or health.
                    gedeeld_met_krachtcoach=plan.inwoner_id in kc_van and gebied in GEDEELD_MET_KRACHTCOACH,
                    belang=reeks[-1][1],  # the goal shows the latest scores, as after a real check-in
                    vertrouwen=reeks[-1][2],
                    geschreven_door_id=auteur or km_van[plan.inwoner_id],
                    status="bereikt" if bereikt else "lopend",
                    reden="Gelukt, met hulp van mensen om me heen." if bereikt else "",
                    afgesloten_op=vandaag - timedelta(days=rng.randint(1, 30)) if bereikt else None,
                    aangemaakt_op=_moment(start),
                )
            )
            gekozen.append((plan.inwoner_id, stappen, reeks))
    doelen = Doel.objects.bulk_create(doelen, batch_size=BATCH)
    stappen, checkins = [], []
    for doel, (inwoner_id, stap_teksten, reeks) in zip(doelen, gekozen, strict=True):
        start = doel.aangemaakt_op.date()
        for n, (wat, wie) in enumerate(stap_teksten):
            uiterlijk = start + timedelta(days=14 * (n + 1) + rng.randint(0, 20))
            gedaan = uiterlijk < vandaag - timedelta(days=7) and rng.random() < 0.75
            if n == len(stap_teksten) - 1 and doel.status == "lopend":
                # Every running goal has a next step coming up (or just overdue): what the worklist is for.
                uiterlijk, gedaan = vandaag + timedelta(days=rng.randint(-3, 21)), False
            if wie == "krachtcoach" and inwoner_id not in kc_van:
                wie = "klantmanager"
            stappen.append(
                Stap(
                    doel=doel,
                    wat=wat,
                    wie=wie,
                    wie_anders=rng.choice(t.ANDERE) if wie == "ander" else "",
                    uiterlijk=uiterlijk,
                    status="gedaan" if gedaan else "open",
                    gedaan_op=min(uiterlijk, vandaag) if gedaan else None,
                    notitie=rng.choice(t.NOTITIES) if gedaan else "",
                    aangemaakt_op=_moment(start),
                )
            )
        checkins += [
            Checkin(
                doel=doel,
                datum=datum,
                belang=belang,
                vertrouwen=vertrouwen,
                voortgang=rng.choice(t.VOORTGANG) if datum != start else "",
                door_id=km_van[inwoner_id],
            )
            for datum, belang, vertrouwen in reeks
        ]
    Stap.objects.bulk_create(stappen, batch_size=BATCH)
    Checkin.objects.bulk_create(checkins, batch_size=BATCH)


def _instrumenten(rng, vandaag, ids, km_van, kc_van) -> None:
    ladder, metingen, scores_per = [], [], []
    domeinen = list(Domein.values)
    for inwoner_id in ids:
        door = km_van[inwoner_id]
        intake = vandaag - timedelta(days=rng.randint(120, 900))
        momenten = [intake]
        # Follow-ups every five months to a year, none after today: a measurement is something that happened.
        while (volgende := momenten[-1] + timedelta(days=rng.randint(150, 365))) <= vandaag:
            momenten.append(volgende)
        trede = rng.choices([1, 2, 3, 4, 5], weights=[10, 30, 30, 20, 10])[0]
        for n, datum in enumerate(momenten):
            moment = "intake" if n == 0 else "heronderzoek"
            ladder.append(LadderMeting(inwoner_id=inwoner_id, datum=datum, moment=moment, trede=trede, door_id=door))
            trede = _schuif(rng, trede, 1, 6, 0.45)
        niveaus = {d: rng.choices([1, 2, 3, 4, 5], weights=[5, 20, 35, 30, 10])[0] for d in domeinen}
        for n, datum in enumerate(momenten[:3]):
            metingen.append(
                ZelfredzaamheidMeting(
                    inwoner_id=inwoner_id,
                    datum=datum,
                    moment="intake" if n == 0 else "heronderzoek",
                    door_id=kc_van.get(inwoner_id, door) if n and rng.random() < 0.3 else door,
                )
            )
            scores_per.append(dict(niveaus))
            niveaus = {d: _schuif(rng, v, 1, 5, 0.4) for d, v in niveaus.items()}
    LadderMeting.objects.bulk_create(ladder, batch_size=BATCH)
    metingen = ZelfredzaamheidMeting.objects.bulk_create(metingen, batch_size=BATCH)
    ZelfredzaamheidScore.objects.bulk_create(
        [
            ZelfredzaamheidScore(meting=meting, domein=domein, niveau=niveau)
            for meting, scores in zip(metingen, scores_per, strict=True)
            for domein, niveau in scores.items()
        ],
        batch_size=BATCH * 5,
    )


def _belemmeringen(rng, vandaag, ids, km_van) -> None:
    ontheffing_van = {}
    for ontheffing in Ontheffing.objects.filter(inwoner_id__in=ids).only("pk", "inwoner_id", "reden"):
        ontheffing_van.setdefault(ontheffing.inwoner_id, ontheffing)
    rijen, links = [], []
    for inwoner_id in ids:
        ontheffing = ontheffing_van.get(inwoner_id)
        soorten = []
        if ontheffing is not None:
            soorten.append("zorgtaken" if ontheffing.reden == "zorgtaken" else "gezondheid")
        if rng.random() < 0.35:
            soorten.append(rng.choice(list(t.BELEMMERINGEN)))
        for n, soort in enumerate(dict.fromkeys(soorten)):
            omschrijving, helpt, medisch = rng.choice(t.BELEMMERINGEN[soort])
            rijen.append(
                Belemmering(
                    inwoner_id=inwoner_id,
                    soort=soort,
                    omschrijving=omschrijving,
                    wat_helpt=helpt,
                    medisch=medisch,
                    vastgelegd_door_id=km_van[inwoner_id],
                    vastgelegd_op=vandaag - timedelta(days=rng.randint(10, 400)),
                )
            )
            links.append(ontheffing if n == 0 and ontheffing is not None else None)
    rijen = Belemmering.objects.bulk_create(rijen, batch_size=BATCH)
    Koppeling = Belemmering.ontheffingen.through
    Koppeling.objects.bulk_create(
        [Koppeling(belemmering_id=b.pk, ontheffing_id=o.pk) for b, o in zip(rijen, links, strict=True) if o],
        batch_size=BATCH,
    )
