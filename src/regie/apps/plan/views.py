"""Thin views for the professional's plan page and the klantmanager's worklist."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.apps.accounts import registry
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.audit.services import log_verwerking
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.apps.inkomen.models import Ontheffing
from regie.postformulier import post_of_terug

from . import inbox, selectors, services
from .doelpagina import DOELFORMULIEREN, doelformulieren, plan_urls, verwerk
from .forms import (
    BelemmeringFormulier,
    DoelFormulier,
    LadderFormulier,
    StapAfvinkenFormulier,
    ZelfredzaamheidFormulier,
)
from .models import Belemmering, Doel, Stap

# Which category each plan-wide form writes; the services check the exact category of what is recorded.
WIJZIG_CATEGORIE = {
    "doel": Categorie.PLAN,
    "ladder": Categorie.INSTRUMENTEN,
    "zelfredzaamheid": Categorie.INSTRUMENTEN,
    "belemmering": Categorie.INSTRUMENTEN,
    "afspraak": Categorie.CONTACTNOTITIES,
    "bericht": Categorie.CONTACTNOTITIES,
}


def _ontheffingen(user, inwoner):
    return Ontheffing.objects.zichtbaar_voor(user).filter(inwoner=inwoner)


def _pagina(request, inwoner, status=200, gebonden=None):
    user = request.user
    gebonden = gebonden or {}
    lopend, afgesloten = selectors.doel_weergaven(user, inwoner)
    context = {
        "inwoner": inwoner,
        "doelen": doelformulieren(lopend, gebonden, plan_urls(inwoner)),
        "afgesloten": afgesloten,
        "belemmeringen": selectors.belemmeringen(user, inwoner),
        "instrumenten": selectors.instrumenten(user, inwoner),
        "mag_plan_wijzigen": mag(user, Actie.WIJZIGEN, Categorie.PLAN, inwoner),
        "mag_meten": mag(user, Actie.WIJZIGEN, Categorie.INSTRUMENTEN, inwoner),
        "mag_belemmering": mag(user, Actie.WIJZIGEN, Categorie.INSTRUMENTEN, inwoner),
        "mag_delen": mag(user, Actie.WIJZIGEN, Categorie.TOESTEMMING, inwoner),
        "doel_formulier": gebonden.get("doel") or DoelFormulier(),
        "ladder_formulier": gebonden.get("ladder") or LadderFormulier(),
        "zrm_formulier": gebonden.get("zelfredzaamheid") or ZelfredzaamheidFormulier(),
        "belemmering_formulier": gebonden.get("belemmering")
        or BelemmeringFormulier(ontheffingen=_ontheffingen(user, inwoner)),
        # Appointments and messages belong to the portal app, which adds them to this page (accounts.registry).
        **registry.dienst("plan_pagina_contact", user, inwoner, gebonden, standaard={}),
    }
    return render(request, "plan/plan.html", context, status=status)


def _klaar(request, inwoner, melding: str):
    messages.success(request, melding)
    return redirect("plan:plan", pk=inwoner.pk)


@login_required
def plan(request, pk: int):
    if mag_taak(request.user, Taak.PORTAAL):
        return redirect("portaal:start")  # the inwoner's own view of the same plan
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel="plan: doelen, stappen, instrumenten", pad=request.path)
    return _pagina(request, inwoner)


@login_required
@post_of_terug("plan:plan")
def wijzig(request, pk: int, actie: str):
    """The plan-wide forms: a new goal, a measurement, an obstacle; the portal app adds appointment and message."""
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel=f"plan: {actie}", pad=request.path)
    if actie in WIJZIG_CATEGORIE and not mag(user, Actie.WIJZIGEN, WIJZIG_CATEGORIE[actie], inwoner):
        raise PermissionDenied
    acties = {
        "doel": (
            DoelFormulier,
            lambda g: services.voeg_doel_toe(door=user, inwoner=inwoner, **g),
            _("Het doel staat in het plan."),
        ),
        "ladder": (
            LadderFormulier,
            lambda g: services.leg_laddermeting_vast(door=user, inwoner=inwoner, **g),
            _("De trede op de participatieladder is vastgelegd."),
        ),
        "zelfredzaamheid": (
            ZelfredzaamheidFormulier,
            None,
            _("De zelfredzaamheid is vastgelegd."),
        ),
        "belemmering": (
            lambda data: BelemmeringFormulier(data, ontheffingen=_ontheffingen(user, inwoner)),
            lambda g: services.leg_belemmering_vast(door=user, inwoner=inwoner, **g),
            _("De belemmering is vastgelegd."),
        ),
        **registry.dienst("plan_acties_contact", user, inwoner, standaard={}),
    }
    if actie not in acties:
        raise Http404
    maak, uitvoer, melding = acties[actie]
    formulier = maak(request.POST)
    if actie == "zelfredzaamheid":

        def uitvoer(g):
            return services.leg_zelfredzaamheid_vast(
                door=user, inwoner=inwoner, datum=g["datum"], moment=g["moment"], scores=formulier.scores()
            )

    if verwerk(formulier, uitvoer):
        return _klaar(request, inwoner, melding)
    return _pagina(request, inwoner, status=400, gebonden={actie: formulier})


@login_required
@post_of_terug("plan:plan")
def doel_actie(request, pk: int, doel_pk: int, actie: str):
    """Forms of one goal: add a step, record a check-in, change the words, close it."""
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel=f"plan: doel {actie}", pad=request.path)
    doel = get_object_or_404(Doel.objects.zichtbaar_voor(user).filter(plan__inwoner=inwoner), pk=doel_pk)
    if not Doel.objects.zichtbaar_voor(user, Actie.WIJZIGEN).filter(pk=doel.pk).exists():
        raise PermissionDenied
    if actie not in DOELFORMULIEREN:
        raise Http404
    formulier = DOELFORMULIEREN[actie](request.POST, prefix=f"{actie}{doel.pk}")
    uitvoer, melding = {
        "stap": (lambda g: services.voeg_stap_toe(door=user, doel=doel, **g), _("De stap staat in het plan.")),
        "checkin": (lambda g: services.leg_checkin_vast(door=user, doel=doel, **g), _("De voortgang is vastgelegd.")),
        "wijzigen": (lambda g: services.wijzig_doel(door=user, doel=doel, **g), _("Het doel is aangepast.")),
        "afsluiten": (lambda g: services.sluit_doel_af(door=user, doel=doel, **g), _("Het doel is afgesloten.")),
        "delen": (
            lambda g: services.deel_doel(door=user, doel=doel, gedeeld=g["gedeeld"]),
            _("Vastgelegd wat de inwoner met de krachtcoach deelt."),
        ),
    }[actie]
    if verwerk(formulier, uitvoer):
        return _klaar(request, inwoner, melding)
    return _pagina(request, inwoner, status=400, gebonden={(actie, doel.pk): formulier})


@login_required
@post_of_terug("plan:plan")
def stap_afvinken(request, pk: int, stap_pk: int):
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel="plan: stap afvinken", pad=request.path)
    stap = get_object_or_404(Stap.objects.zichtbaar_voor(user).filter(doel__plan__inwoner=inwoner), pk=stap_pk)
    if not Stap.objects.zichtbaar_voor(user, Actie.WIJZIGEN).filter(pk=stap.pk).exists():
        raise PermissionDenied
    formulier = StapAfvinkenFormulier(request.POST, prefix=f"afvink{stap.pk}")
    if verwerk(formulier, lambda g: services.markeer_stap(door=user, stap=stap, notitie=g["notitie"])):
        return _klaar(request, inwoner, _("De stap is gedaan. Goed bezig!"))
    return _pagina(request, inwoner, status=400, gebonden={("afvinken", stap.pk): formulier})


@login_required
@require_POST
def stap_delen(request, pk: int, stap_pk: int):
    """A klantmanager records, on the inwoner's word, whether one step of a shared goal is shared."""
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel="plan: stap delen", pad=request.path)
    stap = get_object_or_404(Stap.objects.zichtbaar_voor(user).filter(doel__plan__inwoner=inwoner), pk=stap_pk)
    if not mag(user, Actie.WIJZIGEN, Categorie.TOESTEMMING, inwoner):
        raise PermissionDenied
    services.deel_stap(door=user, stap=stap, gedeeld=request.POST.get("gedeeld") == "on")
    return _klaar(request, inwoner, _("Vastgelegd wat de inwoner met de krachtcoach deelt."))


@login_required
@require_POST
def belemmering_opgelost(request, pk: int, belemmering_pk: int):
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel="plan: belemmering opgelost", pad=request.path)
    belemmering = get_object_or_404(Belemmering.objects.zichtbaar_voor(user).filter(inwoner=inwoner), pk=belemmering_pk)
    services.los_belemmering_op(door=user, belemmering=belemmering)
    return _klaar(request, inwoner, _("De belemmering staat als opgelost."))


@login_required
def werklijst(request):
    if not mag_taak(request.user, Taak.WERKLIJST):
        raise PermissionDenied
    dagen = inbox.periode_uit(request.GET.get("periode"))
    soort = inbox.soort_uit(request.GET.get("soort"))
    regels = inbox.inbox(request.user, dagen=dagen, soort=soort)
    context = {
        "stappen": selectors.werklijst_stappen(request.user),
        "regels": regels,
        "ongelezen": sum(1 for r in regels if not r.gelezen),
        "soorten": list(inbox.SOORTEN.items()),
        "periodes": inbox.PERIODES,
        "soort": soort,
        "periode": dagen,
        "vandaag": timezone.localdate(),
    }
    log_verwerking(
        actor=request.user,
        categorie=("identificatie", "plan", "financieel"),
        activiteit="begeleiding",
        onderdeel=f"werklijst: {len(context['stappen'])} stappen, {len(regels)} signalen",
    )
    return render(request, "plan/werklijst.html", context)


@login_required
@require_POST
def signalen_gelezen(request):
    """Mark signals of the inbox as seen, and go back to the worklist with the same filters."""
    if not mag_taak(request.user, Taak.WERKLIJST):
        raise PermissionDenied
    inbox.markeer_gelezen(request.user, request.POST.getlist("sleutel"))
    terug = {
        "soort": inbox.soort_uit(request.POST.get("soort")),
        "periode": inbox.periode_uit(request.POST.get("periode")),
    }
    return redirect(f"{reverse('plan:werklijst')}?{urlencode({k: v for k, v in terug.items() if v})}")
