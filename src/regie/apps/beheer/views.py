"""The functioneel beheerder's pages: staff accounts, rights changes with four eyes, teams and wijken.

Thin views: the rule of who may manage is ``mag_gebruikers_beheren``; every write goes through ``services``.
"""

from functools import partial, wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.apps.accounts import registry
from regie.apps.accounts.beheerrechten import mag_gebruikers_beheren
from regie.apps.accounts.models import Rol, Rolwijziging

from . import selectors, services
from .forms import (
    ROLKEUZES,
    MedewerkerFormulier,
    MedewerkerNieuwFormulier,
    RechtenVelden,
    TeamFormulier,
    WachtwoordlinkFormulier,
    WijkFormulier,
)


def beheerder_vereist(view):
    @login_required
    @wraps(view)
    def controle(request, *args, **kwargs):
        if not mag_gebruikers_beheren(request.user):
            raise PermissionDenied(_("Deze pagina is voor de functioneel beheerder."))
        return view(request, *args, **kwargs)

    return controle


def _fouten_naar_formulier(formulier, fout: ValidationError) -> None:
    if hasattr(fout, "error_dict"):
        for veld, lijst in fout.error_dict.items():
            formulier.add_error(veld if veld in formulier.fields else None, lijst)
    else:
        formulier.add_error(None, fout)


@beheerder_vereist
def start(request):
    open_aanvragen = selectors.rolwijzigingen(request.user).filter(status=Rolwijziging.Status.OPEN)
    return render(
        request,
        "beheer/start.html",
        {
            "aantal_medewerkers": selectors.medewerkers(request.user).count(),
            "aantal_teams": selectors.teams(request.user).count(),
            "aantal_wijken": selectors.wijken(request.user).count(),
            "aantal_open": open_aanvragen.exclude(aangevraagd_door=request.user).count(),
            "verder": _andere_beheerpaginas(request.user),
        },
    )


def _andere_beheerpaginas(user) -> list[tuple[str, str]]:
    """The other pages this beheerder works on (koppelingen, herberekening, plekken…), from the menu registry, so
    that the start page offers everything without this app knowing the apps above it."""
    eigen = {reverse(naam) for naam in ("beheer:medewerkers", "beheer:teams", "beheer:wijken", "beheer:rolwijzigingen")}
    return [(label, url) for label, url in registry.menu_voor(user) if url not in eigen]


@beheerder_vereist
def medewerkers(request):
    zoek = request.GET.get("zoek", "").strip()[:100]
    rol = request.GET.get("rol", "")
    rol = rol if rol in {r for r, _ in ROLKEUZES} | {"geen"} else ""
    pagina = Paginator(selectors.zoek_medewerkers(request.user, zoek, rol), 50).get_page(request.GET.get("pagina"))
    return render(
        request,
        "beheer/medewerkers.html",
        {"pagina": pagina, "zoek": zoek, "rol": rol, "rolkeuzes": ROLKEUZES[1:]},
    )


@beheerder_vereist
def medewerker_nieuw(request):
    formulier = MedewerkerNieuwFormulier(request.POST or None, beheerder=request.user)
    if request.method == "POST" and formulier.is_valid():
        try:
            medewerker = services.maak_medewerker(request.user, **formulier.cleaned_data)
        except ValidationError as fout:
            _fouten_naar_formulier(formulier, fout)
        else:
            messages.success(
                request,
                _(
                    "Account %(naam)s is aangemaakt. De rol gaat in zodra een andere beheerder die goedkeurt; "
                    "stuur daarna een link om het wachtwoord in te stellen."
                )
                % {"naam": medewerker.username},
            )
            return redirect("beheer:medewerker", pk=medewerker.pk)
    return render(request, "beheer/medewerker_nieuw.html", {"form": formulier})


@beheerder_vereist
def medewerker(request, pk):
    medewerker = get_object_or_404(selectors.medewerkers(request.user), pk=pk)
    eigen = medewerker.pk == request.user.pk
    formulier = MedewerkerFormulier(
        request.POST or None,
        initial={
            "first_name": medewerker.first_name,
            "last_name": medewerker.last_name,
            "is_active": medewerker.is_active,
        },
    )
    if request.method == "POST" and formulier.is_valid():
        try:
            services.wijzig_medewerker(request.user, medewerker, **formulier.cleaned_data)
        except ValidationError as fout:
            _fouten_naar_formulier(formulier, fout)
        else:
            messages.success(request, _("De gegevens zijn opgeslagen."))
            return redirect("beheer:medewerker", pk=medewerker.pk)
    return render(
        request,
        "beheer/medewerker.html",
        {
            "medewerker": medewerker,
            "eigen": eigen,
            "form": formulier,
            "open_wijziging": selectors.open_rolwijziging(medewerker),
            "wijzigingen": selectors.rolwijzigingen(request.user).filter(gebruiker=medewerker)[:10],
            "wachtwoordformulier": WachtwoordlinkFormulier(),
            "heeft_wachtwoord": medewerker.has_usable_password(),
        },
    )


@beheerder_vereist
def medewerker_rechten(request, pk):
    medewerker = get_object_or_404(selectors.medewerkers(request.user), pk=pk)
    if medewerker.pk == request.user.pk:
        raise PermissionDenied(_("U kunt uw eigen rol niet wijzigen. Vraag dit aan een andere beheerder."))
    formulier = RechtenVelden(
        request.POST or None,
        beheerder=request.user,
        initial={
            "rol": medewerker.rol,
            "team": medewerker.team_id,
            "organisatie": medewerker.organisatie,
            "email": medewerker.email,
        },
    )
    if request.method == "POST" and formulier.is_valid():
        try:
            services.vraag_rolwijziging_aan(request.user, medewerker, **formulier.cleaned_data)
        except ValidationError as fout:
            _fouten_naar_formulier(formulier, fout)
        else:
            messages.success(
                request, _("De wijziging is aangevraagd. Hij gaat in zodra een andere beheerder hem goedkeurt.")
            )
            return redirect("beheer:medewerker", pk=medewerker.pk)
    return render(request, "beheer/medewerker_rechten.html", {"medewerker": medewerker, "form": formulier})


@require_POST
@beheerder_vereist
def medewerker_wachtwoord(request, pk):
    medewerker = get_object_or_404(selectors.medewerkers(request.user), pk=pk)
    formulier = WachtwoordlinkFormulier(request.POST)
    formulier.is_valid()
    try:
        services.stuur_wachtwoordlink(
            request.user,
            medewerker,
            huidig_ongeldig=formulier.cleaned_data.get("huidig_ongeldig", False),
            basis_url=request.build_absolute_uri("/").rstrip("/"),
        )
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        messages.success(
            request,
            _("Een link om het wachtwoord in te stellen is naar het e-mailadres van %(naam)s gestuurd.")
            % {"naam": medewerker},
        )
    return redirect("beheer:medewerker", pk=medewerker.pk)


@require_POST
@beheerder_vereist
def medewerker_tweede_factor(request, pk):
    medewerker = get_object_or_404(selectors.medewerkers(request.user), pk=pk)
    services.herstel_tweede_factor(request.user, medewerker)
    messages.success(
        request, _("%(naam)s stelt bij de volgende keer inloggen de tweede factor opnieuw in.") % {"naam": medewerker}
    )
    return redirect("beheer:medewerker", pk=medewerker.pk)


@beheerder_vereist
def rolwijzigingen(request):
    alle = selectors.rolwijzigingen(request.user)
    return render(
        request,
        "beheer/rolwijzigingen.html",
        {
            "open": alle.filter(status=Rolwijziging.Status.OPEN),
            "behandeld": alle.exclude(status=Rolwijziging.Status.OPEN)[:50],
        },
    )


@require_POST
@beheerder_vereist
def rolwijziging_behandelen(request, pk, besluit):
    try:
        if besluit == "goedkeuren":
            wijziging = services.keur_rolwijziging_goed(request.user, pk)
            messages.success(
                request, _("Goedgekeurd: %(naam)s heeft nu de nieuwe rechten.") % {"naam": wijziging.gebruiker}
            )
        else:
            wijziging = services.wijs_rolwijziging_af(request.user, pk)
            messages.success(request, _("De wijziging voor %(naam)s is afgewezen.") % {"naam": wijziging.gebruiker})
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    return redirect("beheer:rolwijzigingen")


def _bewaar_formulier(request, formulier, bewaar, melding: str, doel: str):
    """A valid POST is saved through ``bewaar``: a redirect to ``doel`` with ``melding``, or None to show the form
    again with the service's errors on their fields."""
    if request.method != "POST" or not formulier.is_valid():
        return None
    try:
        bewaar(**formulier.cleaned_data)
    except ValidationError as fout:
        _fouten_naar_formulier(formulier, fout)
        return None
    messages.success(request, melding)
    return redirect(doel)


@beheerder_vereist
def teams(request):
    formulier = TeamFormulier(request.POST or None)
    bewaar = partial(services.bewaar_team, request.user, None)
    if klaar := _bewaar_formulier(request, formulier, bewaar, _("Het team is aangemaakt."), "beheer:teams"):
        return klaar
    return render(request, "beheer/teams.html", {"teams": selectors.teams(request.user), "form": formulier})


@beheerder_vereist
def team(request, pk):
    team = get_object_or_404(selectors.teams(request.user), pk=pk)
    formulier = TeamFormulier(request.POST or None, initial={"naam": team.naam})
    bewaar = partial(services.bewaar_team, request.user, team)
    if klaar := _bewaar_formulier(request, formulier, bewaar, _("Het team is opgeslagen."), "beheer:teams"):
        return klaar
    leden = team.leden.exclude(rol=Rol.INWONER).filter(is_superuser=False).order_by("last_name")
    return render(request, "beheer/team.html", {"team": team, "form": formulier, "leden": leden})


@beheerder_vereist
def wijken(request):
    formulier = WijkFormulier(request.POST or None)
    bewaar = partial(services.bewaar_wijk, request.user, None)
    if klaar := _bewaar_formulier(request, formulier, bewaar, _("De wijk is aangemaakt."), "beheer:wijken"):
        return klaar
    return render(request, "beheer/wijken.html", {"wijken": selectors.wijken(request.user), "form": formulier})


@beheerder_vereist
def wijk(request, pk):
    wijk = get_object_or_404(selectors.wijken(request.user), pk=pk)
    formulier = WijkFormulier(request.POST or None, initial={"naam": wijk.naam, "code": wijk.code})
    bewaar = partial(services.bewaar_wijk, request.user, wijk)
    if klaar := _bewaar_formulier(request, formulier, bewaar, _("De wijk is opgeslagen."), "beheer:wijken"):
        return klaar
    return render(request, "beheer/wijk.html", {"wijk": wijk, "form": formulier})
