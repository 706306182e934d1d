"""Errors in one shape, in Dutch, naming the field: ``{"status": 400, "fouten": [{"veld": ..., "melding": ...}]}``."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


def _vlak(fouten, pad: str = "") -> list[dict]:
    uit = []
    if isinstance(fouten, dict):
        for veld, sub in fouten.items():
            naam = "" if veld in ("non_field_errors", "__all__") else str(veld)
            uit += _vlak(sub, f"{pad}.{naam}" if pad and naam else (naam or pad))
    elif isinstance(fouten, list):
        if all(not isinstance(f, dict | list) for f in fouten):
            uit += [{"veld": pad, "melding": str(f)} for f in fouten]
        else:
            for i, sub in enumerate(fouten):
                uit += _vlak(sub, f"{pad}[{i}]")
    else:
        uit.append({"veld": pad, "melding": str(fouten)})
    return uit


def antwoord(status_code: int, fouten: list[dict], headers=None) -> Response:
    return Response({"status": status_code, "fouten": fouten}, status=status_code, headers=headers)


def foutafhandeling(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Niet gevonden, of u heeft er geen toegang toe."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fouten = _vlak(exc.detail)
    else:
        fouten = [{"veld": "", "melding": str(exc.detail)}]
    headers = {k: v for k, v in response.items() if k in ("WWW-Authenticate", "Retry-After")}
    if response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
        fouten = [
            {
                "veld": "",
                "melding": _("Te veel verzoeken; probeer het over %(sec)s seconden opnieuw.")
                % {"sec": getattr(exc, "wait", None) and int(exc.wait) or 60},
            }
        ]
    return antwoord(response.status_code, fouten, headers)
