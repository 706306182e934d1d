"""Thin views: parse the request, call a selector or a service, render. Sessions are the professional's own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.mi.oefen import OefenFout, lees_regels, persona_bestanden, personas, regels, valideer_persona, vat_samen

from . import selectors, services
from .forms import BeurtFormulier
from .models import Oefensessie


def _alleen(request, taak: Taak) -> None:
    if not mag_taak(request.user, taak):
        raise PermissionDenied


def _fouttekst(fout: ValidationError) -> str:
    return " ".join(fout.messages)


@login_required
def overzicht(request):
    _alleen(request, Taak.OEFENEN)
    context = {
        "personas": sorted(personas().values(), key=lambda p: p.titel),
        "sessies": selectors.mijn_sessies(request.user)[:50],
    }
    return render(request, "oefenen/overzicht.html", context)


@login_required
@require_POST
def start(request):
    _alleen(request, Taak.OEFENEN)
    seed_tekst = request.POST.get("seed", "").strip()
    seed = int(seed_tekst) if seed_tekst.isdigit() and len(seed_tekst) < 10 else None
    try:
        sessie = services.start(request.user, request.POST.get("persona", ""), seed, request.POST.get("casus", ""))
    except ValidationError as fout:
        messages.error(request, _fouttekst(fout))
        return redirect("oefenen:overzicht")
    return redirect("oefenen:sessie", sessie=sessie.pk)


def _sessiecontext(request, sessie: Oefensessie, formulier: BeurtFormulier, hint: bool) -> dict:
    return {
        "oefensessie": sessie,
        "persona": selectors.persona_van(sessie),
        "beurten": selectors.weergave(sessie.beurten),
        "formulier": formulier,
        "hint": hint,
    }


@login_required
@require_http_methods(["GET", "POST"])
def sessie(request, sessie: int):
    _alleen(request, Taak.OEFENEN)
    gevonden = selectors.mijn_sessie(request.user, sessie)
    if selectors.persona_van(gevonden) is None:
        raise Http404
    hint = request.POST.get("hint") == "on" if request.method == "POST" else request.GET.get("hint") == "1"
    formulier = BeurtFormulier(request.POST or None, initial={"hint": hint})
    if request.method == "POST":
        if formulier.is_valid():
            try:
                services.beurt(request.user, gevonden.pk, formulier.cleaned_data["tekst"])
            except ValidationError as fout:
                formulier.add_error("tekst", _fouttekst(fout))
            except Oefensessie.DoesNotExist:
                raise Http404 from None
            else:
                if not request.htmx:
                    return redirect(f"{request.path}?hint=1" if hint else request.path)
                formulier = BeurtFormulier(initial={"hint": hint})
            gevonden.refresh_from_db()
        template = "oefenen/_gesprek.html" if request.htmx else "oefenen/sessie.html"
        status = 200 if not formulier.errors else (200 if request.htmx else 400)
        return render(request, template, _sessiecontext(request, gevonden, formulier, hint), status=status)
    return render(request, "oefenen/sessie.html", _sessiecontext(request, gevonden, formulier, hint))


@login_required
@require_POST
def afronden(request, sessie: int):
    _alleen(request, Taak.OEFENEN)
    selectors.mijn_sessie(request.user, sessie)
    try:
        services.afronden(request.user, sessie)
    except ValidationError as fout:
        messages.error(request, _fouttekst(fout))
        return redirect("oefenen:sessie", sessie=sessie)
    return redirect("oefenen:samenvatting", sessie=sessie)


@login_required
def samenvatting(request, sessie: int):
    _alleen(request, Taak.OEFENEN)
    gevonden = selectors.mijn_sessie(request.user, sessie)
    gesprek = selectors.gesprek_van(gevonden) if selectors.persona_van(gevonden) else None
    if gesprek is None:
        raise Http404
    context = {
        "oefensessie": gevonden,
        "persona": gesprek.persona,
        "s": vat_samen(gesprek.persona, regels(), gesprek.beurten),
        "cijfers": services.cijfers(gevonden),
        "beurten": selectors.weergave(gevonden.beurten),
        "eerdere": selectors.eerdere_sessies(request.user, gevonden),
    }
    return render(request, "oefenen/samenvatting.html", context)


def _casus_seed() -> int:
    """The same case for the whole team this week: the ISO year and week, e.g. 202650."""
    return int(timezone.localdate().strftime("%G%V"))


@login_required
def trainer(request):
    _alleen(request, Taak.OEFENEN_BEGELEIDEN)
    rijen = []
    for pad in persona_bestanden():
        persona, fouten = valideer_persona(pad)
        rijen.append({"bestand": pad.name, "persona": persona, "fouten": fouten})
    try:
        lees_regels()
        regelfout = None
    except OefenFout as fout:
        regelfout = fout
    context = {"rijen": rijen, "regelfout": regelfout, "seed": _casus_seed(), "bronnen": regels().bronnen}
    return render(request, "oefenen/trainer.html", context)


@login_required
def casus(request, persona: str, seed: int):
    _alleen(request, Taak.OEFENEN)
    gekozen = personas().get(persona)
    if gekozen is None:
        raise Http404
    return render(request, "oefenen/casus.html", {"persona": gekozen, "seed": seed, "casus": f"{gekozen.slug}-{seed}"})
