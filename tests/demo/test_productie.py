"""``regie demo`` never wipes or fills a database in production mode, and says so; in the demo it says what it wipes."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from regie.apps.accounts.models import Gemeente
from regie.apps.audit.models import Inzage
from regie.apps.audit.services import log_verwerking
from regie.apps.audit.verificatie import verifieer
from regie.apps.dossier.models import Inwoner

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("argumenten", [["--opnieuw"], [], ["--als-leeg"], ["--opnieuw", "--inwoners", "5"]])
def test_demo_refuses_everything_in_production_mode(settings, klantmanager, maak_inwoner, argumenten):
    settings.PRODUCTION = True
    maak_inwoner(klantmanager=klantmanager)
    log_verwerking(actor=klantmanager, categorie="plan", activiteit="begeleiding", onderdeel="echt")
    with pytest.raises(CommandError, match="productiemodus") as fout:
        call_command("demo", *argumenten)
    assert fout.value.returncode != 0
    assert "wist niets" in str(fout.value) and "logboek dataverwerkingen" in str(fout.value)
    assert Inwoner.objects.count() == 1 and Gemeente.objects.count() == 1
    assert Inzage.objects.count() == 1 and verifieer().in_orde


@pytest.mark.django_db(transaction=True)  # flush empties tables, which PostgreSQL refuses inside a test transaction
def test_demo_reset_outside_production_says_it_wipes_the_log(settings, klantmanager):
    settings.PRODUCTION = False
    log_verwerking(actor=klantmanager, categorie="plan", activiteit="begeleiding", onderdeel="demo")
    uit = StringIO()
    call_command("demo", "--opnieuw", "--inwoners", "3", "--berekeningen", "nee", stdout=uit)
    assert "ook het logboek dataverwerkingen van de demo (1 regel)" in uit.getvalue()
    assert not Inzage.objects.exists() and verifieer().in_orde
