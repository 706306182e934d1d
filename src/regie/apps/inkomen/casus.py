"""Read the stored facts of inwoners into engine cases (plain dicts for ``regie.rules.case_from_dict``).

Loads a whole chunk of inwoners in a handful of queries, so that recalculating a city costs no query per person.
"""

from collections import defaultdict
from datetime import date

from regie.apps.dossier.models import Huisgenoot, Huishouden, Inwoner, Relatie

from .afstemming import einddatum
from .models import Inkomstenbron, Maatregel, StatusMaatregel, Uitkeringsgegevens, Vermogensbestanddeel


def _datum(waarde: date | None) -> str | None:
    return waarde.isoformat() if waarde else None


def casussen(inwoner_ids: list[int], peildatum: date) -> dict[int, dict]:
    """The case of each inwoner on ``peildatum``: household as it was then, income and assets valid then."""
    inwoners = dict(Inwoner.objects.filter(pk__in=inwoner_ids).values_list("pk", "geboortedatum"))
    huishouden_van = dict(
        Huishouden.objects.filter(inwoner_id__in=inwoner_ids).geldig_op(peildatum).values_list("pk", "inwoner_id")
    )
    leden: dict[int, list[dict]] = defaultdict(list)
    # Someone born after the peildatum was not yet part of the household then.
    for lid in Huisgenoot.objects.filter(huishouden_id__in=list(huishouden_van), geboortedatum__lte=peildatum).values(
        "huishouden_id", "relatie", "geboortedatum", "soort"
    ):
        leden[huishouden_van[lid["huishouden_id"]]].append(lid)
    inkomsten: dict[int, list[dict]] = defaultdict(list)
    for bron in (
        Inkomstenbron.objects.filter(inwoner_id__in=inwoner_ids)
        .geldig_op(peildatum)
        .values("inwoner_id", "van", "soort", "netto_per_maand", "vrijlating_sinds")
    ):
        inkomsten[bron["inwoner_id"]].append(
            {
                "soort": bron["soort"],
                "netto_per_maand": str(bron["netto_per_maand"]),
                "van": bron["van"],
                **({"vrijlating_sinds": _datum(bron["vrijlating_sinds"])} if bron["vrijlating_sinds"] else {}),
            }
        )
    vermogen: dict[int, list[dict]] = defaultdict(list)
    for deel in (
        Vermogensbestanddeel.objects.filter(inwoner_id__in=inwoner_ids)
        .geldig_op(peildatum)
        .values("inwoner_id", "soort", "bedrag")
    ):
        vermogen[deel["inwoner_id"]].append({"soort": deel["soort"], "bedrag": str(deel["bedrag"])})
    gegevens = {
        g["inwoner_id"]: g
        for g in Uitkeringsgegevens.objects.filter(inwoner_id__in=inwoner_ids).values(
            "inwoner_id", "in_inrichting", "ouders_kunnen_niet_bijdragen", "medisch_urenbeperkt", "giften_per_jaar"
        )
    }
    maatregelen = _maatregelen(inwoner_ids, peildatum)

    uit = {}
    for pk, geboortedatum in inwoners.items():
        huisgenoten = leden.get(pk, [])
        partner = next((h for h in huisgenoten if h["relatie"] == Relatie.PARTNER), None)
        extra = gegevens.get(pk, {})
        casus = {
            "peildatum": peildatum.isoformat(),
            "aanvrager": {"geboortedatum": _datum(geboortedatum)},
            "kinderen": [
                {"geboortedatum": _datum(h["geboortedatum"])} for h in huisgenoten if h["relatie"] == Relatie.KIND
            ],
            "medebewoners": [
                {"geboortedatum": _datum(h["geboortedatum"]), "soort": h["soort"] or "overig"}
                for h in huisgenoten
                if h["relatie"] == Relatie.MEDEBEWONER
            ],
            "inkomsten": inkomsten.get(pk, []),
            "vermogen": vermogen.get(pk, []),
            "in_inrichting": bool(extra.get("in_inrichting")),
            "ouders_kunnen_niet_bijdragen": bool(extra.get("ouders_kunnen_niet_bijdragen")),
            "medisch_urenbeperkt": bool(extra.get("medisch_urenbeperkt")),
            "giften_per_jaar": str(extra.get("giften_per_jaar") or "0.00"),
        }
        if partner:
            casus["partner"] = {"geboortedatum": _datum(partner["geboortedatum"])}
        if pk in maatregelen:
            casus["maatregel"] = maatregelen[pk]
        uit[pk] = casus
    return uit


def _maatregelen(inwoner_ids: list[int], peildatum: date) -> dict[int, dict]:
    """Art. 18 lid 2: the decided maatregel whose period holds ``peildatum``, per inwoner.

    Periods of two decided maatregelen may overlap; the engine takes one lowering per month, so the highest
    percentage counts (the later decision when equal) and docs/berekening.md records that choice.
    """
    uit: dict[int, tuple] = {}
    rijen = (
        Maatregel.objects.filter(
            inwoner_id__in=inwoner_ids,
            status=StatusMaatregel.BESLOTEN,
            ingangsdatum__isnull=False,
            ingangsdatum__lte=peildatum,
        )
        .order_by("pk")
        .values_list("inwoner_id", "percentage", "duur_maanden", "ingangsdatum", "verplichting")
    )
    for inwoner_id, percentage, duur, van, verplichting in rijen:
        tot = einddatum(van, duur)
        if peildatum > tot:
            continue
        if inwoner_id not in uit or percentage >= uit[inwoner_id][0]:
            uit[inwoner_id] = (percentage, van, tot, verplichting)
    return {
        pk: {"procent": str(p), "van": van.isoformat(), "tot": tot.isoformat(), "grond": verplichting}
        for pk, (p, van, tot, verplichting) in uit.items()
    }
