"""Cancel a job; the job's own page belongs to the app that owns its kind."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services, soorten
from .models import Taak


@login_required
@require_POST
def annuleer(request, pk: int):
    if not request.user.gemeente_id:
        raise Http404
    taak = get_object_or_404(Taak.objects.filter(gemeente_id=request.user.gemeente_id), pk=pk)
    soort = soorten.van(taak.soort)
    if not soort.mag_beheren(request.user, taak):
        raise PermissionDenied
    try:
        taak = services.annuleer(door=request.user, taak=taak)
    except ValidationError as fout:
        messages.error(request, " ".join(fout.messages))
    else:
        if taak.status == "geannuleerd":
            messages.success(request, _("De taak is geannuleerd."))
        else:
            messages.success(request, _("De taak stopt na het deel waaraan nu wordt gewerkt."))
    return redirect(soort.url(taak))
