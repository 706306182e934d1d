"""Thin views for rechtmatigheid: the dossier's calculation page, the inwoner's own page and the batch page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.apps.accounts import registry
from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.audit.services import log_inzage
from regie.apps.dossier.models import Inwoner
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.apps.taken import services as taken_services
from regie.opmaak import bedrag
from regie.postformulier import post_of_terug

from . import afstemming, selectors, services
from . import herberekening as herberekening_job
from . import maatregel as maatregel_services
from .forms import (
    BesluitFormulier,
    HeronderzoekAfrondenFormulier,
    HeronderzoekPlannenFormulier,
    HorenFormulier,
    InkomstenbronFormulier,
    MaatregelFormulier,
    OntheffingFormulier,
    PeildatumFormulier,
    UitkeringsgegevensFormulier,
    VermogenFormulier,
    VerplichtingFormulier,
)
from .models import Inkomstenbron, Vermogensbestanddeel

FORMULIEREN = {
    "bereken": PeildatumFormulier,
    "inkomen": InkomstenbronFormulier,
    "vermogen": VermogenFormulier,
    "verplichting": VerplichtingFormulier,
    "ontheffing": OntheffingFormulier,
    "plannen": HeronderzoekPlannenFormulier,
    "afronden": HeronderzoekAfrondenFormulier,
}


def _financieel_inwoner(request, pk: int, onderdeel: str) -> Inwoner:
    if not (mag_taak(request.user, Taak.CASELOAD) and mag(request.user, Actie.LEZEN, Categorie.FINANCIEEL)):
        # Functiescheiding: a krachtcoach gets the same answer as for a dossier that does not exist.
        raise Http404
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel=onderdeel, pad=request.path)
    if not mag(request.user, Actie.LEZEN, Categorie.FINANCIEEL, inwoner):
        raise Http404
    return inwoner


def _mag_wijzigen(request, inwoner) -> None:
    """A teamleider reads the financial data of the team; only a klantmanager changes it."""
    if not mag(request.user, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner):
        raise PermissionDenied


def _pagina(request, inwoner, status=200, **gebonden):
    gegevens = selectors.rechtmatigheid(request.user, inwoner)
    context = {
        "inwoner": inwoner,
        "r": gegevens,
        "mag_wijzigen": mag(request.user, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner),
        "bereken_formulier": gebonden.get("bereken") or PeildatumFormulier(),
        "inkomen_formulier": gebonden.get("inkomen") or InkomstenbronFormulier(),
        "vermogen_formulier": gebonden.get("vermogen") or VermogenFormulier(),
        "gegevens_formulier": gebonden.get("gegevens") or UitkeringsgegevensFormulier(instance=gegevens.gegevens),
        **{
            f"{naam}_formulier": gebonden.get(naam) or FORMULIEREN[naam]()
            for naam in ("verplichting", "ontheffing", "plannen", "afronden")
        },
        "wijzigingen": selectors.wijzigingen(request.user, inwoner).defer("document")[:20],
    }
    return render(request, "inkomen/rechtmatigheid.html", context, status=status)


@login_required
def rechtmatigheid(request, pk: int):
    inwoner = _financieel_inwoner(request, pk, "rechtmatigheid: inkomen, vermogen, berekeningen")
    return _pagina(request, inwoner)


@login_required
@post_of_terug("inkomen:rechtmatigheid")
def wijzig(request, pk: int, actie: str):
    """One handler for the page's forms: calculate, add income, add an asset, change the other facts."""
    inwoner = _financieel_inwoner(request, pk, f"rechtmatigheid: {actie}")
    _mag_wijzigen(request, inwoner)
    if actie == "gegevens":
        huidig = selectors.rechtmatigheid(request.user, inwoner).gegevens
        formulier = UitkeringsgegevensFormulier(request.POST, instance=huidig)
    elif actie in FORMULIEREN:
        formulier = FORMULIEREN[actie](request.POST)
    else:
        raise Http404
    if formulier.is_valid():
        try:
            melding = _voer_uit(request.user, inwoner, actie, formulier.cleaned_data)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, melding)
            return redirect("inkomen:rechtmatigheid", pk=pk)
    return _pagina(request, inwoner, status=400, **{actie: formulier})


def _voer_uit(user, inwoner, actie: str, gegevens: dict) -> str:
    if actie == "bereken":
        berekening = services.bereken(door=user, inwoner=inwoner, **gegevens)
        return _("De uitkering is berekend: %(bedrag)s per maand.") % {"bedrag": bedrag(berekening.uitkering)}
    if actie == "inkomen":
        services.voeg_inkomstenbron_toe(door=user, inwoner=inwoner, gegevens=gegevens)
        return _("Het inkomen is toegevoegd. Bereken de uitkering opnieuw om het mee te nemen.")
    if actie == "vermogen":
        services.voeg_vermogen_toe(door=user, inwoner=inwoner, gegevens=gegevens)
        return _("Het vermogen is toegevoegd. Bereken de uitkering opnieuw om het mee te nemen.")
    if actie == "verplichting":
        services.zet_verplichting(door=user, inwoner=inwoner, gegevens=gegevens)
        return _("De verplichting is bijgewerkt.")
    if actie == "ontheffing":
        services.verleen_ontheffing(door=user, inwoner=inwoner, gegevens=gegevens)
        return _("De ontheffing is vastgelegd. U krijgt een signaal voordat die afloopt.")
    if actie == "plannen":
        services.plan_heronderzoek(door=user, inwoner=inwoner, **gegevens)
        return _("Het heronderzoek is gepland.")
    if actie == "afronden":
        services.rond_heronderzoek_af(door=user, inwoner=inwoner, **gegevens)
        return _("Het heronderzoek is afgerond, met een nieuwe berekening en het gesprek over het plan.")
    services.wijzig_uitkeringsgegevens(door=user, inwoner=inwoner, gegevens=gegevens)
    return _("De gegevens zijn opgeslagen.")


@login_required
@require_POST
def beeindig(request, pk: int, soort: str, object_pk: int):
    inwoner = _financieel_inwoner(request, pk, "rechtmatigheid: beëindigen")
    _mag_wijzigen(request, inwoner)
    model = {"inkomen": Inkomstenbron, "vermogen": Vermogensbestanddeel}.get(soort)
    if model is None:
        raise Http404
    object_ = get_object_or_404(model.objects.zichtbaar_voor(request.user), pk=object_pk, inwoner=inwoner)
    formulier = PeildatumFormulier(request.POST)
    if formulier.is_valid():
        try:
            services.beeindig(object_, door=request.user, einddatum=formulier.cleaned_data["peildatum"])
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(request, _("Beëindigd per %(datum)s.") % {"datum": formulier.cleaned_data["peildatum"]})
    return redirect("inkomen:rechtmatigheid", pk=pk)


@login_required
def mijn_uitkering(request):
    """The inwoner's own latest calculation, in plain language, and what changed since the previous one."""
    if not mag_taak(request.user, Taak.PORTAAL):
        raise Http404
    inwoner = Inwoner.objects.zichtbaar_voor(request.user).first()
    if inwoner is None:
        raise Http404
    zichtbare_inwoner(request.user, inwoner.pk, onderdeel="eigen berekening", pad=request.path)
    return render(
        request,
        "inkomen/mijn_uitkering.html",
        {
            "inwoner": inwoner,
            "b": selectors.laatste_berekening(request.user, inwoner, voor_inwoner=True),
            "beschikkingen": selectors.beschikkingen(request.user, inwoner),
            "betaaldatums": selectors.betaaldatums(),
        },
    )


def _pdf(beschikking) -> HttpResponse:
    antwoord = HttpResponse(bytes(beschikking.pdf), content_type="application/pdf")
    antwoord["Content-Disposition"] = f'inline; filename="besluit-{beschikking.datum:%Y-%m-%d}-{beschikking.pk}.pdf"'
    return antwoord


@login_required
def mijn_brief(request, beschikking_pk: int):
    """A decision letter, exactly as it was sent, for the inwoner it is addressed to."""
    if not mag_taak(request.user, Taak.PORTAAL):
        raise Http404
    inwoner = Inwoner.objects.zichtbaar_voor(request.user).first()
    if inwoner is None:
        raise Http404
    zichtbare_inwoner(request.user, inwoner.pk, onderdeel="eigen beschikking", pad=request.path)
    return _pdf(get_object_or_404(selectors.beschikkingen(request.user, inwoner).defer(None), pk=beschikking_pk))


@login_required
def beschikking(request, pk: int, beschikking_pk: int):
    inwoner = _financieel_inwoner(request, pk, "maatregel: beschikking")
    return _pdf(get_object_or_404(selectors.beschikkingen(request.user, inwoner).defer(None), pk=beschikking_pk))


@login_required
def te_besluiten(request):
    """The teamleider's queue of maatregel proposals waiting for a decision."""
    if not mag_taak(request.user, Taak.MAATREGEL_BESLUITEN):
        raise PermissionDenied
    voorstellen = list(selectors.te_besluiten(request.user)[:200])
    for inwoner_id in {v.inwoner_id for v in voorstellen}:
        log_inzage(actor=request.user, inwoner_id=inwoner_id, onderdeel="maatregel: te besluiten", pad=request.path)
    return render(request, "inkomen/te_besluiten.html", {"voorstellen": voorstellen})


def _mag_herberekenen(request) -> None:
    if not herberekening_job.mag_herberekenen(request.user):
        raise PermissionDenied


@login_required
@require_http_methods(["GET", "POST"])
def herberekeningen(request):
    _mag_herberekenen(request)
    taken_services.herstel_vastgelopen(gemeente_id=request.user.gemeente_id)
    formulier = PeildatumFormulier(request.POST or None)
    lopend = None
    if request.method == "POST" and formulier.is_valid():
        try:
            herberekening = herberekening_job.start_herberekening(door=request.user, **formulier.cleaned_data)
        except taken_services.AlLopend as fout:
            formulier.add_error(None, fout)
            lopend = getattr(fout.taak, "herberekening", None)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            return redirect("inkomen:herberekening", pk=herberekening.pk)
    return render(
        request,
        "inkomen/herberekeningen.html",
        {"formulier": formulier, "lopend": lopend, "herberekeningen": selectors.herberekeningen(request.user)[:20]},
        status=400 if formulier.errors else 200,
    )


@login_required
def herberekening(request, pk: int):
    """The job's page; htmx polls its progress fragment, which asks for a full reload once the job has ended."""
    _mag_herberekenen(request)
    taken_services.herstel_vastgelopen(gemeente_id=request.user.gemeente_id)  # a dead worker's job is resumed
    item = get_object_or_404(selectors.herberekeningen(request.user), pk=pk)
    if request.htmx:
        response = render(request, "inkomen/_voortgang.html", {"h": item, "taak": item.taak})
        if not item.taak.loopt:
            response["HX-Refresh"] = "true"  # show the final counts and the refused inwoners
        return response
    pagina, niet_berekend = selectors.niet_berekend(request.user, item, pagina=request.GET.get("pagina", 1))
    return render(
        request,
        "inkomen/herberekening.html",
        {"h": item, "taak": item.taak, "pagina": pagina, "niet_berekend": niet_berekend},
    )


def _doelmatigheid_naast(user, inwoner) -> dict:
    """Obstacles and plan beside a proposal: "hard op de inhoud, zacht op de relatie" (offered by the plan app)."""
    return registry.dienst("plan_naast_maatregel", user, inwoner, standaard={})


def _maatregel_pagina(request, inwoner, status=200, **gebonden):
    context = {
        "inwoner": inwoner,
        "hoorzittingen": selectors.hoorzittingen(request.user, inwoner),
        "maatregelen": selectors.maatregelen(request.user, inwoner),
        "mag_voorstellen": mag(request.user, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner),
        "mag_besluiten": mag_taak(request.user, Taak.MAATREGEL_BESLUITEN),
        "horen_formulier": gebonden.get("horen") or HorenFormulier(),
        "maatregel_formulier": gebonden.get("maatregel") or MaatregelFormulier(),
        "besluit_formulier": gebonden.get("besluit") or BesluitFormulier(),
        "verordening": afstemming.tabel(request.user.gemeente),
        **_doelmatigheid_naast(request.user, inwoner),
    }
    return render(request, "inkomen/maatregel.html", context, status=status)


def _horen(user, inwoner, gegevens):
    maatregel_services.leg_horen_vast(door=user, inwoner=inwoner, gegevens=gegevens)
    return _("Het horen is vastgelegd.")


def _voorstel(user, inwoner, gegevens):
    maatregel_services.stel_maatregel_voor(door=user, inwoner=inwoner, gegevens=gegevens)
    return _("De maatregel is voorgesteld. Een teamleider besluit erover.")


def _besluit(user, inwoner, gegevens):
    voorstel = gegevens.pop("voorstel")
    maatregel_services.besluit(door=user, maatregel=voorstel, **gegevens)
    return _("Het besluit en de reden zijn vastgelegd.")


MAATREGEL_ACTIES = {
    "horen": (HorenFormulier, _horen),
    "maatregel": (MaatregelFormulier, _voorstel),
    "besluit": (BesluitFormulier, _besluit),
}


@login_required
@require_http_methods(["GET", "POST"])
def maatregel(request, pk: int):
    """Hearing, proposal and decision on one page, with the person's obstacles and plan beside them."""
    inwoner = _financieel_inwoner(request, pk, "maatregel: horen, voorstel, besluit")
    if request.method == "GET":
        return _maatregel_pagina(request, inwoner)
    actie = request.POST.get("actie", "")
    if actie not in MAATREGEL_ACTIES:
        raise Http404
    formulier_klasse, uitvoeren = MAATREGEL_ACTIES[actie]
    formulier = formulier_klasse(request.POST)
    if formulier.is_valid():
        gegevens = dict(formulier.cleaned_data)
        if actie == "besluit":
            voorstel_id = request.POST.get("maatregel", "")
            if not voorstel_id.isdigit():
                raise Http404
            gegevens["voorstel"] = get_object_or_404(selectors.maatregelen(request.user, inwoner), pk=int(voorstel_id))
        try:
            melding = uitvoeren(request.user, inwoner, gegevens)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, melding)
            return redirect("inkomen:maatregel", pk=pk)
    return _maatregel_pagina(request, inwoner, status=400, **{actie: formulier})
