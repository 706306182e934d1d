"""Demo rechtmatigheid data: income, assets, obligations, exemptions and planned reviews for generated inwoners.

Plausible shares, not statistics: about a quarter works part-time with the work-income disregard, most have a small
bank balance, a few have an exemption (care duties, health) that ends within the coming months.
"""

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from regie.apps.inkomen.models import (
    Heronderzoek,
    Inkomstenbron,
    Ontheffing,
    RedenOntheffing,
    SoortInkomen,
    SoortVermogen,
    SoortVerplichting,
    StatusVerplichting,
    Uitkeringsgegevens,
    Vermogensbestanddeel,
    Verplichting,
)

BANEN = ["schoonmaak", "supermarkt", "bezorging", "horeca", "thuiszorg", "magazijn", "kinderopvang", "callcenter"]


def _bedrag(rng: random.Random, laag: int, hoog: int) -> Decimal:
    return Decimal(rng.randint(laag * 100, hoog * 100)) / 100


def maak_financien(
    rng: random.Random,
    inwoners: list[dict],
    km_van: dict,
    vandaag: date,
    insert: Callable[[type, list[dict], str], None],
) -> None:
    inkomsten, vermogen, gegevens, verplichtingen, ontheffingen, heronderzoeken = [], [], [], [], [], []
    for inwoner in inwoners:
        pk = inwoner["id"]
        leeftijd = (vandaag - inwoner["geboortedatum"]).days // 365
        sinds = vandaag - timedelta(days=rng.randint(30, 900))
        kans = rng.random()
        if kans < 0.25 and leeftijd < 67:
            start = vandaag - timedelta(days=rng.randint(10, 400))
            inkomsten.append(
                {
                    "inwoner_id": pk,
                    "van": "aanvrager",
                    "soort": SoortInkomen.ARBEID,
                    "omschrijving": f"parttime {rng.choice(BANEN)}",
                    "netto_per_maand": _bedrag(rng, 150, 950),
                    "vrijlating_sinds": start if leeftijd >= 27 else None,
                    "geldig_vanaf": start,
                    "geldig_tot": None,
                }
            )
        elif kans < 0.33:
            inkomsten.append(
                {
                    "inwoner_id": pk,
                    "van": "aanvrager",
                    "soort": SoortInkomen.UITKERING,
                    "omschrijving": "deeltijd WW",
                    "netto_per_maand": _bedrag(rng, 100, 700),
                    "vrijlating_sinds": None,
                    "geldig_vanaf": sinds,
                    "geldig_tot": None,
                }
            )
        elif kans < 0.37:
            inkomsten.append(
                {
                    "inwoner_id": pk,
                    "van": "aanvrager",
                    "soort": SoortInkomen.ALIMENTATIE,
                    "omschrijving": "",
                    "netto_per_maand": _bedrag(rng, 50, 400),
                    "vrijlating_sinds": None,
                    "geldig_vanaf": sinds,
                    "geldig_tot": None,
                }
            )
        if rng.random() < 0.7:
            vermogen.append(
                {
                    "inwoner_id": pk,
                    "soort": SoortVermogen.BANK,
                    "omschrijving": "betaalrekening",
                    "bedrag": _bedrag(rng, 0, 6500),
                    "geldig_vanaf": sinds,
                    "geldig_tot": None,
                }
            )
        if rng.random() < 0.08:
            vermogen.append(
                {
                    "inwoner_id": pk,
                    "soort": SoortVermogen.VOERTUIG,
                    "omschrijving": "auto",
                    "bedrag": _bedrag(rng, 500, 4000),
                    "geldig_vanaf": sinds,
                    "geldig_tot": None,
                }
            )
        if rng.random() < 0.05:
            gegevens.append(
                {
                    "inwoner_id": pk,
                    "in_inrichting": False,
                    "ouders_kunnen_niet_bijdragen": leeftijd < 21,
                    "medisch_urenbeperkt": rng.random() < 0.5,
                    "giften_per_jaar": _bedrag(rng, 0, 1500),
                }
            )
        if leeftijd < 67:
            verplichtingen.append(
                {
                    "inwoner_id": pk,
                    "soort": SoortVerplichting.ARBEIDSVERPLICHTING,
                    "status": StatusVerplichting.GELDT,
                    "toelichting": "",
                }
            )
            if rng.random() < 0.3:
                verplichtingen.append(
                    {
                        "inwoner_id": pk,
                        "soort": SoortVerplichting.TEGENPRESTATIE,
                        "status": StatusVerplichting.GELDT,
                        "toelichting": "enkele uren per week",
                    }
                )
            if rng.random() < 0.08:
                tot = vandaag + timedelta(days=rng.randint(5, 150))
                reden = rng.choice([RedenOntheffing.ZORGTAKEN, RedenOntheffing.GEZONDHEID])
                ontheffingen.append(
                    {
                        "inwoner_id": pk,
                        "verplichting": SoortVerplichting.ARBEIDSVERPLICHTING,
                        "reden": reden,
                        "toelichting": "Besproken en vastgelegd na huisbezoek.",
                        "vanaf": tot - timedelta(days=180),
                        "tot": tot,
                        "besloten_door_id": km_van[pk].pk,
                    }
                )
        if rng.random() < 0.1:
            heronderzoeken.append(
                {
                    "inwoner_id": pk,
                    "gepland_op": vandaag + timedelta(days=rng.randint(-5, 60)),
                    "afgerond_op": None,
                    "berekening_id": None,
                    "gesprek": "",
                    "afgerond_door_id": None,
                }
            )
    insert(Inkomstenbron, inkomsten, "inkomstenbronnen")
    insert(Vermogensbestanddeel, vermogen, "vermogen")
    insert(Uitkeringsgegevens, gegevens, "uitkeringsgegevens")
    insert(Verplichting, verplichtingen, "verplichtingen")
    insert(Ontheffing, ontheffingen, "ontheffingen")
    insert(Heronderzoek, heronderzoeken, "heronderzoeken")
