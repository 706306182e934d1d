from django.urls import path

from . import views

app_name = "koppelingen"

urlpatterns = [
    path("", views.applicaties, name="applicaties"),
    path("<int:pk>/", views.applicatie, name="applicatie"),
    path("<int:pk>/nieuwe-sleutel/", views.nieuwe_sleutel, name="nieuwe_sleutel"),
]
