"""Thin views: parse the request, call a selector or a service, render."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.apps.accounts import registry
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.postformulier import post_of_terug

from . import selectors, services
from .forms import ContactmomentFormulier, HuisgenotenFormset, HuishoudenFormulier, InwonerFormulier


@login_required
def caseload(request):
    user = request.user
    if not mag_taak(user, Taak.CASELOAD):
        raise PermissionDenied
    sortering = request.GET.get("sorteer", selectors.STANDAARD_SORTERING)
    if sortering not in selectors.SORTERINGEN:
        sortering = selectors.STANDAARD_SORTERING
    kan_team_kiezen = mag_taak(user, Taak.TEAMWEERGAVE_KIEZEN)
    team_weergave = selectors.toont_hele_team(user, gevraagd=request.GET.get("weergave") == "team")
    inwoners = selectors.caseload(
        user, zoek=request.GET.get("zoek", ""), sortering=sortering, alleen_eigen=not team_weergave
    )
    pagina = Paginator(inwoners, settings.REGIE_CASELOAD_PAGE_SIZE).get_page(request.GET.get("pagina"))
    selectors.log_caseload(request.user, pagina, zoek=request.GET.get("zoek", ""), team_weergave=team_weergave)
    context = {
        "signalen": registry.dienst("caseload_signalen", user, standaard=[]) if mag_taak(user, Taak.SIGNALEN) else [],
        "pagina": pagina,
        "zoek": request.GET.get("zoek", ""),
        "sortering": sortering,
        "team_weergave": team_weergave,
        "kan_team_kiezen": kan_team_kiezen,
        "zoekt_op_bsn": mag(user, Actie.LEZEN, Categorie.IDENTIFICATIE),
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
    """The dossier's own sections plus the cards and links other apps registered; each asks the permission module."""
    user, inwoner = request.user, dossier.inwoner
    return {
        "lenzen": registry.lenzen_voor(user, inwoner),
        "kaarten_rechtmatigheid": registry.dossierkaarten(request, inwoner, "rechtmatigheid"),
        "kaarten_doelmatigheid": registry.dossierkaarten(request, inwoner, "doelmatigheid"),
        "dossier": dossier,
        "inwoner": inwoner,
        "formulier": formulier,
        "mag_contact_vastleggen": mag(user, Actie.WIJZIGEN, Categorie.CONTACTNOTITIES, inwoner),
        "mag_huishouden_wijzigen": mag(user, Actie.WIJZIGEN, Categorie.HUISHOUDEN, inwoner),
    }


@login_required
@post_of_terug("dossier:detail")
def contactmoment_toevoegen(request, pk: int):
    """Save a contact moment; with htmx only the timeline section is swapped, without it the page reloads."""
    inwoner = selectors.zichtbare_inwoner(request.user, pk, onderdeel="contactmoment vastleggen", pad=request.path)
    if not mag(request.user, Actie.WIJZIGEN, Categorie.CONTACTNOTITIES, inwoner):
        raise PermissionDenied
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
    if not mag_taak(request.user, Taak.INWONER_AANMELDEN):
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
    inwoner = selectors.zichtbare_inwoner(request.user, pk, onderdeel="huishouden wijzigen", pad=request.path)
    if not mag(request.user, Actie.WIJZIGEN, Categorie.HUISHOUDEN, inwoner):
        raise PermissionDenied
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
