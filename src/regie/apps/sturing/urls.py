from django.urls import path

from . import views

app_name = "sturing"

urlpatterns = [
    path("sturing/", views.dashboard, name="dashboard"),
    path("sturing/<slug:naam>.csv", views.csv_export, name="csv"),
    path("casussen/", views.bibliotheek, name="bibliotheek"),
    path("casussen/<int:pk>/", views.maatwerk, name="maatwerk"),
    path("caseload/inwoners/<int:pk>/maatwerk/nieuw/", views.maatwerk_nieuw, name="maatwerk_nieuw"),
    path("caseload/inwoners/<int:pk>/vergelijkbare-casussen/", views.vergelijkbaar, name="vergelijkbaar"),
]
