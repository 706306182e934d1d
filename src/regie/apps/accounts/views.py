from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from . import permissions, registry
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


@login_required
def home(request):
    """Send every role to where its work starts."""
    user = request.user
    for taak, url_naam in ((Taak.CASELOAD, "dossier:caseload"), (Taak.PORTAAL, "portaal:start")):
        if permissions.mag_taak(user, taak) and (url := registry.url_voor(url_naam)):
            return redirect(url)
    if permissions.mag_taak(user, Taak.BEHEER) and user.is_staff:
        return redirect("admin:index")
    return redirect("accounts:geen_toegang")
