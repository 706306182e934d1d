import pytest
from django.core.management import CommandError, call_command

from regie.apps.accounts.models import Gebruiker, Rol
from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Contactmoment, Huisgenoot, Huishouden, Inwoner, Relatie, Toewijzing
from regie.apps.dossier.validators import elfproef

pytestmark = pytest.mark.django_db


def _snapshot():
    return list(
        Inwoner.objects.order_by("pk").values_list("bsn", "voornamen", "achternaam", "geboortedatum", "postcode")
    )


def test_default_demo_is_realistic_and_valid():
    resultaat = DemoGenerator(inwoners=300, seed=1).maak()
    assert resultaat.inwoners == Inwoner.objects.count() == 300
    assert Inwoner.objects.values("wijk").distinct().count() == 6
    assert all(elfproef(bsn) and bsn.startswith("9") for bsn in Inwoner.objects.values_list("bsn", flat=True))
    rollen = set(Gebruiker.objects.values_list("rol", flat=True))
    assert rollen == {r.value for r in Rol}
    medewerkers = Gebruiker.objects.exclude(rol=Rol.INWONER).count()
    # six klantmanagers (three per team), two krachtcoaches, teamleider, two beheerders, management
    assert medewerkers == 12
    # Two beheerders, so a role change can be approved by a second one; neither has admin flags.
    beheerders = Gebruiker.objects.filter(rol=Rol.FUNCTIONEEL_BEHEERDER)
    assert sorted(beheerders.values_list("username", flat=True)) == ["beheerder", "beheerder2"]
    assert not Gebruiker.objects.filter(is_staff=True).exists()
    assert not Gebruiker.objects.filter(is_superuser=True).exists()
    # Households of every kind, with history.
    relaties = set(Huisgenoot.objects.values_list("relatie", flat=True))
    assert relaties == {Relatie.PARTNER, Relatie.KIND, Relatie.MEDEBEWONER}
    assert Huishouden.objects.filter(geldig_tot__isnull=False).exists()
    assert Huishouden.objects.filter(geldig_tot__isnull=True).count() == 300
    assert Toewijzing.objects.filter(rol=Rol.KLANTMANAGER).count() == 300
    assert Toewijzing.objects.filter(rol=Rol.KRACHTCOACH).exists()
    assert Contactmoment.objects.count() == resultaat.contactmomenten > 300
    # laatste_contact matches the real contact history.
    for inwoner in Inwoner.objects.all()[:50]:
        laatste = inwoner.contactmomenten.order_by("-datum").values_list("datum", flat=True).first()
        assert inwoner.laatste_contact == laatste
    for model in (Inwoner, Huishouden, Huisgenoot, Toewijzing, Contactmoment):
        for obj in model.objects.all()[:30]:
            obj.full_clean()
    assert Gebruiker.objects.get(username="inwoner").inwoner is not None


@pytest.mark.django_db(transaction=True)  # flush between runs needs no open transaction on PostgreSQL
def test_same_seed_same_municipality_other_seed_other():
    DemoGenerator(inwoners=50, seed=5).maak()
    eerste = _snapshot()
    call_command("flush", interactive=False, verbosity=0)
    DemoGenerator(inwoners=50, seed=5).maak()
    assert _snapshot() == eerste
    call_command("flush", interactive=False, verbosity=0)
    DemoGenerator(inwoners=50, seed=6).maak()
    assert _snapshot() != eerste


@pytest.mark.django_db(transaction=True)
def test_demo_command_prints_logins_and_refuses_to_overwrite(capsys):
    call_command("demo", inwoners=20)
    uit = capsys.readouterr().out
    assert "klantmanager" in uit and "regie-demo-2026" in uit and "20 inwoners" in uit
    with pytest.raises(CommandError, match="--opnieuw"):
        call_command("demo", inwoners=20)
    call_command("demo", inwoners=20, als_leeg=True)
    assert "al in de database" in capsys.readouterr().out
    call_command("demo", inwoners=10, opnieuw=True)
    assert Inwoner.objects.count() == 10


def test_new_records_after_generation_get_fresh_ids():
    """The generator writes explicit ids; PostgreSQL's sequences must continue after them."""
    DemoGenerator(inwoners=20, seed=2).maak()
    hoogste = Contactmoment.objects.order_by("-pk").values_list("pk", flat=True).first()
    nieuw = Contactmoment.objects.create(
        inwoner=Inwoner.objects.first(),
        datum="2025-01-01",
        soort="gesprek",
        medewerker=Gebruiker.objects.get(username="klantmanager"),
        duur_minuten=5,
        samenvatting="x",
    )
    assert nieuw.pk > hoogste
