"""The inwoner's own portal: their plan, steps, rulers, appointments and messages, in plain language."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.apps.plan import selectors as plan_selectors
from regie.apps.plan import services as plan_services
from regie.apps.plan.doelpagina import DOELFORMULIEREN, DoelFormulier, StapAfvinkenFormulier, doelformulieren, verwerk
from regie.apps.plan.models import Doel, Stap
from regie.postformulier import post_of_terug

from . import selectors, services
from .forms import BerichtFormulier


def _eigen(request, onderdeel: str):
    """The logged-in inwoner's own record; the read is logged like every other dossier read."""
    if not mag_taak(request.user, Taak.PORTAAL):
        raise PermissionDenied
    eigen = selectors.eigen_inwoner(request.user)
    if eigen is None:
        raise Http404
    return zichtbare_inwoner(request.user, eigen.pk, onderdeel=onderdeel, pad=request.path)


def _url(naam: str, pk: int) -> str:
    if naam in ("afvinken", "stap_delen"):
        route = "portaal:stap_afvinken" if naam == "afvinken" else "portaal:stap_delen"
        return reverse(route, kwargs={"stap_pk": pk})
    return reverse("portaal:doel_actie", kwargs={"doel_pk": pk, "actie": naam})


def _start(request, inwoner, status=200, gebonden=None):
    user = request.user
    gebonden = gebonden or {}
    lopend, afgesloten = plan_selectors.doel_weergaven(user, inwoner)
    context = {
        "inwoner": inwoner,
        "doelen": doelformulieren(lopend, gebonden, _url),
        "afgesloten": afgesloten,
        "belemmeringen": [b for b in plan_selectors.belemmeringen(user, inwoner) if not b.opgelost_op],
        "afspraken": selectors.afspraken(user, inwoner),
        "berichten": selectors.berichten(user, inwoner),
        "mag_plan_wijzigen": True,
        "mag_delen": True,
        "doel_formulier": gebonden.get("doel") or DoelFormulier(),
        "bericht_formulier": gebonden.get("bericht") or BerichtFormulier(),
    }
    return render(request, "portaal/start.html", context, status=status)


def _klaar(request, melding: str, anker: str = ""):
    messages.success(request, melding)
    return redirect(reverse("portaal:start") + anker)


@login_required
def start(request):
    return _start(request, _eigen(request, "portaal: mijn plan, afspraken, berichten"))


@login_required
def gegevens(request):
    inwoner = _eigen(request, "portaal: mijn gegevens")
    return render(request, "portaal/gegevens.html", {"inwoner": inwoner})


@login_required
@post_of_terug("portaal:start", pk=False)
def doel_toevoegen(request):
    inwoner = _eigen(request, "portaal: doel toevoegen")
    formulier = DoelFormulier(request.POST)
    if verwerk(formulier, lambda g: plan_services.voeg_doel_toe(door=request.user, inwoner=inwoner, **g)):
        return _klaar(request, _("Uw doel staat in uw plan."), "#kop-doelen")
    return _start(request, inwoner, status=400, gebonden={"doel": formulier})


@login_required
@post_of_terug("portaal:start", pk=False)
def doel_actie(request, doel_pk: int, actie: str):
    user = request.user
    inwoner = _eigen(request, f"portaal: doel {actie}")
    doel = get_object_or_404(Doel.objects.zichtbaar_voor(user).filter(plan__inwoner=inwoner), pk=doel_pk)
    if actie not in DOELFORMULIEREN:
        raise Http404
    formulier = DOELFORMULIEREN[actie](request.POST, prefix=f"{actie}{doel.pk}")
    uitvoer, melding = {
        "stap": (lambda g: plan_services.voeg_stap_toe(door=user, doel=doel, **g), _("De stap staat in uw plan.")),
        "checkin": (
            lambda g: plan_services.leg_checkin_vast(door=user, doel=doel, **g),
            _("Dank u. Uw cijfers zijn opgeslagen."),
        ),
        "wijzigen": (lambda g: plan_services.wijzig_doel(door=user, doel=doel, **g), _("Uw doel is aangepast.")),
        "afsluiten": (lambda g: plan_services.sluit_doel_af(door=user, doel=doel, **g), _("Uw doel is afgesloten.")),
        "delen": (
            lambda g: plan_services.deel_doel(door=user, doel=doel, gedeeld=g["gedeeld"]),
            _("Uw krachtcoach ziet dit doel nu."),
        ),
    }[actie]
    if verwerk(formulier, uitvoer):
        if actie == "delen" and not formulier.cleaned_data["gedeeld"]:
            melding = _("Uw krachtcoach ziet dit doel niet meer.")
        return _klaar(request, melding, f"#doel-{doel.pk}")
    return _start(request, inwoner, status=400, gebonden={(actie, doel.pk): formulier})


@login_required
@post_of_terug("portaal:start", pk=False)
def stap_afvinken(request, stap_pk: int):
    user = request.user
    inwoner = _eigen(request, "portaal: stap afvinken")
    stap = get_object_or_404(Stap.objects.zichtbaar_voor(user).filter(doel__plan__inwoner=inwoner), pk=stap_pk)
    formulier = StapAfvinkenFormulier(request.POST, prefix=f"afvink{stap.pk}")
    if verwerk(formulier, lambda g: plan_services.markeer_stap(door=user, stap=stap, notitie=g["notitie"])):
        return _klaar(request, _("Goed gedaan! De stap staat op gedaan."), f"#doel-{stap.doel_id}")
    return _start(request, inwoner, status=400, gebonden={("afvinken", stap.pk): formulier})


@login_required
@post_of_terug("portaal:start", pk=False)
def bericht(request):
    inwoner = _eigen(request, "portaal: bericht sturen")
    formulier = BerichtFormulier(request.POST)
    if verwerk(formulier, lambda g: services.stuur_bericht(door=request.user, inwoner=inwoner, **g)):
        return _klaar(request, _("Uw bericht is verstuurd naar uw klantmanager."), "#kop-berichten")
    return _start(request, inwoner, status=400, gebonden={"bericht": formulier})


@login_required
@require_POST
def stap_delen(request, stap_pk: int):
    """The inwoner keeps one step of a shared goal to themself, or shares it again."""
    inwoner = _eigen(request, "portaal: stap delen")
    stap = get_object_or_404(Stap.objects.zichtbaar_voor(request.user).filter(doel__plan__inwoner=inwoner), pk=stap_pk)
    plan_services.deel_stap(door=request.user, stap=stap, gedeeld=request.POST.get("gedeeld") == "on")
    return _klaar(request, _("Uw keuze is opgeslagen."), f"#doel-{stap.doel_id}")
