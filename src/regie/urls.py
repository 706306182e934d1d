from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from regie.apps.accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("account/", include("regie.apps.accounts.urls")),
    path("caseload/", include("regie.apps.dossier.urls")),
    path("", include("regie.apps.inkomen.urls")),
    path("", include("regie.apps.plan.urls")),
    path("portaal/", include("regie.apps.portaal.urls")),
    path("", include("regie.apps.participatie.urls")),
    path("", include("regie.apps.gesprekken.urls")),
    path("oefenen/", include("regie.apps.oefenen.urls")),
    path("", include("regie.apps.sturing.urls")),
    path("", include("regie.apps.taken.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", include("regie.apps.beheer.urls")),
    path("beheer/koppelingen/", include("regie.apps.koppelingen.urls")),
    path("api/v1/", include("regie.apps.koppelingen.api.urls")),
    # The Django admin, for technical superusers only (regie.apps.accounts.admin_site).
    path("django-admin/", admin.site.urls),
]

if settings.DIGID_AAN:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
