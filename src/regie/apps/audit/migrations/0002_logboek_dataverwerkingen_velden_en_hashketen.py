"""The access log becomes the logboek dataverwerkingen: action, categories, pseudonym, activity, request details and
a hash chain. Entries written before this migration are chained in their original order, with categories and
activity derived from what they recorded."""

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models



def keten_bestaande_regels(apps, schema_editor):
    from regie.apps.audit import keten
    from regie.apps.audit.register import afleiden
    from regie.apps.audit.services import pseudoniem

    Inzage = apps.get_model("audit", "Inzage")
    Ketenkop = apps.get_model("audit", "Ketenkop")
    vorige = keten.BEGIN
    nummer = 0
    for rij in Inzage.objects.order_by("id").iterator(chunk_size=2000):
        nummer += 1
        categorieen, activiteit = afleiden(rij.onderdeel, rij.actor_rol)
        velden = {naam: getattr(rij, naam) for naam in keten.VELDEN if hasattr(rij, naam)}
        velden.update(
            volgnummer=nummer,
            categorie=",".join(sorted(categorieen)),
            activiteit=activiteit,
            pseudoniem=pseudoniem(rij.inwoner_id),
            vorige_hash=vorige,
        )
        velden["hash"] = keten.bereken_hash(velden)
        gewijzigd = ("volgnummer", "categorie", "activiteit", "pseudoniem", "vorige_hash", "hash")
        Inzage.objects.filter(pk=rij.pk).update(**{k: velden[k] for k in gewijzigd})
        vorige = velden["hash"]
    Ketenkop.objects.create(id=1, volgnummer=nummer, hash=vorige)


class Migration(migrations.Migration):

    dependencies = [
        ('audit', '0001_initial'),
        ('dossier', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Ketenkop',
            fields=[
                ('id', models.PositiveSmallIntegerField(default=1, editable=False, primary_key=True, serialize=False)),
                ('volgnummer', models.BigIntegerField(default=0)),
                ('hash', models.CharField(max_length=64)),
                ('begin_volgnummer', models.BigIntegerField(default=1)),
                ('begin_hash', models.CharField(default='0000000000000000000000000000000000000000000000000000000000000000', max_length=64)),
            ],
            options={
                'db_table': 'audit_ketenkop',
                'verbose_name': 'kop van de hashketen',
                'verbose_name_plural': 'kop van de hashketen',
            },
        ),
        migrations.AlterModelOptions(
            name='inzage',
            options={'ordering': ['-tijdstip'], 'verbose_name': 'verwerking', 'verbose_name_plural': 'logboek dataverwerkingen'},
        ),
        migrations.AddField(
            model_name='inzage',
            name='actie',
            field=models.CharField(choices=[('lezen', 'lezen'), ('wijzigen', 'wijzigen'), ('aanmaken', 'aanmaken'), ('verwijderen', 'verwijderen'), ('exporteren', 'exporteren'), ('zoeken', 'zoeken')], default='lezen', max_length=16, verbose_name='actie'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='activiteit',
            field=models.CharField(default='begeleiding', max_length=40, verbose_name='verwerkingsactiviteit'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='categorie',
            field=models.CharField(blank=True, help_text="Codes, gescheiden door komma's.", max_length=200, verbose_name='gegevenscategorieën'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='hash',
            field=models.CharField(default='', max_length=64, verbose_name='hash'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='ip',
            field=models.GenericIPAddressField(blank=True, null=True, verbose_name='IP-adres'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='organisatie',
            field=models.CharField(blank=True, max_length=250, verbose_name='organisatie'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='pseudoniem',
            field=models.CharField(blank=True, max_length=64, verbose_name='pseudoniem van de inwoner'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='sessie',
            field=models.CharField(blank=True, max_length=64, verbose_name='sessie (hash)'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='trace_id',
            field=models.CharField(blank=True, max_length=32, verbose_name='trace-id'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='volgnummer',
            field=models.BigIntegerField(editable=False, null=True, verbose_name='volgnummer'),
        ),
        migrations.AddField(
            model_name='inzage',
            name='vorige_hash',
            field=models.CharField(default='', max_length=64, verbose_name='hash van de vorige regel'),
        ),
        migrations.AlterField(
            model_name='inzage',
            name='tijdstip',
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False, verbose_name='tijdstip'),
        ),
        migrations.AddIndex(
            model_name='inzage',
            index=models.Index(fields=['pseudoniem', '-tijdstip'], name='inzage_per_pseudoniem'),
        ),
        migrations.AddConstraint(
            model_name='ketenkop',
            constraint=models.CheckConstraint(condition=models.Q(('id', 1)), name='ketenkop_een_rij'),
        ),
        migrations.RunPython(keten_bestaande_regels, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='inzage',
            name='volgnummer',
            field=models.BigIntegerField(editable=False, unique=True, verbose_name='volgnummer'),
        ),
        migrations.AlterField(
            model_name='inzage',
            name='vorige_hash',
            field=models.CharField(max_length=64, verbose_name='hash van de vorige regel'),
        ),
        migrations.AlterField(
            model_name='inzage',
            name='hash',
            field=models.CharField(max_length=64, verbose_name='hash'),
        ),
    ]
