"""The API's resources: thin viewsets over the apps' ``zichtbaar_voor`` querysets, each read logged."""

from django.db.models import BooleanField, Case, Q, Value, When
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.response import Response

from regie.apps.accounts import permissions
from regie.apps.accounts.permissions import Actie, Categorie, Taak
from regie.apps.dossier.models import Contactmoment, Huishouden, Inwoner
from regie.apps.gesprekken.models import Gesprek
from regie.apps.inkomen.models import Berekening
from regie.apps.participatie.models import Plaatsing, Plek
from regie.apps.plan.models import Doel, Plan

from .. import services
from ..fouten import antwoord
from ..rechten import ResourceScope
from . import filters, serializers
from .etag import etag_van, past_bij
from .logboek import log_lezen


class Resource(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """A read-only resource. ``categorieen``: what its rows are (for the log); ``inwoner_van``: whose they are."""

    permission_classes = [ResourceScope]
    lookup_value_converter = "int"
    resource = ""
    categorieen: tuple = ()
    persoonlijk = True

    def inwoner_van(self, obj) -> int | None:
        return obj.inwoner_id

    def mag_persoon(self, user, actie) -> bool:
        return any(permissions.mag(user, actie, c) for c in self.categorieen) if actie == Actie.LEZEN else False

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        pagina = self.paginate_queryset(queryset)
        data = self.get_serializer(pagina, many=True).data
        if self.persoonlijk:
            log_lezen(
                request,
                resource=self.resource,
                categorieen=self.categorieen,
                inwoner_ids=[i for i in (self.inwoner_van(obj) for obj in pagina) if i],
                actie="zoeken",
            )
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        obj = self.get_object()
        data = self.get_serializer(obj).data
        if self.persoonlijk:
            inwoner_ids = [self.inwoner_van(obj)]
            log_lezen(request, resource=self.resource, categorieen=self.categorieen, inwoner_ids=inwoner_ids)
        return Response(data, headers={"ETag": etag_van(data)})


class InwonerViewSet(mixins.UpdateModelMixin, Resource):
    """Inwoners within the caller's reach; BSN and date of birth only for who may read identification data."""

    resource = "inwoners"
    categorieen = (Categorie.CONTACT,)
    serializer_class = serializers.InwonerSerializer
    filterset_class = filters.InwonerFilter
    http_method_names = ["get", "patch", "head", "options"]

    def inwoner_van(self, obj):
        return obj.pk

    def mag_persoon(self, user, actie):
        return permissions.mag(user, actie, Categorie.CONTACT)

    def get_queryset(self):
        user = self.request.user
        # Q(pk__isnull=False) keeps the condition valid when the filter allows everything (an empty Q).
        identificatie = Q(pk__isnull=False) & permissions.filter_voor(
            user, Actie.LEZEN, Categorie.IDENTIFICATIE, inwoner=""
        )
        return Inwoner.objects.zichtbaar_voor(user, Categorie.CONTACT).annotate(
            mag_identificatie=Case(
                When(identificatie, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )

    def get_serializer_class(self):
        return serializers.InwonerWijzigSerializer if self.request.method == "PATCH" else super().get_serializer_class()

    @extend_schema(
        request=serializers.InwonerWijzigSerializer,
        responses={200: serializers.InwonerSerializer},
        parameters=[
            OpenApiParameter(
                "If-Match",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description=_("De ETag van de versie waarop de wijziging is gebaseerd."),
            )
        ],
    )
    def partial_update(self, request, *args, **kwargs):
        invoer = serializers.InwonerWijzigSerializer(data=request.data, partial=True)
        invoer.is_valid(raise_exception=True)
        if_match = request.headers.get("If-Match")

        def versie_klopt(inwoner) -> bool:
            inwoner.mag_identificatie = (
                self.get_queryset().filter(pk=inwoner.pk).values_list("mag_identificatie", flat=True).first()
            )
            return past_bij(if_match, etag_van(serializers.InwonerSerializer(inwoner).data))

        pk = kwargs["pk"]
        try:
            services.wijzig_contactgegevens(
                door=request.user, inwoner_id=pk, gegevens=invoer.validated_data, versie_klopt=versie_klopt
            )
        except Inwoner.DoesNotExist:
            raise Http404 from None
        except services.VersieVerouderd:
            return antwoord(
                412,
                [{"veld": "If-Match", "melding": _("De inwoner is intussen gewijzigd; haal de nieuwe versie op.")}],
            )
        obj = self.get_queryset().get(pk=pk)
        data = serializers.InwonerSerializer(obj).data
        return Response(data, headers={"ETag": etag_van(data)})

    def update(self, request, *args, **kwargs):  # PUT is not offered: only partial changes
        raise Http404


class HuishoudenViewSet(Resource):
    """The household over time: every period with its members; filter ``geldig_op`` for one date."""

    resource = "huishoudens"
    categorieen = (Categorie.HUISHOUDEN,)
    serializer_class = serializers.HuishoudenSerializer
    filterset_class = filters.HuishoudenFilter

    def get_queryset(self):
        return Huishouden.objects.zichtbaar_voor(self.request.user).prefetch_related("huisgenoten")


class PlanViewSet(Resource):
    resource = "plannen"
    categorieen = (Categorie.PLAN,)
    serializer_class = serializers.PlanSerializer
    filterset_class = filters.PlanFilter

    def get_queryset(self):
        return Plan.objects.zichtbaar_voor(self.request.user)


class DoelViewSet(Resource):
    """Goals; one about income or health counts as financial or health data and is filtered as such."""

    resource = "plannen"
    categorieen = (Categorie.PLAN,)
    serializer_class = serializers.DoelSerializer
    filterset_class = filters.DoelFilter

    def inwoner_van(self, obj):
        return obj.plan.inwoner_id

    def get_queryset(self):
        return Doel.objects.zichtbaar_voor(self.request.user).select_related("plan")


class ContactmomentViewSet(Resource):
    resource = "contactmomenten"
    categorieen = (Categorie.CONTACTNOTITIES,)
    serializer_class = serializers.ContactmomentSerializer
    filterset_class = filters.ContactmomentFilter

    def get_queryset(self):
        return Contactmoment.objects.zichtbaar_voor(self.request.user)


class BerekeningViewSet(Resource):
    resource = "berekeningen"
    categorieen = (Categorie.FINANCIEEL,)
    serializer_class = serializers.BerekeningSerializer
    filterset_class = filters.BerekeningFilter

    def get_queryset(self):
        return Berekening.objects.zichtbaar_voor(self.request.user)


class PlekViewSet(Resource):
    """Places are no personal data; who may see the catalogue is the task ``plekken bekijken``."""

    resource = "plekken"
    persoonlijk = False
    serializer_class = serializers.PlekSerializer
    filterset_class = filters.PlekFilter

    def mag_persoon(self, user, actie):
        return actie == Actie.LEZEN and permissions.mag_taak(user, Taak.PLEKKEN_BEKIJKEN)

    def get_queryset(self):
        return Plek.objects.zichtbaar_voor(self.request.user).select_related("organisatie")


class PlaatsingViewSet(Resource):
    resource = "plaatsingen"
    categorieen = (Categorie.PLAATSINGEN,)
    serializer_class = serializers.PlaatsingSerializer
    filterset_class = filters.PlaatsingFilter

    def get_queryset(self):
        return Plaatsing.objects.zichtbaar_voor(self.request.user)


class GesprekViewSet(Resource):
    """Conversations: metadata and MI counts, never the transcript."""

    resource = "gesprekken"
    categorieen = (Categorie.GESPREKKEN,)
    serializer_class = serializers.GesprekSerializer
    filterset_class = filters.GesprekFilter

    def get_queryset(self):
        return Gesprek.objects.zichtbaar_voor(self.request.user)
