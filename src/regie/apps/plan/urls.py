from django.urls import path

from . import views

app_name = "plan"

urlpatterns = [
    path("caseload/inwoners/<int:pk>/plan/", views.plan, name="plan"),
    path("caseload/inwoners/<int:pk>/plan/doelen/<int:doel_pk>/<slug:actie>/", views.doel_actie, name="doel_actie"),
    path("caseload/inwoners/<int:pk>/plan/stappen/<int:stap_pk>/gedaan/", views.stap_afvinken, name="stap_afvinken"),
    path("caseload/inwoners/<int:pk>/plan/stappen/<int:stap_pk>/delen/", views.stap_delen, name="stap_delen"),
    path(
        "caseload/inwoners/<int:pk>/plan/belemmeringen/<int:belemmering_pk>/opgelost/",
        views.belemmering_opgelost,
        name="belemmering_opgelost",
    ),
    path("caseload/inwoners/<int:pk>/plan/<slug:actie>/", views.wijzig, name="wijzig"),
    path("werklijst/", views.werklijst, name="werklijst"),
    path("werklijst/gelezen/", views.signalen_gelezen, name="signalen_gelezen"),
]
