"""Thin views for the krachtcoach's workspace, the catalogue of places and the inwoner's own page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.apps.accounts.permissions import Actie, Categorie, Taak, mag, mag_taak
from regie.apps.dossier.models import Inwoner, Wijk
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.postformulier import post_of_terug
from regie.uploads import bestanden

from . import selectors, services, voorstel
from .forms import (
    BeeindigFormulier,
    DatumFormulier,
    EvaluatieFormulier,
    ImportFormulier,
    PlekFormulier,
    ProfielFormulier,
    ToestemmingFormulier,
    VoorstelOvernemenFormulier,
)
from .importeren import KOLOMMEN, importeer_plekken
from .keuzes import Interesse
from .models import Plaatsing, Plek, RedenEinde

ACTIES = {
    "kennismaking": (DatumFormulier, _("De kennismaking is gepland.")),
    "start": (DatumFormulier, _("De plaatsing is gestart.")),
    "evalueer": (EvaluatieFormulier, _("De evaluatie is vastgelegd.")),
    "beeindig": (BeeindigFormulier, _("De plaatsing is beëindigd; de reden telt mee als terugkoppeling.")),
}


def _inwoner(request, pk: int, onderdeel: str) -> Inwoner:
    if not mag_taak(request.user, Taak.CASELOAD):
        raise Http404
    return zichtbare_inwoner(request.user, pk, onderdeel=onderdeel, pad=request.path)


def _profielpagina(request, inwoner, status=200, **extra):
    user = request.user
    pagina = selectors.profielpagina(user, inwoner)
    context = {
        "inwoner": inwoner,
        "p": pagina,
        "is_krachtcoach": mag_taak(user, Taak.VOORSTEL_CASELOAD),
        "mag_toestemming_vastleggen": mag(user, Actie.WIJZIGEN, Categorie.TOESTEMMING, inwoner),
        "toestemming_formulier": extra.pop("toestemming_formulier", None) or ToestemmingFormulier(),
        "redenen_einde": RedenEinde.choices,
        **extra,
    }
    return render(request, "participatie/profiel.html", context, status=status)


@login_required
def profiel(request, pk: int):
    inwoner = _inwoner(request, pk, "participatie: profiel, suggesties, plaatsingen")
    return _profielpagina(request, inwoner)


@login_required
@post_of_terug("participatie:profiel")
def toestemming(request, pk: int):
    """A klantmanager records consent given in person; a krachtcoach may not (it would unlock the profile for them)."""
    inwoner = _inwoner(request, pk, "participatie: toestemming vastleggen")
    if not mag(request.user, Actie.WIJZIGEN, Categorie.TOESTEMMING, inwoner):
        raise PermissionDenied
    formulier = ToestemmingFormulier(request.POST)
    if formulier.is_valid():
        gegevens = formulier.cleaned_data
        try:
            services.geef_toestemming(door=request.user, inwoner=inwoner, via=gegevens["hoe"], datum=gegevens["datum"])
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("De toestemming is vastgelegd. De inwoner ziet dit in het portaal."))
            return redirect("participatie:profiel", pk=pk)
    return _profielpagina(request, inwoner, status=400, toestemming_formulier=formulier)


@login_required
@require_http_methods(["GET", "POST"])
def profiel_wijzigen(request, pk: int):
    inwoner = _inwoner(request, pk, "participatie: profiel wijzigen")
    profiel = selectors.profiel_van(request.user, inwoner)
    if profiel is None or not mag(request.user, Actie.WIJZIGEN, Categorie.PARTICIPATIE, inwoner):
        raise PermissionDenied
    formulier = ProfielFormulier(request.POST or None, instance=profiel)
    if request.method == "POST" and formulier.is_valid():
        try:
            services.bewaar_profiel(door=request.user, inwoner=inwoner, gegevens=formulier.cleaned_data)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("Het participatieprofiel is opgeslagen."))
            return redirect("participatie:profiel", pk=pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "participatie/profiel_wijzigen.html", {"inwoner": inwoner, "formulier": formulier}, status=status
    )


@login_required
@require_POST
def voorstellen(request, pk: int, plek_pk: int):
    inwoner = _inwoner(request, pk, "participatie: plek voorstellen")
    plek = get_object_or_404(Plek.objects.zichtbaar_voor(request.user), pk=plek_pk)
    try:
        services.stel_voor(door=request.user, inwoner=inwoner, plek=plek)
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        messages.success(request, _("%(plek)s is voorgesteld. Plan nu samen de kennismaking.") % {"plek": plek})
    return redirect("participatie:profiel", pk=pk)


@login_required
@require_POST
def plaatsing_actie(request, pk: int, plaatsing_pk: int, actie: str):
    inwoner = _inwoner(request, pk, f"participatie: plaatsing {actie}")
    if actie not in ACTIES:
        raise Http404
    plaatsing = get_object_or_404(Plaatsing.objects.zichtbaar_voor(request.user), pk=plaatsing_pk, inwoner=inwoner)
    formulier_klasse, melding = ACTIES[actie]
    formulier = formulier_klasse(request.POST, prefix=actie)
    if formulier.is_valid():
        gegevens = formulier.cleaned_data
        try:
            if actie == "kennismaking":
                services.plan_kennismaking(door=request.user, plaatsing_id=plaatsing.pk, datum=gegevens["datum"])
            elif actie == "start":
                services.start(door=request.user, plaatsing_id=plaatsing.pk, datum=gegevens["datum"])
            elif actie == "evalueer":
                services.evalueer(door=request.user, plaatsing_id=plaatsing.pk, **gegevens)
            else:
                services.beeindig(door=request.user, plaatsing_id=plaatsing.pk, **gegevens)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(request, melding)
            return redirect("participatie:profiel", pk=pk)
    else:
        messages.error(request, " ".join(f"{formulier[n].label}: {' '.join(f)}" for n, f in formulier.errors.items()))
    return redirect("participatie:profiel", pk=pk)


# --- the catalogue of places


def _mag_plekken_zien(user) -> None:
    if not mag_taak(user, Taak.PLEKKEN_BEKIJKEN):
        raise Http404


@login_required
@require_http_methods(["GET", "POST"])
def plekken(request):
    _mag_plekken_zien(request.user)
    mag_beheren = mag_taak(request.user, Taak.PLEKKEN_BEHEREN)
    import_formulier = ImportFormulier()
    status = 200
    if request.method == "POST":
        if not mag_beheren:
            raise PermissionDenied
        import_formulier = ImportFormulier(request.POST, bestanden(request))
        if import_formulier.is_valid():
            try:
                resultaat = importeer_plekken(
                    import_formulier.cleaned_data["bestand"], gemeente=request.user.gemeente, door=request.user
                )
            except ValidationError as fout:
                import_formulier.add_error("bestand", fout)
            else:
                messages.success(
                    request,
                    _("Import klaar: %(nieuw)s plekken toegevoegd, %(bijgewerkt)s bijgewerkt.")
                    % {"nieuw": resultaat.nieuw, "bijgewerkt": resultaat.bijgewerkt},
                )
                return redirect("participatie:plekken")
        status = 400
    zoek = request.GET.get("zoek", "")
    wijk = request.GET.get("wijk", "")
    interesse = request.GET.get("interesse", "")
    lijst = selectors.plekken(
        request.user, zoek=zoek, wijk_id=int(wijk) if wijk.isdigit() else None, interesse=interesse
    )
    getoond = list(lijst[:200])
    terug = selectors.terugkoppeling_per_plek([p.pk for p in getoond])
    for plek in getoond:
        plek.terugkoppeling = terug.get(plek.pk, "")
    context = {
        "plekken": getoond,
        "toont_voorstel": mag_taak(request.user, Taak.VOORSTEL_CASELOAD),
        "aantal": lijst.count(),
        "per_interesse": selectors.terugkoppeling_per_interesse(request.user),
        "zoek": zoek,
        "wijk": wijk,
        "interesse": interesse,
        "wijken": Wijk.objects.filter(gemeente_id=request.user.gemeente_id),
        "interesses": Interesse.choices,
        "mag_beheren": mag_beheren,
        "import_formulier": import_formulier,
        "kolommen": KOLOMMEN,
    }
    return render(request, "participatie/plekken.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def plek_bewerken(request, plek_pk: int | None = None):
    if not mag_taak(request.user, Taak.PLEKKEN_BEHEREN):
        raise Http404
    plek = get_object_or_404(Plek.objects.zichtbaar_voor(request.user), pk=plek_pk) if plek_pk else Plek()
    formulier = PlekFormulier(request.POST or None, instance=plek, gemeente=request.user.gemeente)
    if request.method == "POST" and formulier.is_valid():
        try:
            services.bewaar_plek(
                door=request.user, plek=formulier.instance, organisatie_naam=formulier.cleaned_data["organisatie_naam"]
            )
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("De plek is opgeslagen."))
            return redirect("participatie:plekken")
    status = 400 if request.method == "POST" else 200
    return render(request, "participatie/plek_bewerken.html", {"formulier": formulier, "plek": plek}, status=status)


# --- the caseload proposal and the inwoner's own page


@login_required
@require_http_methods(["GET", "POST"])
def caseloadvoorstel(request):
    if not mag_taak(request.user, Taak.VOORSTEL_CASELOAD):
        raise Http404
    if request.method == "POST":
        keuze = VoorstelOvernemenFormulier(request.POST)
        if not keuze.is_valid():
            messages.error(request, _("Kies een inwoner en een plek uit het voorstel."))
            return redirect("participatie:voorstel")
        inwoner = zichtbare_inwoner(
            request.user, keuze.cleaned_data["inwoner"], onderdeel="participatie: voorstel overnemen", pad=request.path
        )
        plek = get_object_or_404(Plek.objects.zichtbaar_voor(request.user), pk=keuze.cleaned_data["plek"])
        try:
            services.stel_voor(door=request.user, inwoner=inwoner, plek=plek)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(request, _("Overgenomen: %(plek)s voor %(naam)s.") % {"plek": plek, "naam": inwoner})
        return redirect("participatie:voorstel")
    return render(
        request, "participatie/voorstel.html", {"v": voorstel.caseloadvoorstel(request.user, pad=request.path)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def mijn_profiel(request):
    if not mag_taak(request.user, Taak.PORTAAL):
        raise Http404
    inwoner = Inwoner.objects.zichtbaar_voor(request.user).first()
    if inwoner is None:
        raise Http404
    if request.method == "POST":
        if request.POST.get("toestemming") == "ja":
            services.geef_toestemming(door=request.user, inwoner=inwoner)
            messages.success(request, _("U hebt toestemming gegeven. Uw krachtcoach ziet nu wat hieronder staat."))
        else:
            services.trek_toestemming_in(door=request.user, inwoner=inwoner)
            messages.success(request, _("U hebt uw toestemming ingetrokken. Uw krachtcoach ziet uw profiel niet meer."))
        return redirect("participatie:mijn_profiel")
    zichtbare_inwoner(request.user, inwoner.pk, onderdeel="eigen participatieprofiel", pad=request.path)
    return render(
        request,
        "participatie/mijn_profiel.html",
        {"inwoner": inwoner, "p": selectors.profielpagina(request.user, inwoner), "is_krachtcoach": False},
    )
