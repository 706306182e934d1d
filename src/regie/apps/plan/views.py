"""Thin views for the professional's plan page and the klantmanager's worklist."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.apps.accounts.models import Rol
from regie.apps.audit.services import log_verwerking
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.apps.inkomen.models import Ontheffing
from regie.apps.inkomen.selectors import signalen
from regie.apps.portaal import selectors as portaal_selectors
from regie.apps.portaal import services as portaal_services
from regie.apps.portaal.forms import AfspraakFormulier, BerichtFormulier

from . import selectors, services
from .forms import (
    BelemmeringFormulier,
    CheckinFormulier,
    DoelAfsluitenFormulier,
    DoelFormulier,
    DoelWijzigenFormulier,
    LadderFormulier,
    StapAfvinkenFormulier,
    StapFormulier,
    ZelfredzaamheidFormulier,
)
from .models import Belemmering, Doel, Stap

DOELFORMULIEREN = {
    "stap": StapFormulier,
    "checkin": CheckinFormulier,
    "wijzigen": DoelWijzigenFormulier,
    "afsluiten": DoelAfsluitenFormulier,
}


def plan_urls(inwoner):
    """Where the goal and step forms of the professional's page post to."""

    def url(naam: str, pk: int) -> str:
        if naam == "afvinken":
            return reverse("plan:stap_afvinken", kwargs={"pk": inwoner.pk, "stap_pk": pk})
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


def _ontheffingen(user, inwoner):
    return Ontheffing.objects.zichtbaar_voor(user).filter(inwoner=inwoner)


def _pagina(request, inwoner, status=200, gebonden=None):
    user = request.user
    gebonden = gebonden or {}
    lopend, afgesloten = selectors.doel_weergaven(user, inwoner)
    is_km = user.rol == Rol.KLANTMANAGER
    context = {
        "inwoner": inwoner,
        "doelen": doelformulieren(lopend, gebonden, plan_urls(inwoner)),
        "afgesloten": afgesloten,
        "belemmeringen": selectors.belemmeringen(user, inwoner),
        "instrumenten": selectors.instrumenten(user, inwoner),
        "afspraken": portaal_selectors.afspraken(user, inwoner),
        "berichten": portaal_selectors.berichten(user, inwoner) if user.rol != Rol.KRACHTCOACH else None,
        "mag_plan_wijzigen": user.rol in services.PLANMAKERS,
        "mag_meten": user.rol in (Rol.KLANTMANAGER, Rol.KRACHTCOACH),
        "mag_belemmering": is_km,
        "mag_berichten": is_km,
        "doel_formulier": gebonden.get("doel") or DoelFormulier(),
        "ladder_formulier": gebonden.get("ladder") or LadderFormulier(),
        "zrm_formulier": gebonden.get("zelfredzaamheid") or ZelfredzaamheidFormulier(),
        "belemmering_formulier": gebonden.get("belemmering")
        or BelemmeringFormulier(ontheffingen=_ontheffingen(user, inwoner)),
        "afspraak_formulier": gebonden.get("afspraak") or AfspraakFormulier(),
        "bericht_formulier": gebonden.get("bericht") or BerichtFormulier(),
    }
    return render(request, "plan/plan.html", context, status=status)


def _klaar(request, inwoner, melding: str):
    messages.success(request, melding)
    return redirect("plan:plan", pk=inwoner.pk)


@login_required
def plan(request, pk: int):
    if request.user.rol == Rol.INWONER:
        return redirect("portaal:start")  # the inwoner's own view of the same plan
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel="plan: doelen, stappen, instrumenten", pad=request.path)
    return _pagina(request, inwoner)


@login_required
@require_POST
def wijzig(request, pk: int, actie: str):
    """The plan-wide forms: a new goal, a measurement, an obstacle, an appointment, a message."""
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel=f"plan: {actie}", pad=request.path)
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
        "afspraak": (
            AfspraakFormulier,
            lambda g: portaal_services.plan_afspraak(door=user, inwoner=inwoner, **g),
            _("De afspraak is gemaakt. De inwoner ziet die in het portaal."),
        ),
        "bericht": (
            BerichtFormulier,
            lambda g: portaal_services.stuur_bericht(door=user, inwoner=inwoner, **g),
            _("Het bericht is verstuurd."),
        ),
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
@require_POST
def doel_actie(request, pk: int, doel_pk: int, actie: str):
    """Forms of one goal: add a step, record a check-in, change the words, close it."""
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel=f"plan: doel {actie}", pad=request.path)
    doel = get_object_or_404(Doel.objects.zichtbaar_voor(user).filter(plan__inwoner=inwoner), pk=doel_pk)
    if actie not in DOELFORMULIEREN:
        raise Http404
    formulier = DOELFORMULIEREN[actie](request.POST, prefix=f"{actie}{doel.pk}")
    uitvoer, melding = {
        "stap": (lambda g: services.voeg_stap_toe(door=user, doel=doel, **g), _("De stap staat in het plan.")),
        "checkin": (lambda g: services.leg_checkin_vast(door=user, doel=doel, **g), _("De voortgang is vastgelegd.")),
        "wijzigen": (lambda g: services.wijzig_doel(door=user, doel=doel, **g), _("Het doel is aangepast.")),
        "afsluiten": (lambda g: services.sluit_doel_af(door=user, doel=doel, **g), _("Het doel is afgesloten.")),
    }[actie]
    if verwerk(formulier, uitvoer):
        return _klaar(request, inwoner, melding)
    return _pagina(request, inwoner, status=400, gebonden={(actie, doel.pk): formulier})


@login_required
@require_POST
def stap_afvinken(request, pk: int, stap_pk: int):
    user = request.user
    inwoner = zichtbare_inwoner(user, pk, onderdeel="plan: stap afvinken", pad=request.path)
    stap = get_object_or_404(Stap.objects.zichtbaar_voor(user).filter(doel__plan__inwoner=inwoner), pk=stap_pk)
    formulier = StapAfvinkenFormulier(request.POST, prefix=f"afvink{stap.pk}")
    if verwerk(formulier, lambda g: services.markeer_stap(door=user, stap=stap, notitie=g["notitie"])):
        return _klaar(request, inwoner, _("De stap is gedaan. Goed bezig!"))
    return _pagina(request, inwoner, status=400, gebonden={("afvinken", stap.pk): formulier})


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
    if request.user.rol != Rol.KLANTMANAGER:
        raise PermissionDenied
    context = {
        "stappen": selectors.werklijst_stappen(request.user),
        "signalen": signalen(request.user),
        "vandaag": timezone.localdate(),
    }
    log_verwerking(
        actor=request.user,
        categorie=("identificatie", "plan", "financieel"),
        activiteit="begeleiding",
        onderdeel=f"werklijst: {len(context['stappen'])} stappen, {len(context['signalen'])} signalen",
    )
    return render(request, "plan/werklijst.html", context)
