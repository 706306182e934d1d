"""Writes: starting a session, one turn, finishing. Each write locks the session row, so two tabs cannot interleave."""

import math
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.mi.oefen import personas, regels, vat_samen

from . import selectors
from .models import Oefensessie

MAX_BEURTEN = 60
MAX_TEKST = 1000


def start(user, persona: str, seed: int | None = None, casus: str = "") -> Oefensessie:
    if persona not in personas():
        raise ValidationError({"persona": _("Kies een persona uit de lijst.")})
    if seed is None:
        seed = secrets.randbelow(2**31)
    return Oefensessie.objects.create(eigenaar=user, persona=persona, seed=seed, casus=casus[:80])


@transaction.atomic
def beurt(user, pk: int, tekst: str):
    """Code the professional's turn, let the persona answer and store both; returns the new turn."""
    sessie = selectors.mijn_sessies(user).select_for_update().filter(pk=pk).first()
    if sessie is None:
        raise Oefensessie.DoesNotExist
    tekst = " ".join((tekst or "").split())
    if not tekst:
        raise ValidationError({"tekst": _("Typ eerst wat u tegen de inwoner zegt.")})
    if len(tekst) > MAX_TEKST:
        raise ValidationError({"tekst": _("Uw beurt is te lang: houd het onder %(max)s tekens.") % {"max": MAX_TEKST}})
    if sessie.afgerond:
        raise ValidationError({"tekst": _("Dit oefengesprek is afgerond; start een nieuw gesprek.")})
    if len(sessie.beurten) >= MAX_BEURTEN:
        raise ValidationError(
            {"tekst": _("Het maximum van %(max)s beurten is bereikt; rond het gesprek af.") % {"max": MAX_BEURTEN}}
        )
    gesprek = selectors.gesprek_van(sessie)
    nieuw = gesprek.beurt(tekst)
    sessie.beurten = [b.als_dict() for b in gesprek.beurten]
    sessie.save(update_fields=["beurten"])
    return nieuw


def cijfers(sessie: Oefensessie) -> dict:
    """The figures of a session as stored for the comparison with later sessions."""
    gesprek = selectors.gesprek_van(sessie)
    s = vat_samen(gesprek.persona, regels(), gesprek.beurten)
    rq = s.miti.reflection_to_question.value
    counts = s.miti.counts
    return {
        "beurten": s.beurten,
        "reflecties": counts["SR"] + counts["CR"],
        "vragen": counts["Q"],
        "rq": None if rq is None else ("∞" if math.isinf(rq) else round(rq, 2)),
        "complex": None
        if s.miti.percent_complex_reflections.value is None
        else round(s.miti.percent_complex_reflections.value * 100),
        "mi_adherent": s.miti.mi_adherent,
        "mi_non_adherent": s.miti.mi_non_adherent,
        "verandertaal": s.verandertaal,
        "behoudtaal": s.behoudtaal,
        "start_vertrouwen": round(s.start_vertrouwen * 100),
        "eind_vertrouwen": round(s.eind_vertrouwen * 100),
    }


@transaction.atomic
def afronden(user, pk: int) -> Oefensessie:
    sessie = selectors.mijn_sessies(user).select_for_update().filter(pk=pk).first()
    if sessie is None:
        raise Oefensessie.DoesNotExist
    if not sessie.beurten:
        raise ValidationError({"tekst": _("Voer eerst minstens één beurt, dan kunt u het gesprek afronden.")})
    if sessie.afgerond is None:
        sessie.afgerond = timezone.now()
        sessie.samenvatting = cijfers(sessie)
        sessie.save(update_fields=["afgerond", "samenvatting"])
    return sessie
