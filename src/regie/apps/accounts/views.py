from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import NoReverseMatch

from regie.apps.dossier.models import Inwoner

from .forms import InlogFormulier
from .models import Rol


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
    if user.ziet_dossiers:
        return redirect("dossier:caseload")
    if user.rol == Rol.INWONER:
        try:
            return redirect("portaal:start")
        except NoReverseMatch:
            pass
        eigen = Inwoner.objects.zichtbaar_voor(user).values_list("pk", flat=True).first()
        if eigen:
            return redirect("dossier:detail", pk=eigen)
    if user.rol == Rol.FUNCTIONEEL_BEHEERDER and user.is_staff:
        return redirect("admin:index")
    return redirect("accounts:geen_toegang")
