from django.urls import path

from . import views

app_name = "oefenen"

urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("start/", views.start, name="start"),
    path("casussen/", views.trainer, name="trainer"),
    path("casussen/<slug:persona>/<int:seed>/", views.casus, name="casus"),
    path("<int:sessie>/", views.sessie, name="sessie"),
    path("<int:sessie>/afronden/", views.afronden, name="afronden"),
    path("<int:sessie>/samenvatting/", views.samenvatting, name="samenvatting"),
]
