from django.urls import path

from . import views

app_name = "dossier"

urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("inwoners/nieuw/", views.inwoner_nieuw, name="inwoner_nieuw"),
    path("inwoners/<int:pk>/", views.detail, name="detail"),
    path("inwoners/<int:pk>/huishouden/", views.huishouden_wijzigen, name="huishouden_wijzigen"),
    path("inwoners/<int:pk>/contactmomenten/", views.contactmoment_toevoegen, name="contactmoment_toevoegen"),
]
