"""Reads: a professional only ever sees their own practice sessions."""

from django.shortcuts import get_object_or_404

from regie.mi.codes import DUTCH_LABELS, Code
from regie.mi.oefen import Beurt, Oefengesprek, personas, regels

from .models import Oefensessie


def mijn_sessies(user):
    return Oefensessie.objects.filter(eigenaar=user)


def mijn_sessie(user, pk: int) -> Oefensessie:
    """The session when it is the user's own; anyone else's gives 404 (its existence is not revealed)."""
    return get_object_or_404(Oefensessie, pk=pk, eigenaar=user)


def persona_van(sessie: Oefensessie):
    return personas().get(sessie.persona)


def gesprek_van(sessie: Oefensessie) -> Oefengesprek:
    return Oefengesprek(personas()[sessie.persona], regels(), sessie.seed, [Beurt.uit_dict(b) for b in sessie.beurten])


def eerdere_sessies(user, sessie: Oefensessie, aantal: int = 10) -> list[Oefensessie]:
    """The user's own completed sessions before this one, newest first, for the comparison after a session."""
    return list(
        mijn_sessies(user).filter(afgerond__isnull=False, gestart__lte=sessie.gestart).exclude(pk=sessie.pk)[:aantal]
    )


def weergave(beurten: list[dict]) -> list[dict]:
    """The stored turns ready for a template: Dutch code labels and trust as whole percentages."""
    rijen = []
    for b in beurten:
        rijen.append(
            {
                **b,
                "label": DUTCH_LABELS.get(Code(b["code"]), b["code"]),
                "soortlabel": DUTCH_LABELS.get(Code(b["soort"]), b["soort"]),
                "procent": round(b["vertrouwen"] * 100),
                "verschil": round(b["delta_vertrouwen"] * 100),
            }
        )
    return rijen
