"""DigiD login for inwoners through OpenID Connect (e.g. a municipality's DigiD broker), switched on by settings.

The broker's userinfo carries the person's BSN. Only an inwoner already known to Regie can log in: the BSN must pass
the elfproef and belong to an Inwoner; that inwoner's portal account is used, or created on their first login. An
unknown BSN gets no account, so DigiD never creates people in Regie. It lives with the dossier because it starts
from the Inwoner; the account it logs in is an ordinary ``accounts.Gebruiker``.
"""

import logging

from django.conf import settings
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from regie.apps.accounts.models import Gebruiker, Rol

from .models import Inwoner
from .validators import elfproef, normaliseer_bsn

logger = logging.getLogger(__name__)


def _bsn(claims: dict) -> str:
    return normaliseer_bsn(str(claims.get(settings.REGIE_DIGID_BSN_CLAIM, "")))


class DigiDBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims) -> bool:
        return elfproef(_bsn(claims))

    def filter_users_by_claims(self, claims):
        return Gebruiker.objects.filter(rol=Rol.INWONER, is_active=True, inwoner__bsn=_bsn(claims))

    @transaction.atomic
    def create_user(self, claims):
        inwoner = Inwoner.objects.select_for_update().filter(bsn=_bsn(claims), account__isnull=True).first()
        if inwoner is None:
            logger.info("DigiD-login geweigerd: BSN onbekend in Regie of account inactief")
            return None
        account = Gebruiker(
            username=f"digid-{inwoner.pk}",
            rol=Rol.INWONER,
            gemeente_id=inwoner.gemeente_id,
            first_name=inwoner.voornamen,
            last_name=f"{inwoner.tussenvoegsel} {inwoner.achternaam}".strip(),
        )
        account.set_unusable_password()  # DigiD is the only way in for this account
        account.save()
        inwoner.account = account
        inwoner.save(update_fields=["account"])
        return account

    def update_user(self, user, claims):
        return user
