"""Writes of personal data, logged centrally: one post_save/post_delete hook per model that holds personal data.

The services of dossier, inkomen, plan, portaal, participatie and gesprekken need no logging code of their own: every
``save()`` of a model below, made while a logged-in user's request is running, appends an entry in the same
transaction as the write (so a rolled-back write leaves no entry, and a committed one always has its entry). Work
without a request (the demo generator, migrations, the nightly recalculation in a worker) is not a user's processing
and is not logged here. Within one request, the same action on the same inwoner and category is logged once: saving a
household with four members is one entry.

Models are named by label, so this module imports no other app (the audit app sits below all of them).
"""

from collections.abc import Callable

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from regie.apps.accounts.permissions import standaard_activiteit

from .context import huidig
from .register import Actie


def _eigen(obj) -> int | None:
    return obj.pk


def _via(*pad: str) -> Callable:
    """The inwoner id reached through foreign keys, e.g. ``_via("huishouden", "inwoner_id")``."""

    def volg(obj):
        for stap in pad:
            obj = getattr(obj, stap, None)
            if obj is None:
                return None
        return obj

    return volg


def _inwoner_id(obj):
    return obj.inwoner_id


_BELEMMERING_CATEGORIE = {"gezondheid": "gezondheid", "schulden": "financieel"}

# model label: (categories, or a function of the object giving them; activity; how to find the inwoner id)
SCHRIJFREGISTER: dict[str, tuple] = {
    "dossier.Inwoner": (("identificatie", "contact"), "begeleiding", _eigen),
    "dossier.Huishouden": (("huishouden",), "rechtmatigheid", _inwoner_id),
    "dossier.Huisgenoot": (("huishouden",), "rechtmatigheid", _via("huishouden", "inwoner_id")),
    "dossier.Toewijzing": (("identificatie",), "begeleiding", _inwoner_id),
    "dossier.Contactmoment": (("contactnotities",), "begeleiding", _inwoner_id),
    "inkomen.Inkomstenbron": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Vermogensbestanddeel": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Uitkeringsgegevens": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Berekening": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Verplichting": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Ontheffing": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Heronderzoek": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Horen": (("financieel",), "rechtmatigheid", _inwoner_id),
    "inkomen.Maatregel": (("financieel",), "rechtmatigheid", _inwoner_id),
    "plan.Plan": (("plan",), "begeleiding", _inwoner_id),
    "plan.Doel": (("plan",), "begeleiding", _via("plan", "inwoner_id")),
    "plan.Stap": (("plan",), "begeleiding", _via("doel", "plan", "inwoner_id")),
    "plan.Checkin": (("plan",), "begeleiding", _via("doel", "plan", "inwoner_id")),
    "plan.LadderMeting": (("plan",), "begeleiding", _inwoner_id),
    "plan.ZelfredzaamheidMeting": (
        ("plan", "financieel", "gezondheid", "justitie", "middelengebruik"),
        "begeleiding",
        _inwoner_id,
    ),
    "plan.Belemmering": (
        lambda b: ("plan", _BELEMMERING_CATEGORIE[b.soort]) if b.soort in _BELEMMERING_CATEGORIE else ("plan",),
        "begeleiding",
        _inwoner_id,
    ),
    "portaal.Afspraak": (("plan",), "begeleiding", _inwoner_id),
    "portaal.Bericht": (("plan",), "begeleiding", _inwoner_id),
    "participatie.Participatieprofiel": (("participatie",), "participatie", _inwoner_id),
    "participatie.Plaatsing": (("participatie",), "participatie", _inwoner_id),
    "gesprekken.Gesprek": (("gesprekken",), "leren", _inwoner_id),
}


def _schrijf_log(actie: str, categorieen: tuple[str, ...], activiteit: str, inwoner_id, label: str, context) -> None:
    from .services import log_verwerking

    log_verwerking(
        actor=context.gebruiker,
        actie=actie,
        categorie=categorieen,
        activiteit=activiteit,
        onderdeel=f"{label.split('.')[-1].lower()} {actie}"[:100],
        inwoner_id=inwoner_id,
    )


def _bij_schrijven(sender, instance, actie: str) -> None:
    context = huidig()
    if context is None or context.gebruiker is None:
        return
    label = sender._meta.label
    categorieen, activiteit, inwoner_van = SCHRIJFREGISTER[label]
    if callable(categorieen):
        categorieen = categorieen(instance)
    inwoner_id = inwoner_van(instance)
    if standaard_activiteit(context.gebruiker) == "participatie":
        activiteit = "participatie"  # a krachtcoach's work serves participation, whatever the record
    sleutel = (actie, inwoner_id, categorieen)
    if sleutel in context.gelogd:
        return
    context.gelogd.add(sleutel)
    _schrijf_log(actie, categorieen, activiteit, inwoner_id, label, context)


def _opgeslagen(sender, instance, created, raw=False, **kwargs):
    if not raw:
        _bij_schrijven(sender, instance, Actie.AANMAKEN if created else Actie.WIJZIGEN)


def _verwijderd(sender, instance, **kwargs):
    _bij_schrijven(sender, instance, Actie.VERWIJDEREN)


def verbind() -> None:
    """Connect the hooks to every installed model of the register (called from the app's ``ready``)."""
    for label in SCHRIJFREGISTER:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        post_save.connect(_opgeslagen, sender=model, dispatch_uid=f"logboek-opgeslagen-{label}")
        post_delete.connect(_verwijderd, sender=model, dispatch_uid=f"logboek-verwijderd-{label}")
