import time

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from regie.forms import UtrechtFormMixin

from . import permissions, registry, sessie
from .forms import InlogFormulier
from .permissions import Taak


class InlogView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = InlogFormulier
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "digid": settings.DIGID_AAN,
            "digid_mislukt": self.request.GET.get("digid") == "mislukt",
        }


class WachtwoordFormulier(UtrechtFormMixin, SetPasswordForm):
    pass


class WachtwoordInstellenView(auth_views.PasswordResetConfirmView):
    """The one-time link a functioneel beheerder had sent to a staff member: they choose their own password."""

    template_name = "accounts/wachtwoord_instellen.html"
    form_class = WachtwoordFormulier
    success_url = reverse_lazy("accounts:wachtwoord_ingesteld")


@require_POST
@login_required
def sessie_verlengen(request):
    """'Ingelogd blijven' in the idle-timeout warning: counts as activity and says how long the session now lasts."""
    nu = time.time()
    request.session[sessie.LAATST_ACTIEF] = nu
    return JsonResponse(sessie.resterend(request.session, nu))


@login_required
def home(request):
    """Send every role to where its work starts."""
    user = request.user
    for taak, url_naam in ((Taak.CASELOAD, "dossier:caseload"), (Taak.PORTAAL, "portaal:start")):
        if permissions.mag_taak(user, taak) and (url := registry.url_voor(url_naam)):
            return redirect(url)
    if permissions.mag_taak(user, Taak.BEHEER) and (url := registry.url_voor("beheer:start")):
        return redirect(url)
    return redirect("accounts:geen_toegang")
