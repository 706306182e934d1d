"""Pages of the Django admin that show personal data are logged like every other page.

The admin is for technical superusers, and it lists user accounts (inwoners' names among them) and any model an app
registers. Rather than a mixin in every ``admin.py``, the middleware calls ``log_beheerpagina`` after each admin
response: a list, a change form, a history or a delete page of a model with personal data leaves one entry, with
the inwoner's pseudonym when the page is about one inwoner.
"""

from django.apps import apps

from .register import Actie
from .schrijfhaken import SCHRIJFREGISTER

# Besides the dossier models: user accounts hold the names and e-mail addresses of inwoners and staff.
_EXTRA = {"accounts.Gebruiker": ("identificatie", "contact")}
_PAGINAS = ("changelist", "change", "history", "delete", "add")


def _model_en_pagina(url_name: str):
    for pagina in _PAGINAS:
        if url_name.endswith(f"_{pagina}"):
            rest = url_name[: -len(pagina) - 1]
            for model in apps.get_models():
                if f"{model._meta.app_label}_{model._meta.model_name}" == rest:
                    return model, pagina
    return None, None


def _inwoner_bij(model, object_id):
    """The inwoner a page is about, if any: the inwoner itself, an inwoner's account, or a dossier object."""
    label = model._meta.label
    try:
        obj = model._default_manager.filter(pk=object_id).first()
    except (ValueError, TypeError, OverflowError):
        return None
    if obj is None:
        return None
    if label == "accounts.Gebruiker":
        return getattr(getattr(obj, "inwoner", None), "pk", None) if obj.rol == "inwoner" else None
    return SCHRIJFREGISTER[label][2](obj)


def log_beheerpagina(request, response) -> None:
    match = getattr(request, "resolver_match", None)
    user = getattr(request, "user", None)
    if match is None or match.namespace != "admin" or user is None or not user.is_authenticated:
        return
    model, pagina = _model_en_pagina(match.url_name or "")
    if model is None:
        return
    label = model._meta.label
    if label in _EXTRA:
        categorieen = _EXTRA[label]
    elif label in SCHRIJFREGISTER and not callable(SCHRIJFREGISTER[label][0]):
        categorieen = SCHRIJFREGISTER[label][0]
    elif label in SCHRIJFREGISTER:
        categorieen = ("plan",)
    else:
        return
    object_id = match.kwargs.get("object_id")
    inwoner_id = _inwoner_bij(model, object_id) if object_id else None
    if request.method == "POST":
        actie = {"delete": Actie.VERWIJDEREN, "add": Actie.AANMAKEN}.get(pagina, Actie.WIJZIGEN)
    else:
        actie = Actie.LEZEN
    from .models import Resultaat
    from .services import log_verwerking

    log_verwerking(
        actor=user,
        actie=actie,
        categorie=categorieen,
        activiteit="beheer",
        onderdeel=f"beheer: {model._meta.model_name} {pagina}",
        inwoner_id=inwoner_id,
        resultaat=Resultaat.GETOOND if user.is_staff and response.status_code < 400 else Resultaat.GEWEIGERD,
    )
