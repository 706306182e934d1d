"""Building blocks of every page that shows an inwoner's goals: the professional's plan page and the inwoner's portal.

Other apps use this module (not ``plan.views`` or ``plan.forms``) so that the plan's presentation stays the plan
app's own: which forms a goal has, how they are bound and where they post to, and how service errors reach the form.
"""

from django.core.exceptions import ValidationError
from django.urls import reverse

from .forms import (
    CheckinFormulier,
    DoelAfsluitenFormulier,
    DoelDelenFormulier,
    DoelFormulier,
    DoelWijzigenFormulier,
    StapAfvinkenFormulier,
    StapFormulier,
)

__all__ = [
    "DOELFORMULIEREN",
    "DoelDelenFormulier",
    "DoelFormulier",
    "StapAfvinkenFormulier",
    "doelformulieren",
    "plan_urls",
    "verwerk",
]

DOELFORMULIEREN = {
    "stap": StapFormulier,
    "checkin": CheckinFormulier,
    "wijzigen": DoelWijzigenFormulier,
    "afsluiten": DoelAfsluitenFormulier,
    "delen": DoelDelenFormulier,
}


def plan_urls(inwoner):
    """Where the goal and step forms of the professional's page post to."""

    def url(naam: str, pk: int) -> str:
        if naam in ("afvinken", "stap_delen"):
            route = "plan:stap_afvinken" if naam == "afvinken" else "plan:stap_delen"
            return reverse(route, kwargs={"pk": inwoner.pk, "stap_pk": pk})
        return reverse("plan:doel_actie", kwargs={"pk": inwoner.pk, "doel_pk": pk, "actie": naam})

    return url


def doelformulieren(weergaven, gebonden: dict, url) -> list[dict]:
    """Each running goal with its own forms; prefixes keep the ids on the page unique."""
    return [
        {
            "w": w,
            **{f"{naam}_url": url(naam, w.doel.pk) for naam in DOELFORMULIEREN},
            **{
                f"{naam}_formulier": gebonden.get((naam, w.doel.pk)) or klasse(prefix=f"{naam}{w.doel.pk}")
                for naam, klasse in DOELFORMULIEREN.items()
            },
            "afvinken": [
                {
                    "stap": s,
                    "url": url("afvinken", s.pk),
                    "delen_url": url("stap_delen", s.pk),
                    "formulier": gebonden.get(("afvinken", s.pk)) or StapAfvinkenFormulier(prefix=f"afvink{s.pk}"),
                }
                for s in w.stappen
            ],
        }
        for w in weergaven
    ]


def verwerk(formulier, actie) -> bool:
    """Validate and call the service; service errors land next to the field they are about."""
    if not formulier.is_valid():
        return False
    try:
        actie(formulier.cleaned_data)
    except ValidationError as fout:
        if hasattr(fout, "error_dict"):
            for veld, fouten in fout.error_dict.items():
                formulier.add_error(veld if veld in formulier.fields else None, fouten)
        else:
            formulier.add_error(None, fout)
        return False
    return True
