"""Move each herberekening's progress onto a background job (Taak), and fill the pointer to the current calculation.

A herberekening that was still "waiting" or "running" (its process died with it) becomes a waiting job that resumes
after its last stored chunk; when several ran at once for one municipality, only the newest is kept running.
"""

from django.db import migrations
from django.db.models import Max


def naar_taak(apps, schema_editor):
    Herberekening = apps.get_model("inkomen", "Herberekening")
    Berekening = apps.get_model("inkomen", "Berekening")
    Inwoner = apps.get_model("dossier", "Inwoner")
    Taak = apps.get_model("taken", "Taak")
    lopend_gezien = set()
    for h in Herberekening.objects.order_by("-gestart_op", "-pk"):
        status, melding, cursor, verwerkt = h.status, h.melding, None, h.verwerkt
        if status in ("wachtend", "bezig"):
            if h.gemeente_id in lopend_gezien:
                status, melding = "geannuleerd", "Tegelijk met een andere herberekening gestart; afgebroken."
            else:
                lopend_gezien.add(h.gemeente_id)
                status = "wachtend"
                melding = "Was onderbroken; gaat verder na het laatste opgeslagen deel."
                cursor = Berekening.objects.filter(herberekening_id=h.pk).aggregate(m=Max("inwoner_id"))["m"]
                verwerkt = (
                    Inwoner.objects.filter(gemeente_id=h.gemeente_id, pk__lte=cursor).count() if cursor else 0
                )
        taak = Taak.objects.create(
            soort="herberekening",
            gemeente_id=h.gemeente_id,
            status=status,
            totaal=h.totaal or None,
            verwerkt=verwerkt,
            cursor=cursor,
            pogingen=1,
            volgende_poging_op=h.gestart_op,
            melding=melding,
            gestart_door_id=h.gestart_door_id,
            gestart_op=h.gestart_op,
            klaar_op=h.klaar_op,
        )
        Taak.objects.filter(pk=taak.pk).update(aangemaakt_op=h.gestart_op)
        h.taak_id = taak.pk
        h.save(update_fields=["taak"])


def vul_huidige_berekening(apps, schema_editor):
    Berekening = apps.get_model("inkomen", "Berekening")
    HuidigeBerekening = apps.get_model("inkomen", "HuidigeBerekening")
    HuidigeBerekening.objects.all().delete()
    rijen, vorige_inwoner, gezien = [], None, 0
    for inwoner_id, pk in (
        Berekening.objects.order_by("inwoner_id", "-berekend_op", "-pk").values_list("inwoner_id", "pk").iterator()
    ):
        if inwoner_id != vorige_inwoner:
            vorige_inwoner, gezien = inwoner_id, 0
            rijen.append(HuidigeBerekening(inwoner_id=inwoner_id, berekening_id=pk))
        elif gezien == 1:
            rijen[-1].vorige_id = pk
        gezien += 1
        if len(rijen) >= 5000 and gezien == 1:
            HuidigeBerekening.objects.bulk_create(rijen[:-1])
            rijen = rijen[-1:]
    HuidigeBerekening.objects.bulk_create(rijen)


class Migration(migrations.Migration):
    dependencies = [
        ("inkomen", "0003_huidige_berekening_niet_berekend_taak"),
        ("taken", "0001_taak"),
        ("dossier", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(naar_taak, migrations.RunPython.noop),
        migrations.RunPython(vul_huidige_berekening, migrations.RunPython.noop),
    ]
