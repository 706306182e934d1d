from django.urls import path

from . import views, views_rechten

app_name = "portaal"

urlpatterns = [
    path("", views.start, name="start"),
    path("gegevens/", views.gegevens, name="gegevens"),
    path("doel/", views.doel_toevoegen, name="doel_toevoegen"),
    path("doelen/<int:doel_pk>/<slug:actie>/", views.doel_actie, name="doel_actie"),
    path("stappen/<int:stap_pk>/gedaan/", views.stap_afvinken, name="stap_afvinken"),
    path("stappen/<int:stap_pk>/delen/", views.stap_delen, name="stap_delen"),
    path("bericht/", views.bericht, name="bericht"),
    path("wie-heeft-mijn-gegevens-bekeken/", views_rechten.wie_heeft_bekeken, name="wie_heeft_bekeken"),
    path("mijn-gegevens.json", views_rechten.download_json, name="download_json"),
    path("mijn-gegevens/document/", views_rechten.download_document, name="download_document"),
]
