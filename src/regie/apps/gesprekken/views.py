"""Thin views: parse the request, call a selector or a service, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.audit.services import log_verwerking
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.uploads import bestanden

from . import selectors, services, teamtrends
from .forms import CorrectieFormulier, NieuwGesprekFormulier, SprekersFormulier
from .models import SoortGesprek, StatusGesprek
from .voorbereiding import voorbereiding


def _alleen(request, taak: Taak):
    if not mag_taak(request.user, taak):
        raise PermissionDenied


@login_required
def mijn_gesprekken(request):
    _alleen(request, Taak.GESPREKKEN_VOEREN)
    context = {
        "gesprekken": selectors.mijn_gesprekken(request.user)[:200],
        "gedeeld": selectors.gedeeld_met_mij(request.user)[:100],
        "heeft_correcties": selectors.heeft_correcties(request.user),
    }
    log_verwerking(actor=request.user, categorie="gesprekken", activiteit="leren", onderdeel="gesprekken: overzicht")
    return render(request, "gesprekken/mijn_gesprekken.html", context)


@login_required
def trends(request):
    _alleen(request, Taak.LEERTRENDS)
    context = {
        "rijen": teamtrends.teamtrends(request.user),
        "minimum": teamtrends.MIN_PROFESSIONALS,
        "per_professional": teamtrends.MIN_GESPREKKEN,
        "lopend": teamtrends.kwartaal_label(teamtrends.kwartaal_van(timezone.localdate())),
    }
    return render(request, "gesprekken/trends.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def nieuw(request, pk: int):
    _alleen(request, Taak.GESPREKKEN_VOEREN)
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel="gesprek toevoegen", pad=request.path)
    formulier = NieuwGesprekFormulier(request.POST or None, bestanden(request) or None)
    if request.method == "POST" and formulier.is_valid():
        gegevens = formulier.cleaned_data
        try:
            if gegevens["soort"] == SoortGesprek.AANTEKENINGEN:
                gesprek = services.voeg_aantekeningen_toe(
                    door=request.user, inwoner=inwoner, datum=gegevens["datum"], aantekeningen=gegevens["aantekeningen"]
                )
                messages.success(request, _("Uw aantekeningen zijn opgeslagen."))
                return redirect("gesprekken:gesprek", pk=gesprek.pk)
            gesprek = services.voeg_transcript_toe(
                door=request.user,
                inwoner=inwoner,
                datum=gegevens["datum"],
                beurten=gegevens["beurten"],
                aantekeningen=gegevens["aantekeningen"],
            )
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            return redirect("gesprekken:sprekers", pk=gesprek.pk)
    status = 400 if formulier.is_bound else 200
    return render(request, "gesprekken/nieuw.html", {"inwoner": inwoner, "formulier": formulier}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def sprekers(request, pk: int):
    gesprek = selectors.eigen_gesprek(request.user, pk)
    if gesprek.status != StatusGesprek.SPREKERS_BEVESTIGEN:
        return redirect("gesprekken:gesprek", pk=pk)
    voorbeelden = {}
    for label, tekst in gesprek.beurten.order_by("volgorde").values_list("spreker_label", "tekst"):
        voorbeelden.setdefault(label, tekst)
    formulier = SprekersFormulier(
        request.POST or None, sprekers=list(voorbeelden.items()), eigenaar_naam=request.user.first_name
    )
    if request.method == "POST" and formulier.is_valid():
        try:
            services.bevestig_sprekers(door=request.user, gesprek=gesprek, rollen=formulier.rollen())
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("Het gesprek is gecodeerd. Hieronder staat uw feedback."))
            return redirect("gesprekken:gesprek", pk=pk)
    status = 400 if formulier.is_bound else 200
    context = {"gesprek": gesprek, "formulier": formulier, "aantal": gesprek.beurten.count()}
    return render(request, "gesprekken/sprekers.html", context, status=status)


@login_required
def gesprek(request, pk: int):
    weergave = selectors.feedback(request.user, pk, pad=request.path)
    if weergave.gesprek.status == StatusGesprek.SPREKERS_BEVESTIGEN and not weergave.gepseudonimiseerd:
        return redirect("gesprekken:sprekers", pk=pk)
    return render(request, "gesprekken/gesprek.html", {"f": weergave, "gesprek": weergave.gesprek})


@login_required
@require_POST
def corrigeer(request, pk: int, beurt: int):
    gesprek = selectors.eigen_gesprek(request.user, pk)
    try:
        regel = gesprek.beurten.get(pk=beurt)
    except gesprek.beurten.model.DoesNotExist:
        raise Http404 from None
    formulier = CorrectieFormulier(request.POST, spreker=regel.spreker)
    fout = ""
    if formulier.is_valid():
        try:
            services.corrigeer_code(door=request.user, beurt=regel, code=formulier.cleaned_data["code"])
        except ValidationError as e:
            fout = " ".join(e.messages)
    else:
        fout = " ".join(formulier.errors.get("code", []))
    if request.htmx:
        regel.refresh_from_db()
        context = {"b": selectors.BeurtWeergave(regel, regel.tekst, regel.spreker_label), "eigen": True, "fout": fout}
        return render(request, "gesprekken/_beurt.html", context, status=400 if fout else 200)
    if fout:
        messages.error(request, fout)
    else:
        messages.success(request, _("De code van beurt %(n)s is aangepast.") % {"n": regel.volgorde})
    return redirect(reverse("gesprekken:gesprek", kwargs={"pk": pk}) + f"#beurt-{regel.volgorde}")


@login_required
@require_POST
def delen(request, pk: int):
    gesprek = selectors.eigen_gesprek(request.user, pk)
    delen = request.POST.get("delen") == "ja"
    try:
        services.deel_met_team(door=request.user, gesprek=gesprek, delen=delen)
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        messages.success(
            request,
            _("Het gesprek is gedeeld met uw team, met namen en herleidbare gegevens vervangen.")
            if delen
            else _("Het gesprek is niet meer gedeeld."),
        )
    return redirect("gesprekken:gesprek", pk=pk)


@login_required
def correcties_export(request):
    _alleen(request, Taak.GESPREKKEN_VOEREN)
    inhoud = selectors.correcties_tsv(request.user)
    log_verwerking(
        actor=request.user,
        actie="exporteren",
        categorie="gesprekken",
        activiteit="leren",
        onderdeel=f"gesprekken: correcties (gepseudonimiseerd), {max(inhoud.count(chr(10)) - 1, 0)} regels",
    )
    antwoord = HttpResponse(inhoud, content_type="text/tab-separated-values; charset=utf-8")
    antwoord["Content-Disposition"] = 'attachment; filename="correcties.tsv"'
    return antwoord


@login_required
def voorbereiden(request, pk: int):
    _alleen(request, Taak.GESPREKKEN_VOEREN)
    inwoner = zichtbare_inwoner(
        request.user, pk, onderdeel="gesprek voorbereiden: doelen, stappen, verplichtingen", pad=request.path
    )
    return render(
        request, "gesprekken/voorbereiden.html", {"v": voorbereiding(request.user, inwoner), "inwoner": inwoner}
    )
