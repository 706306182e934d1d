"""Demo data for rechtmatigheid: a few maatregel proposals waiting for the teamleider, each after a hearing."""

import random
from datetime import date, timedelta

from regie.apps.accounts.models import Rol, Team
from regie.apps.dossier.models import Toewijzing

from .models import Horen, Maatregel

VOORSTELLEN = [
    (
        "arbeidsverplichting",
        "Twee keer niet verschenen op een sollicitatiegesprek dat samen was afgesproken.",
        "Ik had de brief niet goed gelezen en schaamde me om te bellen.",
        20,
        1,
    ),
    (
        "taaleis",
        "Drie lessen van de taalcursus gemist zonder af te melden.",
        "Mijn jongste was ziek en ik had geen opvang.",
        10,
        1,
    ),
    (
        "arbeidsverplichting",
        "Een aangeboden proefplaatsing bij de groenvoorziening geweigerd.",
        "Ik heb last van mijn rug en durfde dat niet te zeggen.",
        30,
        2,
    ),
]


def maak_demo(gemeente, rng: random.Random, vandaag: date) -> None:
    for team in Team.objects.filter(gemeente=gemeente).order_by("pk"):
        toewijzingen = list(
            Toewijzing.objects.actief(vandaag)
            .filter(inwoner__team=team, rol=Rol.KLANTMANAGER, inwoner__account__isnull=True)
            .order_by("inwoner_id")
            .values_list("inwoner_id", "medewerker_id")[:200]
        )
        for (verplichting, gedraging, verhaal, procent, maanden), (inwoner_id, km_id) in zip(
            VOORSTELLEN, rng.sample(toewijzingen, min(len(VOORSTELLEN), len(toewijzingen))), strict=False
        ):
            horen = Horen.objects.create(
                inwoner_id=inwoner_id,
                verplichting=verplichting,
                datum=vandaag - timedelta(days=rng.randint(3, 20)),
                eigen_verhaal=verhaal,
                vastgelegd_door_id=km_id,
            )
            Maatregel.objects.create(
                inwoner_id=inwoner_id,
                horen=horen,
                verplichting=verplichting,
                gedraging=gedraging,
                percentage=procent,
                duur_maanden=maanden,
                motivering="Afspraken zijn besproken en vastgelegd; het verhaal van de inwoner is meegewogen.",
                voorgesteld_door_id=km_id,
            )
