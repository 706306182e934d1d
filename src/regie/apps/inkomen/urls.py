from django.urls import path

from . import views, views_wijziging

app_name = "inkomen"

urlpatterns = [
    path("caseload/inwoners/<int:pk>/rechtmatigheid/", views.rechtmatigheid, name="rechtmatigheid"),
    path("caseload/inwoners/<int:pk>/rechtmatigheid/<slug:actie>/", views.wijzig, name="wijzig"),
    path(
        "caseload/inwoners/<int:pk>/rechtmatigheid/<slug:soort>/<int:object_pk>/beeindig/",
        views.beeindig,
        name="beeindig",
    ),
    path("caseload/inwoners/<int:pk>/maatregel/", views.maatregel, name="maatregel"),
    path(
        "caseload/inwoners/<int:pk>/beschikkingen/<int:beschikking_pk>/",
        views.beschikking,
        name="beschikking",
    ),
    path(
        "caseload/inwoners/<int:pk>/wijzigingen/<int:wijziging_pk>/document/",
        views_wijziging.wijziging_document,
        name="wijziging_document",
    ),
    path("mijn-uitkering/wijziging/", views_wijziging.wijziging_doorgeven, name="wijziging_doorgeven"),
    path("te-besluiten/", views.te_besluiten, name="te_besluiten"),
    path("mijn-uitkering/", views.mijn_uitkering, name="mijn_uitkering"),
    path("mijn-uitkering/brieven/<int:beschikking_pk>/", views.mijn_brief, name="mijn_brief"),
    path("herberekening/", views.herberekeningen, name="herberekeningen"),
    path("herberekening/<int:pk>/", views.herberekening, name="herberekening"),
]
