import pytest

from regie.apps.audit.models import AppendOnlyError, Inzage
from regie.apps.audit.services import log_inzage

pytestmark = pytest.mark.django_db


def test_access_log_is_append_only(klantmanager):
    rij = log_inzage(actor=klantmanager, inwoner_id=12345, onderdeel="dossier")
    assert rij.actor_rol == "klantmanager" and rij.inwoner_id == 12345
    rij.onderdeel = "iets anders"
    with pytest.raises(AppendOnlyError):
        rij.save()
    with pytest.raises(AppendOnlyError):
        rij.delete()
    with pytest.raises(AppendOnlyError):
        Inzage.objects.update(onderdeel="weg")
    with pytest.raises(AppendOnlyError):
        Inzage.objects.all().delete()
    assert Inzage.objects.get().onderdeel == "dossier"
