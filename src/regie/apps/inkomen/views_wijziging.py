"""Thin views for changes the inwoner reports in the portal, and the klantmanager reading the document."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.apps.accounts.permissions import Taak, mag_taak
from regie.apps.dossier.models import Inwoner
from regie.apps.dossier.selectors import zichtbare_inwoner
from regie.uploads import bestanden

from . import selectors
from .views import _financieel_inwoner
from .wijziging import WijzigingFormulier, geef_wijziging_door


@login_required
@require_http_methods(["GET", "POST"])
def wijziging_doorgeven(request):
    """The form answers on its own address, so a page with errors can be reloaded; success goes back to the page."""
    if not mag_taak(request.user, Taak.PORTAAL):
        raise Http404
    inwoner = Inwoner.objects.zichtbaar_voor(request.user).first()
    if inwoner is None:
        raise Http404
    zichtbare_inwoner(request.user, inwoner.pk, onderdeel="eigen wijziging doorgeven", pad=request.path)
    formulier = WijzigingFormulier(request.POST or None, bestanden(request) if request.method == "POST" else None)
    if request.method == "POST" and formulier.is_valid():
        geef_wijziging_door(door=request.user, inwoner=inwoner, gegevens=dict(formulier.cleaned_data))
        messages.success(request, _("Dank u wel. Uw klantmanager heeft de wijziging ontvangen en neemt contact op."))
        return redirect("inkomen:mijn_uitkering")
    status = 400 if request.method == "POST" else 200
    return render(request, "inkomen/wijziging_doorgeven.html", {"formulier": formulier}, status=status)


@login_required
def wijziging_document(request, pk: int, wijziging_pk: int):
    inwoner = _financieel_inwoner(request, pk, "wijziging: document")
    wijziging = get_object_or_404(selectors.wijzigingen(request.user, inwoner).exclude(document=None), pk=wijziging_pk)
    antwoord = HttpResponse(bytes(wijziging.document), content_type=wijziging.document_type)
    antwoord["Content-Disposition"] = "attachment"
    antwoord["X-Content-Type-Options"] = "nosniff"
    return antwoord
