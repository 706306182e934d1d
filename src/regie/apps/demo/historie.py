"""Several years of plausible history for the steering dashboards, simulated month by month from stated assumptions.

Nothing about outcomes is written in by hand: each inwoner is simulated from these assumptions, and the relation
between time invested and outcome on the dashboard is whatever follows from them (documented in docs/indicatoren.md).

1. **Intake**: every inwoner starts a benefit period on a random day in the last ``jaren`` years, on a ladder rung
   drawn from 1–4 (more people low on the ladder than high: weights 3, 4, 3, 2).
2. **Guidance intensity** differs per inwoner and is fixed for the period: 0.2 to 1.5 contacts a month (uniform),
   e.g. because of caseload size; a contact takes 20–90 minutes. Contacts are recorded per quarter as one moment.
3. **Climbing the ladder**: each month the chance to go up one rung is 1% plus 2% per monthly contact (guidance
   helps people take steps: the assumption behind the issue). Each month there is a 1% chance to go down a rung.
4. **Outflow**: each month on benefit the chance to leave for work is 0.4% per rung above 2 (rung 6: 1.6%), and
   0.3% for another reason (moving, other income, a partner).
5. **Return**: after leaving for work, each month in the first 24 months the chance to return is 4% when they left
   from rung 3 or 4 and 1.5% from rung 5 or 6 (work found from further away is more fragile).
6. **Measurements**: the ladder is measured at intake and every six months while on benefit.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

MAANDEN_PER_JAAR = 12


@dataclass
class Historie:
    perioden: list = field(default_factory=list)  # (inwoner_id, begin, einde|None, reden)
    contacten: list = field(default_factory=list)  # (inwoner_id, medewerker_id, datum, minuten)
    metingen: list = field(default_factory=list)  # (inwoner_id, datum, trede, moment)


def _plus_maanden(dag: date, maanden: int) -> date:
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    return date(dag.year + jaar, maand + 1, min(dag.day, 28))


def simuleer(inwoners: list[tuple[int, int]], *, vandaag: date, jaren: int = 5, seed: int = 1) -> Historie:
    """``inwoners``: (inwoner_id, klantmanager_id) pairs. Pure simulation: returns rows, writes nothing."""
    rng = random.Random(seed)
    h = Historie()
    totaal = jaren * MAANDEN_PER_JAAR
    for inwoner_id, km_id in inwoners:
        begin = vandaag - timedelta(days=rng.randrange(jaren * 365))
        trede = rng.choices([1, 2, 3, 4], weights=[3, 4, 3, 2])[0]
        intensiteit = rng.uniform(0.2, 1.5)
        op_uitkering, periode_begin, uit_op, uit_trede = True, begin, None, trede
        h.metingen.append((inwoner_id, begin, trede, "intake"))
        kwartaal_minuten = 0
        for m in range(1, totaal + 1):
            dag = _plus_maanden(begin, m)
            if dag > vandaag:
                break
            if op_uitkering:
                contacten = sum(rng.random() < intensiteit / 2 for _ in range(2))
                kwartaal_minuten += sum(rng.randint(20, 90) for _ in range(contacten))
                if m % 3 == 0 and kwartaal_minuten:
                    h.contacten.append((inwoner_id, km_id, dag, min(kwartaal_minuten, 600)))
                    kwartaal_minuten = 0
                if trede < 6 and rng.random() < 0.01 + 0.02 * intensiteit:
                    trede += 1
                elif trede > 1 and rng.random() < 0.01:
                    trede -= 1
                if m % 6 == 0:
                    h.metingen.append((inwoner_id, dag, trede, "tussentijds"))
                if rng.random() < 0.004 * max(trede - 2, 0):
                    h.perioden.append((inwoner_id, periode_begin, dag, "werk"))
                    op_uitkering, uit_op, uit_trede = False, dag, trede
                elif rng.random() < 0.003:
                    h.perioden.append((inwoner_id, periode_begin, dag, rng.choice(["verhuizing", "ander_inkomen"])))
                    break
            else:
                kans = 0.04 if uit_trede <= 4 else 0.015
                if (dag - uit_op).days <= 730 and rng.random() < kans:
                    op_uitkering, periode_begin = True, dag + timedelta(days=1)
                    trede = max(trede - 1, 1)
                    h.metingen.append((inwoner_id, periode_begin, trede, "intake"))
        if op_uitkering:
            h.perioden.append((inwoner_id, periode_begin, None, ""))
    return h


def bewaar(h: Historie, *, batch: int = 5000) -> None:
    """Write the simulated rows with bulk_create."""
    from django.db.models import OuterRef, Subquery

    from regie.apps.dossier.models import Contactmoment, Inwoner
    from regie.apps.plan.models import LadderMeting
    from regie.apps.sturing.models import Uitkeringsperiode

    Uitkeringsperiode.objects.bulk_create(
        [Uitkeringsperiode(inwoner_id=i, begin=b, einde=e, reden_einde=r) for i, b, e, r in h.perioden], batch
    )
    Contactmoment.objects.bulk_create(
        [
            Contactmoment(
                inwoner_id=i,
                medewerker_id=k,
                datum=d,
                soort="gesprek",
                duur_minuten=mi,
                samenvatting="Begeleidingsgesprekken van dit kwartaal.",
            )
            for i, k, d, mi in h.contacten
        ],
        batch,
    )
    # The dossier keeps the date of the last contact on the inwoner; bring it up to date in one statement.
    laatste = Contactmoment.objects.filter(inwoner=OuterRef("pk")).order_by("-datum").values("datum")[:1]
    Inwoner.objects.update(laatste_contact=Subquery(laatste))
    door = {i: k for i, k, _d, _m in h.contacten}
    LadderMeting.objects.bulk_create(
        [
            LadderMeting(inwoner_id=i, datum=d, trede=t, moment=mo, door_id=door.get(i) or next(iter(door.values())))
            for i, d, t, mo in h.metingen
        ],
        batch,
    )
