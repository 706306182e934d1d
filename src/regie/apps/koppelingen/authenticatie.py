"""How an application signs in: ``Authorization: Bearer regie_<prefix>_<secret>``.

The application's technical account becomes ``request.user`` with its authorisations as ``koppelrechten``, so the
permission module filters for it as for a person, and the processing log names the application as actor.
"""

from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from . import services, sleutels
from .models import Applicatie


class ApplicatieAuthenticatie(authentication.BaseAuthentication):
    trefwoord = "Bearer"

    def authenticate(self, request):
        kop = authentication.get_authorization_header(request).split()
        if not kop or kop[0].lower() != self.trefwoord.lower().encode():
            return None
        if len(kop) != 2:
            raise exceptions.AuthenticationFailed(_("Geef precies één sleutel na ‘Bearer’."))
        try:
            sleutel = kop[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("De sleutel is ongeldig.")) from None
        delen = sleutels.ontleed(sleutel)
        applicatie = None
        if delen is not None:
            met_account = Applicatie.objects.select_related("account", "account__gemeente")
            applicatie = met_account.filter(sleutel_prefix=delen[0]).first()
        if applicatie is None or not sleutels.klopt(delen[1], applicatie.sleutel_hash):
            raise exceptions.AuthenticationFailed(_("De sleutel is ongeldig."))
        if not applicatie.actief or not applicatie.account.is_active:
            raise exceptions.AuthenticationFailed(_("Deze applicatie is uitgezet."))
        account = applicatie.account
        account.koppelrechten = applicatie.rechten()
        services.markeer_gebruikt(applicatie)
        return account, applicatie

    def authenticate_header(self, request):
        return self.trefwoord


class ApplicatieAuthenticatieSchema(OpenApiAuthenticationExtension):
    target_class = "regie.apps.koppelingen.authenticatie.ApplicatieAuthenticatie"
    name = "applicatiesleutel"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": _("De sleutel van de applicatie, zoals de functioneel beheerder die heeft aangemaakt."),
        }
