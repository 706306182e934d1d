from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.audit.services import log_verwerking
from regie.apps.dossier.selectors import zichtbare_inwoner

from . import selectors, services
from .forms import BeoordelingFormulier, FilterFormulier, MaatwerkFormulier, ZoekFormulier
from .models import StatusMaatwerk
from .tabellen import MIN_GROEP, tabellen

STURING = (Taak.STURING_EIGEN, Taak.STURING_TEAM, Taak.STURING_GEMEENTE)


def gemeente_van(user):
    return user.gemeente_id or (user.team.gemeente_id if user.team_id else None)


def _bereik(request):
    if not any(mag_taak(request.user, t) for t in STURING):
        raise PermissionDenied
    formulier = FilterFormulier(request.GET or None, gemeente_id=gemeente_van(request.user))
    gegevens = formulier.cleaned_data if formulier.is_bound and formulier.is_valid() else {}
    wijk = gegevens.get("wijk")
    bereik = selectors.bereik_voor(
        request.user, wijk_id=wijk.pk if wijk else None, van=gegevens.get("van"), tot=gegevens.get("tot")
    )
    if bereik is None:
        raise PermissionDenied
    return bereik, formulier


def _log(request, bereik, onderdeel: str, actie: str = "lezen"):
    log_verwerking(
        actor=request.user,
        actie=actie,
        categorie=[],
        activiteit="sturing",
        onderdeel=f"sturing: {onderdeel} ({bereik.soort}, wijk {bereik.wijk_id or 'alle'}, {bereik.van}–{bereik.tot})",
    )


@login_required
def dashboard(request):
    bereik, formulier = _bereik(request)
    tabel = tabellen(selectors.indicatoren_voor(bereik))
    _log(request, bereik, "dashboard")
    return render(
        request,
        "sturing/dashboard.html",
        {
            "tabellen": tabel,
            "formulier": formulier,
            "bereik": bereik,
            "minimum": MIN_GROEP,
            "query": request.GET.urlencode(),
        },
    )


@login_required
def csv_export(request, naam: str):
    bereik, _formulier = _bereik(request)
    tabel = tabellen(selectors.indicatoren_voor(bereik)).get(naam)
    if tabel is None:
        raise Http404
    _log(request, bereik, f"csv {naam}", actie="exporteren")
    antwoord = HttpResponse(tabel.als_csv(), content_type="text/csv; charset=utf-8")
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}.csv"'
    return antwoord


@login_required
@require_http_methods(["GET", "POST"])
def maatwerk_nieuw(request, pk: int):
    if not mag_taak(request.user, Taak.MAATWERK_VASTLEGGEN):
        raise PermissionDenied
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel="maatwerkbesluit vastleggen", pad=request.path)
    formulier = MaatwerkFormulier(request.POST or None)
    if request.method == "POST" and formulier.is_valid():
        gegevens = dict(formulier.cleaned_data)
        try:
            besluit = services.leg_vast(door=request.user, inwoner=inwoner, gegevens=gegevens)
        except ValidationError as fout:
            formulier.add_error(None, fout)
        else:
            messages.success(request, _("Het maatwerkbesluit is vastgelegd en wacht op de teamleider."))
            return redirect("sturing:maatwerk", pk=besluit.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "sturing/maatwerk_nieuw.html", {"formulier": formulier, "inwoner": inwoner}, status=status)


def _zichtbaar_besluit(request, pk: int):
    besluit = get_object_or_404(selectors.zichtbare_maatwerkbesluiten(request.user), pk=pk)
    zichtbare_inwoner(request.user, besluit.inwoner_id, onderdeel="maatwerkbesluit", pad=request.path)
    return besluit


@login_required
@require_http_methods(["GET", "POST"])
def maatwerk(request, pk: int):
    besluit = _zichtbaar_besluit(request, pk)
    mag_beoordelen = mag_taak(request.user, Taak.MAATWERK_BEOORDELEN) and besluit.status == StatusMaatwerk.INGEDIEND
    formulier = BeoordelingFormulier(request.POST or None) if mag_beoordelen else None
    if request.method == "POST":
        if formulier is None:
            raise PermissionDenied
        if formulier.is_valid():
            try:
                services.beoordeel(door=request.user, besluit_id=besluit.pk, **formulier.cleaned_data)
            except ValidationError as fout:
                formulier.add_error(None, fout)
            else:
                messages.success(request, _("Uw beoordeling is opgeslagen."))
                return redirect("sturing:maatwerk", pk=besluit.pk)
    return render(request, "sturing/maatwerk.html", {"besluit": besluit, "formulier": formulier})


@login_required
def bibliotheek(request):
    if not mag_taak(request.user, Taak.CASUSBIBLIOTHEEK):
        raise PermissionDenied
    formulier = ZoekFormulier(request.GET or None)
    vraag, betekenis = "", True
    if formulier.is_bound and formulier.is_valid():
        vraag, betekenis = formulier.cleaned_data["q"], formulier.cleaned_data["betekenis"]
    if vraag and betekenis:
        resultaten = services.zoek(request.user, vraag, aantal=10)
    elif vraag:
        resultaten = [(b, None) for b in services.zoek_tekst(request.user, vraag)]
    else:
        resultaten = [(b, None) for b in services.bibliotheek(request.user).order_by("-datum", "-pk")[:20]]
    log_verwerking(
        actor=request.user, categorie=[], activiteit="leren", onderdeel="casusbibliotheek (gepseudonimiseerd)"
    )
    return render(
        request, "sturing/bibliotheek.html", {"formulier": formulier, "resultaten": resultaten, "vraag": vraag}
    )


@login_required
def vergelijkbaar(request, pk: int):
    """From a dossier: "hoe hebben collega's dit eerder opgelost?" — the five most similar earlier shared cases."""
    if not mag_taak(request.user, Taak.CASUSBIBLIOTHEEK):
        raise PermissionDenied
    inwoner = zichtbare_inwoner(request.user, pk, onderdeel="vergelijkbare casussen", pad=request.path)
    eigen = selectors.zichtbare_maatwerkbesluiten(request.user).filter(inwoner=inwoner).first()
    vraag = request.GET.get("q", "")[:500]
    uitsluiten = None
    if not vraag and eigen is not None:
        vraag = services.casustekst(eigen)
        uitsluiten = eigen.pk
    resultaten = services.zoek(request.user, vraag, uitsluiten=uitsluiten) if vraag else []
    return render(
        request,
        "sturing/vergelijkbaar.html",
        {"inwoner": inwoner, "resultaten": resultaten, "vraag": request.GET.get("q", "")[:500], "eigen": eigen},
    )
