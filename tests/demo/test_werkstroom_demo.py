"""The demo looks like a real participation caseload: adults under the AOW age, and proposals waiting for a decision."""

import pytest
from django.test import Client
from django.utils import timezone

from regie.apps.accounts.models import Gebruiker, Rol
from regie.apps.demo.generator import DemoGenerator
from regie.apps.dossier.models import Inwoner
from regie.apps.inkomen.models import Maatregel, StatusMaatregel

pytestmark = pytest.mark.django_db

AOW_LEEFTIJD = 67  # the AOW age for people reaching it in 2026 and 2027


def _leeftijd(geboren, vandaag) -> int:
    return vandaag.year - geboren.year - ((vandaag.month, vandaag.day) < (geboren.month, geboren.day))


def test_caseload_is_18_to_aow_age_and_teamleider_has_proposals_to_decide():
    DemoGenerator(inwoners=150, seed=3).maak()
    vandaag = timezone.localdate()
    leeftijden = [_leeftijd(g, vandaag) for g in Inwoner.objects.values_list("geboortedatum", flat=True)]
    assert min(leeftijden) >= 18 and max(leeftijden) < AOW_LEEFTIJD

    voorstellen = Maatregel.objects.filter(status=StatusMaatregel.VOORSTEL)
    assert voorstellen.count() >= 3
    for voorstel in voorstellen:
        assert voorstel.horen.inwoner_id == voorstel.inwoner_id and voorstel.horen.datum <= vandaag
        voorstel.full_clean()
    teamleider = Gebruiker.objects.filter(rol=Rol.TEAMLEIDER).first()
    client = Client()
    client.force_login(teamleider)
    pagina = client.get("/te-besluiten/").content.decode()
    zichtbaar = voorstellen.filter(inwoner__team=teamleider.team)
    assert zichtbaar.exists()
    assert all(v.inwoner.volledige_naam in pagina for v in zichtbaar)
    assert f"Te besluiten ({zichtbaar.count()})" in pagina
