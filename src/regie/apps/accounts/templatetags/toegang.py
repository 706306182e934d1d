"""Templates ask the permission module too: ``{% mag inwoner "financieel" as toont_financien %}``.

A template decides nothing itself; it shows a section only when ``permissions.mag`` says the user may read (or, with
a third argument ``"wijzigen"``, change) that category of this inwoner's data.
"""

from django import template

from regie.apps.accounts import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def mag(context, inwoner, categorie: str, actie: str = permissions.Actie.LEZEN) -> bool:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return permissions.mag(user, permissions.Actie(actie), permissions.Categorie(categorie), inwoner)


@register.simple_tag(takes_context=True)
def mag_taak(context, taak: str) -> bool:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return permissions.mag_taak(user, permissions.Taak(taak))
