from django.urls import path

from . import views

app_name = "gesprekken"

urlpatterns = [
    path("gesprekken/", views.mijn_gesprekken, name="mijn_gesprekken"),
    path("gesprekken/trends/", views.trends, name="trends"),
    path("gesprekken/correcties.tsv", views.correcties_export, name="correcties_export"),
    path("gesprekken/<int:pk>/", views.gesprek, name="gesprek"),
    path("gesprekken/<int:pk>/sprekers/", views.sprekers, name="sprekers"),
    path("gesprekken/<int:pk>/beurten/<int:beurt>/code/", views.corrigeer, name="corrigeer"),
    path("gesprekken/<int:pk>/delen/", views.delen, name="delen"),
    path("caseload/inwoners/<int:pk>/gesprekken/nieuw/", views.nieuw, name="nieuw"),
    path("caseload/inwoners/<int:pk>/gesprek-voorbereiden/", views.voorbereiden, name="voorbereiden"),
]
