"""Request context for the processing log: client IP, session, W3C trace id, and who is acting.

A middleware puts the request in a context variable, so every log call deep inside a selector or a signal handler
gets the IP, the session and the trace id without passing the request along. The trace id comes from the W3C
``traceparent`` header when a proxy or another service sent one, otherwise it is generated; either way it is sent
back (``traceresponse``, ``X-Trace-Id``) so a support question can be matched to the log entries of that request.
"""

import contextvars
import hashlib
import hmac
import ipaddress
import re
import secrets
from dataclasses import dataclass, field

from django.conf import settings

_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$")


@dataclass
class Verzoekcontext:
    request: object
    trace_id: str
    span_id: str
    ip: str | None
    # Writes already logged in this request, so saving five household members makes one entry, not five.
    gelogd: set = field(default_factory=set)

    @property
    def gebruiker(self):
        user = getattr(self.request, "user", None)
        return user if user is not None and user.is_authenticated else None

    @property
    def pad(self) -> str:
        return getattr(self.request, "path", "")[:300]

    @property
    def methode(self) -> str:
        return getattr(self.request, "method", "") or ""

    @property
    def sessie(self) -> str:
        """A keyed hash of the session key (read at log time, since logging in changes the key); never the key."""
        sessie = getattr(self.request, "session", None)
        sleutel = getattr(sessie, "session_key", None) if sessie is not None else None
        if not sleutel:
            return ""
        return hmac.new(logboeksleutel(), f"sessie:{sleutel}".encode(), hashlib.sha256).hexdigest()


_huidig: contextvars.ContextVar[Verzoekcontext | None] = contextvars.ContextVar("regie_logboek_verzoek", default=None)


def huidig() -> Verzoekcontext | None:
    return _huidig.get()


def logboeksleutel() -> bytes:
    """The secret for pseudonyms and session hashes: its own setting, or derived from SECRET_KEY."""
    eigen = getattr(settings, "REGIE_LOGBOEK_SLEUTEL", "")
    if eigen:
        return eigen.encode()
    return hashlib.sha256(f"regie-logboek:{settings.SECRET_KEY}".encode()).digest()


def lees_traceparent(waarde: str | None) -> tuple[str, str] | None:
    """(trace id, parent id) of a valid W3C traceparent header, else None (version ff, all-zero ids are invalid)."""
    if not waarde:
        return None
    gevonden = _TRACEPARENT.match(waarde.strip().lower())
    if not gevonden:
        return None
    versie, trace_id, parent_id, _vlaggen, rest = gevonden.groups()
    if versie == "ff" or (versie == "00" and rest) or set(trace_id) == {"0"} or set(parent_id) == {"0"}:
        return None
    return trace_id, parent_id


def _netwerken(waarden) -> list:
    netwerken = []
    for waarde in waarden:
        try:
            netwerken.append(ipaddress.ip_network(waarde.strip(), strict=False))
        except ValueError:
            continue
    return netwerken


def _geldig_ip(waarde: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        adres = ipaddress.ip_address(waarde.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket is logged as the IPv4 address it is.
    return getattr(adres, "ipv4_mapped", None) or adres


def client_ip(request) -> str | None:
    """The client's address. ``X-Forwarded-For`` counts only when the direct peer is a trusted proxy
    (``REGIE_VERTROUWDE_PROXIES``); then the right-most address that is not itself a trusted proxy is the client."""
    direct = _geldig_ip(request.META.get("REMOTE_ADDR", ""))
    if direct is None:
        return None
    vertrouwd = _netwerken(getattr(settings, "REGIE_VERTROUWDE_PROXIES", []))
    if not vertrouwd or not any(direct in net for net in vertrouwd):
        return str(direct)
    keten = [d for d in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if d.strip()]
    for deel in reversed(keten):
        adres = _geldig_ip(deel)
        if adres is None:
            return str(direct)  # a forged or garbled hop: trust nothing beyond our own proxy
        if not any(adres in net for net in vertrouwd):
            return str(adres)
    return str(direct)


class LogboekMiddleware:
    """Sets the request context for the processing log and returns the trace id. Place it after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ontvangen = lees_traceparent(request.META.get("HTTP_TRACEPARENT"))
        trace_id = ontvangen[0] if ontvangen else secrets.token_hex(16)
        context = Verzoekcontext(
            request=request, trace_id=trace_id, span_id=secrets.token_hex(8), ip=client_ip(request)
        )
        request.trace_id = trace_id
        token = _huidig.set(context)
        try:
            response = self.get_response(request)
            from .beheer import log_beheerpagina  # the Django admin's pages with personal data

            log_beheerpagina(request, response)
        finally:
            _huidig.reset(token)
        response["traceresponse"] = f"00-{trace_id}-{context.span_id}-01"
        response["X-Trace-Id"] = trace_id
        return response
