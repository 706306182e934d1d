from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from . import views
from .berekenen import BerekenView

app_name = "api"

router = SimpleRouter(use_regex_path=False)
router.register("inwoners", views.InwonerViewSet, basename="inwoner")
router.register("huishoudens", views.HuishoudenViewSet, basename="huishouden")
router.register("plannen", views.PlanViewSet, basename="plan")
router.register("doelen", views.DoelViewSet, basename="doel")
router.register("contactmomenten", views.ContactmomentViewSet, basename="contactmoment")
router.register("berekeningen", views.BerekeningViewSet, basename="berekening")
router.register("plekken", views.PlekViewSet, basename="plek")
router.register("plaatsingen", views.PlaatsingViewSet, basename="plaatsing")
router.register("gesprekken", views.GesprekViewSet, basename="gesprek")

urlpatterns = [
    path("berekenen/", BerekenView.as_view(), name="berekenen"),
    path("schema/", SpectacularAPIView.as_view(permission_classes=[], authentication_classes=[]), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api:schema",
            template_name="koppelingen/swagger_ui.html",
            permission_classes=[],
            authentication_classes=[],
        ),
        name="docs",
    ),
    path("", include(router.urls)),
]
