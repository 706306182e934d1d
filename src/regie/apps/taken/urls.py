from django.urls import path

from . import views

app_name = "taken"

urlpatterns = [
    path("taken/<int:pk>/annuleren/", views.annuleer, name="annuleer"),
]
