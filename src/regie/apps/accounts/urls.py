from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.generic import TemplateView

from . import tweede_factor, views

app_name = "accounts"

urlpatterns = [
    path("inloggen/", views.InlogView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("geen-toegang/", TemplateView.as_view(template_name="accounts/geen_toegang.html"), name="geen_toegang"),
    path("tweede-factor/", tweede_factor.overzicht, name="tweede_factor"),
    path("tweede-factor/instellen/", tweede_factor.instellen, name="tweede_factor_instellen"),
    path("tweede-factor/controleren/", tweede_factor.controleren, name="tweede_factor_controleren"),
    path("sessie/verlengen/", views.sessie_verlengen, name="sessie_verlengen"),
    path(
        "wachtwoord-instellen/<uidb64>/<token>/", views.WachtwoordInstellenView.as_view(), name="wachtwoord_instellen"
    ),
    path(
        "wachtwoord-ingesteld/",
        TemplateView.as_view(template_name="accounts/wachtwoord_ingesteld.html"),
        name="wachtwoord_ingesteld",
    ),
]
