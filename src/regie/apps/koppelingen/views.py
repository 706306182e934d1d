"""The beheerder's pages for the applications that use the API: list, new (the key shown once), change, new key."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.apps.accounts.beheerrechten import mag_gebruikers_beheren

from . import services
from .forms import ApplicatieFormulier, ApplicatieWijzigFormulier
from .models import Applicatie


def beheerder_vereist(view):
    @login_required
    @wraps(view)
    def controle(request, *args, **kwargs):
        if not mag_gebruikers_beheren(request.user):
            raise PermissionDenied(_("Deze pagina is voor de functioneel beheerder."))
        return view(request, *args, **kwargs)

    return controle


def _fouten(formulier, fout: ValidationError) -> None:
    if hasattr(fout, "error_dict"):
        for veld, lijst in fout.error_dict.items():
            formulier.add_error(veld if veld in formulier.fields else None, lijst)
    else:
        formulier.add_error(None, fout)


@beheerder_vereist
def applicaties(request):
    formulier = ApplicatieFormulier(request.POST or None)
    if request.method == "POST" and formulier.is_valid():
        try:
            applicatie, sleutel = services.maak_applicatie(door=request.user, gegevens=formulier.cleaned_data)
        except ValidationError as fout:
            _fouten(formulier, fout)
        else:
            return render(request, "koppelingen/sleutel.html", {"applicatie": applicatie, "sleutel": sleutel})
    lijst = Applicatie.objects.filter(gemeente_id=request.user.gemeente_id)
    return render(request, "koppelingen/applicaties.html", {"applicaties": lijst, "form": formulier})


@beheerder_vereist
def applicatie(request, pk: int):
    obj = get_object_or_404(Applicatie, pk=pk, gemeente_id=request.user.gemeente_id)
    formulier = ApplicatieWijzigFormulier(request.POST or None, instance=obj)
    if request.method == "POST" and formulier.is_valid():
        try:
            services.wijzig_applicatie(door=request.user, applicatie_id=obj.pk, gegevens=formulier.cleaned_data)
        except ValidationError as fout:
            _fouten(formulier, fout)
        else:
            return redirect("koppelingen:applicatie", pk=obj.pk)
    return render(request, "koppelingen/applicatie.html", {"applicatie": obj, "form": formulier})


@beheerder_vereist
@require_POST
def nieuwe_sleutel(request, pk: int):
    obj = get_object_or_404(Applicatie, pk=pk, gemeente_id=request.user.gemeente_id)
    applicatie, sleutel = services.vervang_sleutel(door=request.user, applicatie_id=obj.pk)
    return render(request, "koppelingen/sleutel.html", {"applicatie": applicatie, "sleutel": sleutel})
