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


@register.inclusion_tag("components/dossiernavigatie.html", takes_context=True)
def dossiernavigatie(context, inwoner, lenzen=None):
    """The dossier's sub-navigation: the overview and every lens this user may open, the current page marked."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from regie.apps.accounts import registry

    request = context["request"]
    items = [{"url": reverse("dossier:detail", args=[inwoner.pk]), "label": _("Overzicht")}]
    items += [dict(lens) for lens in (lenzen if lenzen is not None else registry.lenzen_voor(request.user, inwoner))]
    for item in items:
        item["actief"] = item["url"] == request.path
    return {"items": items, "inwoner": inwoner}
