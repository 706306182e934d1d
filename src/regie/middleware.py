"""Response headers that keep personal data out of caches and switch off browser features Regie never uses."""

from django.utils.cache import add_never_cache_headers

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
