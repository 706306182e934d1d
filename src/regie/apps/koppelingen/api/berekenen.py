"""The stateless calculation: a case in, the result out, exactly as ``regie bereken`` (docs/bereken-cli.md).

Nothing is read from or stored in Regie, so nothing about a stored inwoner is logged.
"""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from regie.apps.accounts import permissions
from regie.apps.accounts.permissions import Actie, Categorie
from regie.rules.engine import bereken
from regie.rules.invoer import InvoerFout, case_from_dict
from regie.rules.uitvoer import result_to_dict

from ..fouten import antwoord
from ..rechten import ResourceScope
from .serializers import BerekenInvoerSerializer, BerekenUitvoerSerializer


class BerekenView(APIView):
    permission_classes = [ResourceScope]
    resource = "berekenen"
    alleen_lezen = True  # POST, but it writes nothing: an application needs the read scope of "berekenen"

    def mag_persoon(self, user, actie) -> bool:
        return permissions.mag(user, Actie.LEZEN, Categorie.FINANCIEEL)

    @extend_schema(
        request=BerekenInvoerSerializer,
        responses={200: BerekenUitvoerSerializer},
        parameters=[
            OpenApiParameter("toelichting", OpenApiTypes.BOOL, description=_("Met de stappen van de toelichting.")),
            OpenApiParameter("voorlopig", OpenApiTypes.BOOL, description=_("Ook na de laatste bekende normtabel.")),
        ],
    )
    def post(self, request):
        toelichting = request.query_params.get("toelichting", "true").lower() not in ("false", "0", "nee")
        voorlopig = request.query_params.get("voorlopig", "false").lower() in ("true", "1", "ja")
        if not isinstance(request.data, dict):
            return antwoord(400, [{"veld": "casus", "melding": _("Stuur één casus als JSON-object.")}])
        try:
            resultaat = bereken(case_from_dict(request.data), toelichting=toelichting, voorlopig=voorlopig)
        except InvoerFout as fout:
            return antwoord(400, [{"veld": veld, "melding": melding} for veld, melding in fout.fouten])
        except (ValueError, ArithmeticError, OverflowError) as fout:
            return antwoord(400, [{"veld": "casus", "melding": _("Deze casus kan niet worden berekend: %s") % fout}])
        return Response(result_to_dict(resultaat, toelichting=toelichting))
