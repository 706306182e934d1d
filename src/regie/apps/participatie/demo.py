"""Demo data for participation: fictitious coordinates, places, profiles and placements for Rivierstad.

Everything is made up. Coordinates lie around an invented town centre; organisations and activities come from the
matching engine's fictitious city. Rows are written with ``bulk_create``; above ``MAX_PROFIELEN`` inwoners with a
krachtcoach only the first ones get a profile, so the demo stays fast for 100,000 inwoners.
"""

import math
import random
from datetime import date, timedelta
from decimal import Decimal

from django.db.models.functions import Substr

from regie.apps.accounts.models import Rol
from regie.apps.dossier.models import Inwoner, Toewijzing, Wijk
from regie.matching import synthetic

from .models import (
    BEZETTEND,
    Organisatie,
    Participatieprofiel,
    Plaatsing,
    Plek,
    Postcode,
    RedenEinde,
    Status,
    Toestemming,
)

CENTRUM = (52.0, 5.0)  # fictitious town centre
KM_LAT, KM_LON = 1 / 111.2, 1 / 68.5
MAX_PROFIELEN = 10_000
MAX_PLEKKEN = 400


def _wijkcentrum(i: int, aantal: int) -> tuple[float, float]:
    # Wijken on a ring of 2.5 km around the centre; the first one is the centre itself.
    if i == 0:
        return CENTRUM
    hoek = 2 * math.pi * (i - 1) / max(1, aantal - 1)
    return CENTRUM[0] + 2.5 * KM_LAT * math.sin(hoek), CENTRUM[1] + 2.5 * KM_LON * math.cos(hoek)


def _rond(rng: random.Random, centrum: tuple[float, float], km: float) -> tuple[float, float]:
    return round(centrum[0] + rng.gauss(0, km) * KM_LAT, 6), round(centrum[1] + rng.gauss(0, km) * KM_LON, 6)


def maak_demo(gemeente, rng: random.Random, vandaag: date) -> None:
    wijken = list(Wijk.objects.filter(gemeente=gemeente).order_by("pk"))
    if not wijken:
        return
    centra = {w.pk: _wijkcentrum(i, len(wijken)) for i, w in enumerate(wijken)}
    inwoners = Inwoner.objects.filter(gemeente=gemeente)
    _postcodes(inwoners, centra, rng)
    plekken = _plekken(gemeente, wijken, centra, rng, min(MAX_PLEKKEN, max(30, inwoners.count() // 10)))
    _profielen_en_plaatsingen(gemeente, plekken, rng, vandaag)


def _postcodes(inwoners, centra, rng) -> None:
    """Every four-digit postcode of the inwoners gets a point near the centre of the wijk it mostly belongs to."""
    paren = inwoners.annotate(pc4=Substr("postcode", 1, 4)).values_list("pc4", "wijk_id").distinct()
    punten = {}
    for pc4, wijk_id in paren:
        punten.setdefault(pc4, _rond(rng, centra[wijk_id], 0.4))
    Postcode.objects.bulk_create(
        [Postcode(postcode=pc4, lat=lat, lon=lon) for pc4, (lat, lon) in sorted(punten.items())],
        update_conflicts=True,
        unique_fields=["postcode"],
        update_fields=["lat", "lon"],
    )


def _plekken(gemeente, wijken, centra, rng, aantal: int) -> list[Plek]:
    organisaties: dict[str, Organisatie] = {}
    rijen = []
    for i in range(aantal):
        wijk = rng.choice(wijken)
        soort = rng.choice(synthetic.SOORTEN)
        naam = rng.choice(soort.organisaties).format(wijk=wijk.naam)
        organisaties.setdefault(naam, Organisatie(gemeente=gemeente, naam=naam))
        lat, lon = _rond(rng, centra[wijk.pk], 0.8)
        dagdelen = sorted({str(d) for d in rng.sample(synthetic.ALLE_DAGDELEN[:15], rng.randint(2, 5))})
        rijen.append(
            (
                naam,
                Plek(
                    gemeente=gemeente,
                    code=f"DEMO-{i + 1:04d}",
                    activiteit=soort.activiteit,
                    omschrijving=rng.choice(soort.omschrijvingen) + rng.choice(synthetic.EXTRA_ZINNEN),
                    wijk=wijk,
                    lat=lat,
                    lon=lon,
                    tags=sorted(t.value for t in soort.tags),
                    dagdelen=dagdelen,
                    uren_per_week=Decimal(rng.choice((2, 3, 4, 6, 8))),
                    capaciteit=rng.randint(1, 6),
                    gezelschap=soort.gezelschap.value,
                    omgeving=soort.omgeving.value,
                    rolstoeltoegankelijk=rng.random() < 0.6,
                    rustig=rng.random() < soort.rustig,
                    zwaar_tillen=rng.random() < soort.zwaar_tillen,
                    dieren_aanwezig=rng.random() < max(soort.dieren, 0.05),
                    begeleiding=rng.random() < 0.5,
                    min_taalniveau=int(soort.min_taal),
                ),
            )
        )
    Organisatie.objects.bulk_create(list(organisaties.values()), ignore_conflicts=True)
    per_naam = {o.naam: o for o in Organisatie.objects.filter(gemeente=gemeente)}
    for naam, plek in rijen:
        plek.organisatie = per_naam[naam]
    return Plek.objects.bulk_create([plek for _naam, plek in rijen])


def _profielen_en_plaatsingen(gemeente, plekken, rng, vandaag) -> None:
    coach_van = dict(
        Toewijzing.objects.filter(inwoner__gemeente=gemeente, rol=Rol.KRACHTCOACH, tot__isnull=True)
        .order_by("inwoner_id")
        .values_list("inwoner_id", "medewerker_id")[:MAX_PROFIELEN]
    )
    bronnen = synthetic.genereer_profielen(len(coach_van), seed=rng.randrange(1_000_000))
    profielen = []
    for (inwoner_id, _coach), bron in zip(coach_van.items(), bronnen, strict=True):
        toestemming = rng.random() < 0.85
        profielen.append(
            Participatieprofiel(
                inwoner_id=inwoner_id,
                talenten="\n".join(bron.talenten),
                hobbys="\n".join(bron.hobbys),
                passies="\n".join(bron.passies),
                tags=sorted(t.value for t in bron.tags),
                gezelschap=bron.gezelschap.value,
                omgeving=bron.omgeving.value,
                beschikbaar=sorted(str(d) for d in bron.beschikbaar),
                uren_per_week=Decimal(int(bron.uren_per_week)),
                reismodus=bron.reismodus.value,
                straal_km=Decimal(str(bron.straal_km)),
                beperkingen=sorted(b.value for b in bron.beperkingen),
                taalniveau=int(bron.taalniveau),
                toestemming=toestemming,
                toestemming_via=Toestemming.MONDELING if toestemming else "",
            )
        )
    Participatieprofiel.objects.bulk_create(profielen, batch_size=2000)
    _plaatsingen([p for p in profielen if p.toestemming], coach_van, plekken, rng, vandaag)


def _plaatsingen(profielen, coach_van, plekken, rng, vandaag) -> None:
    """About one in five people with consent has a placement; capacity is respected as in the application."""
    bezet = dict.fromkeys((p.pk for p in plekken), 0)
    rijen = []
    for profiel in profielen:
        if rng.random() > 0.2:
            continue
        plek = rng.choice(plekken)
        status = rng.choices(
            [Status.VOORGESTELD, Status.KENNISMAKING, Status.GESTART, Status.GEEVALUEERD, Status.BEEINDIGD],
            weights=[15, 15, 40, 10, 20],
        )[0]
        if status in BEZETTEND and bezet[plek.pk] >= plek.capaciteit:
            status = Status.VOORGESTELD
        bezet[plek.pk] += status in BEZETTEND
        begin = vandaag - timedelta(days=rng.randint(20, 300))
        rijen.append(
            Plaatsing(
                inwoner_id=profiel.inwoner_id,
                plek=plek,
                status=status,
                uren_per_week=min(plek.uren_per_week, profiel.uren_per_week or plek.uren_per_week),
                kennismaking_op=None if status == Status.VOORGESTELD else begin,
                gestart_op=begin + timedelta(days=7) if status in (Status.GESTART, Status.GEEVALUEERD) else None,
                afgerond_op=begin + timedelta(days=90) if status in (Status.GEEVALUEERD, Status.BEEINDIGD) else None,
                reden_einde=rng.choice(RedenEinde.values) if status == Status.BEEINDIGD else "",
                toelichting="Het ging goed; graag nog een keer." if status == Status.GEEVALUEERD else "",
                voorgesteld_door_id=coach_van[profiel.inwoner_id],
            )
        )
    Plaatsing.objects.bulk_create(rijen, batch_size=2000)
