"""Response headers that keep personal data out of caches and switch off browser features Regie never uses, and a
guard against characters no form can sensibly contain."""

from django.http import HttpResponseBadRequest
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

# Regie uses no camera, microphone, location, payment or device APIs: a page (or injected script) may not either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class BeveiligingsheadersMiddleware:
    """Adds ``Permissions-Policy`` to every response and ``Cache-Control: no-store`` to every signed-in response.

    Every page behind the login may show personal data (a dossier, a caseload, an export), so none of it may be kept
    by the browser's back-forward cache, a shared proxy or the disk cache of a shared counter computer. Static files
    are served before this middleware runs (WhiteNoise, or the development server) and keep their long caching.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response


class OngeldigeTekensMiddleware:
    """Answers 400 to a request with a NUL character in a query or form field (name or value).

    No person types one, PostgreSQL refuses to store or even compare text containing it (an error deep inside a
    search would be a 500), and it has a long history in injection tricks. File contents are not affected.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _bevat_nul(request.GET) or (request.method == "POST" and _bevat_nul(request.POST)):
            return HttpResponseBadRequest(
                _("Het verzoek bevat een ongeldig teken (NUL). Verwijder het en probeer het opnieuw."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _bevat_nul(velden) -> bool:
    return any("\x00" in sleutel or any("\x00" in waarde for waarde in waarden) for sleutel, waarden in velden.lists())
