"""Thin views: parse the request, call a selector or a service, render."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.apps.accounts.models import Rol
from regie.apps.inkomen import selectors as inkomen_selectors
from regie.apps.plan import selectors as plan_selectors

from . import selectors, services
from .forms import ContactmomentFormulier, HuisgenotenFormset, HuishoudenFormulier, InwonerFormulier


@login_required
def caseload(request):
    if not request.user.ziet_dossiers:
        raise PermissionDenied
    sortering = request.GET.get("sorteer", selectors.STANDAARD_SORTERING)
    if sortering not in selectors.SORTERINGEN:
        sortering = selectors.STANDAARD_SORTERING
    team_weergave = request.GET.get("weergave") == "team" or request.user.rol == Rol.TEAMLEIDER
    inwoners = selectors.caseload(
        request.user, zoek=request.GET.get("zoek", ""), sortering=sortering, alleen_eigen=not team_weergave
    )
    pagina = Paginator(inwoners, settings.REGIE_CASELOAD_PAGE_SIZE).get_page(request.GET.get("pagina"))
    context = {
        "signalen": inkomen_selectors.signalen(request.user) if request.user.rol == Rol.KLANTMANAGER else [],
        "pagina": pagina,
        "zoek": request.GET.get("zoek", ""),
        "sortering": sortering,
        "team_weergave": team_weergave,
        "kan_team_kiezen": request.user.rol == Rol.KLANTMANAGER,
    }
    template = (
        "dossier/_caseload_tabel.html"
        if request.htmx and request.htmx.target == "caseload-resultaten"
        else ("dossier/caseload.html")
    )
    return render(request, template, context)


@login_required
def detail(request, pk: int):
    dossier = selectors.dossier(request.user, pk, pad=request.path)
    return render(request, "dossier/detail.html", _detail_context(request, dossier, ContactmomentFormulier()))


def _detail_context(request, dossier, formulier):
    toont_financien = request.user.rol in (Rol.KLANTMANAGER, Rol.TEAMLEIDER)
    return {
        "lenzen": _lenzen(dossier.inwoner.pk, request.user),
        "doelmatigheid": plan_selectors.dossier_kaart(request.user, dossier.inwoner),
        "dossier": dossier,
        "toont_financien": toont_financien,
        "berekening": inkomen_selectors.samenvatting(request.user, dossier.inwoner) if toont_financien else None,
        "inwoner": dossier.inwoner,
        "formulier": formulier,
        "mag_contact_vastleggen": request.user.rol in (Rol.KLANTMANAGER, Rol.KRACHTCOACH),
        "mag_huishouden_wijzigen": request.user.rol == Rol.KLANTMANAGER,
    }


def _lenzen(pk: int, user) -> list[dict]:
    """Links to the other parts of the dossier that the installed apps offer and the user's role may open."""
    lenzen = []
    begeleiders = (Rol.KLANTMANAGER, Rol.TEAMLEIDER, Rol.KRACHTCOACH)
    for naam, label, rollen in (
        ("plan:plan", _("Plan, doelen en voortgang"), begeleiders),
        ("participatie:profiel", _("Participatie"), begeleiders),
        ("gesprekken:voorbereiden", _("Gesprek voorbereiden"), (Rol.KLANTMANAGER,)),
        ("gesprekken:nieuw", _("Gesprek toevoegen"), (Rol.KLANTMANAGER,)),
    ):
        if user.rol not in rollen:
            continue
        try:
            lenzen.append({"url": reverse(naam, kwargs={"pk": pk}), "label": label})
        except NoReverseMatch:
            continue
    return lenzen


@login_required
@require_POST
def contactmoment_toevoegen(request, pk: int):
    """Save a contact moment; with htmx only the timeline section is swapped, without it the page reloads."""
    inwoner = selectors.zichtbare_inwoner(request.user, pk, onderdeel="contactmoment vastleggen", pad=request.path)
    formulier = ContactmomentFormulier(request.POST)
    bevestiging = ""
    if formulier.is_valid():
        try:
            services.leg_contactmoment_vast(door=request.user, inwoner=inwoner, gegevens=formulier.cleaned_data)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            bevestiging = _("Het contactmoment is vastgelegd.")
            if not request.htmx:
                messages.success(request, bevestiging)
                return redirect("dossier:detail", pk=pk)
            formulier = ContactmomentFormulier()
    dossier = selectors.dossier(request.user, pk, pad=request.path)
    context = {**_detail_context(request, dossier, formulier), "bevestiging": bevestiging}
    if request.htmx:
        return render(request, "dossier/_tijdlijn.html", context)
    return render(request, "dossier/detail.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def inwoner_nieuw(request):
    if request.user.rol != Rol.KLANTMANAGER:
        raise PermissionDenied
    formulier = InwonerFormulier(request.POST or None, gemeente=request.user.gemeente, door=request.user)
    if request.method == "POST" and formulier.is_valid():
        try:
            inwoner = services.registreer_inwoner(door=request.user, gegevens=formulier.cleaned_data)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("%(naam)s is aangemeld en staat in uw caseload.") % {"naam": inwoner})
            return redirect("dossier:detail", pk=inwoner.pk)
    status = 400 if formulier.is_bound else 200
    return render(request, "dossier/inwoner_nieuw.html", {"formulier": formulier}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def huishouden_wijzigen(request, pk: int):
    """Record a new household composition from a date on; the previous one stays in the history."""
    if request.user.rol != Rol.KLANTMANAGER:
        raise PermissionDenied
    inwoner = selectors.zichtbare_inwoner(request.user, pk, onderdeel="huishouden wijzigen", pad=request.path)
    huidig = selectors.huidig_huishouden(request.user, inwoner)
    formulier = HuishoudenFormulier(
        request.POST or None, initial={"samenstelling": huidig.samenstelling} if huidig else {}
    )
    huisgenoten = HuisgenotenFormset(
        request.POST or None, prefix="lid", initial=selectors.huisgenoten_als_initial(huidig)
    )
    if request.method == "POST" and formulier.is_valid() and huisgenoten.is_valid():
        leden = [
            services.NieuweHuisgenoot(**{k: v for k, v in f.cleaned_data.items() if k != "DELETE"})
            for f in huisgenoten.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")  # untouched extra rows have no cleaned_data
        ]
        try:
            services.wijzig_huishouden(door=request.user, inwoner=inwoner, huisgenoten=leden, **formulier.cleaned_data)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("De nieuwe samenstelling van het huishouden is vastgelegd."))
            return redirect("dossier:detail", pk=pk)
    status = 400 if formulier.is_bound else 200
    context = {"inwoner": inwoner, "formulier": formulier, "huisgenoten": huisgenoten, "huidig": huidig}
    return render(request, "dossier/huishouden_wijzigen.html", context, status=status)
