from django.urls import path

from . import views

app_name = "participatie"

urlpatterns = [
    path("caseload/inwoners/<int:pk>/participatie/", views.profiel, name="profiel"),
    path("caseload/inwoners/<int:pk>/participatie/toestemming/", views.toestemming, name="toestemming"),
    path("caseload/inwoners/<int:pk>/participatie/profiel/", views.profiel_wijzigen, name="profiel_wijzigen"),
    path("caseload/inwoners/<int:pk>/participatie/voorstellen/<int:plek_pk>/", views.voorstellen, name="voorstellen"),
    path(
        "caseload/inwoners/<int:pk>/participatie/plaatsingen/<int:plaatsing_pk>/<slug:actie>/",
        views.plaatsing_actie,
        name="plaatsing_actie",
    ),
    path("plekken/", views.plekken, name="plekken"),
    path("plekken/nieuw/", views.plek_bewerken, name="plek_nieuw"),
    path("plekken/<int:plek_pk>/", views.plek_bewerken, name="plek_bewerken"),
    path("participatie/voorstel/", views.caseloadvoorstel, name="voorstel"),
    path("mijn-participatie/", views.mijn_profiel, name="mijn_profiel"),
]
