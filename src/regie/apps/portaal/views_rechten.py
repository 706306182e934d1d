"""The inwoner's privacy rights in the portal: who looked at my data, and a download of all of it (AVG art. 15, 20).

Both pages are logged like any other read; the download as an export, so it shows up on the inwoner's own page.
"""

import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.audit.register import CATEGORIEEN
from regie.apps.audit.services import log_verwerking

from . import export, selectors

PER_PAGINA = 100


def _eigen(request, *, actie: str, onderdeel: str, categorie=()):
    if not mag_taak(request.user, Taak.PORTAAL):
        raise PermissionDenied
    inwoner = selectors.eigen_inwoner(request.user)
    if inwoner is None:
        raise Http404
    log_verwerking(
        actor=request.user,
        actie=actie,
        categorie=categorie,
        activiteit="rechten",
        onderdeel=onderdeel,
        inwoner_id=inwoner.pk,
    )
    return inwoner


@login_required
def wie_heeft_bekeken(request):
    inwoner = _eigen(request, actie="lezen", onderdeel="portaal: wie heeft mijn gegevens bekeken")
    pagina = Paginator(selectors.wie_heeft_bekeken(inwoner), PER_PAGINA).get_page(request.GET.get("pagina"))
    context = {"inwoner": inwoner, "pagina": pagina, "dagen": selectors.per_datum(list(pagina.object_list))}
    return render(request, "portaal/wie_heeft_bekeken.html", context)


@login_required
def download_json(request):
    inwoner = _eigen(request, actie="exporteren", onderdeel="portaal: download (JSON)", categorie=CATEGORIEEN)
    inhoud = json.dumps(export.als_json(inwoner, request.user), ensure_ascii=False, indent=2, default=str)
    antwoord = HttpResponse(inhoud, content_type="application/json; charset=utf-8")
    naam = f"mijn-gegevens-regie-{timezone.localdate():%Y-%m-%d}.json"
    antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    return antwoord


@login_required
def download_document(request):
    inwoner = _eigen(request, actie="exporteren", onderdeel="portaal: download (document)", categorie=CATEGORIEEN)
    context = {
        "inwoner": inwoner,
        "secties": export.als_document(inwoner, request.user),
        "dagen": selectors.per_datum(selectors.wie_heeft_bekeken(inwoner)),
        "gemaakt_op": timezone.now(),
    }
    antwoord = render(request, "portaal/mijn_gegevens_document.html", context)
    if request.GET.get("bestand") == "ja":
        naam = f"mijn-gegevens-regie-{timezone.localdate():%Y-%m-%d}.html"
        antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
    return antwoord
