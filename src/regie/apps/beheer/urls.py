from django.urls import path

from . import views

app_name = "beheer"

urlpatterns = [
    path("", views.start, name="start"),
    path("medewerkers/", views.medewerkers, name="medewerkers"),
    path("medewerkers/nieuw/", views.medewerker_nieuw, name="medewerker_nieuw"),
    path("medewerkers/<int:pk>/", views.medewerker, name="medewerker"),
    path("medewerkers/<int:pk>/rechten/", views.medewerker_rechten, name="medewerker_rechten"),
    path("medewerkers/<int:pk>/wachtwoordlink/", views.medewerker_wachtwoord, name="medewerker_wachtwoord"),
    path("medewerkers/<int:pk>/tweede-factor/", views.medewerker_tweede_factor, name="medewerker_tweede_factor"),
    path("rolwijzigingen/", views.rolwijzigingen, name="rolwijzigingen"),
    path(
        "rolwijzigingen/<int:pk>/goedkeuren/",
        views.rolwijziging_behandelen,
        {"besluit": "goedkeuren"},
        name="rolwijziging_goedkeuren",
    ),
    path(
        "rolwijzigingen/<int:pk>/afwijzen/",
        views.rolwijziging_behandelen,
        {"besluit": "afwijzen"},
        name="rolwijziging_afwijzen",
    ),
    path("teams/", views.teams, name="teams"),
    path("teams/<int:pk>/", views.team, name="team"),
    path("wijken/", views.wijken, name="wijken"),
    path("wijken/<int:pk>/", views.wijk, name="wijk"),
]
