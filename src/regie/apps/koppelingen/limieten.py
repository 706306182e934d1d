"""Rate limits: per application its own number of requests per minute; per person one limit for sessions."""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from .rechten import applicatie_van


class PerApplicatie(SimpleRateThrottle):
    scope = "sessie"

    def allow_request(self, request, view):
        applicatie = applicatie_van(request)
        if applicatie is not None:
            self.num_requests = applicatie.limiet_per_minuut or settings.REGIE_API_LIMIET_STANDAARD
            self.duration = 60
        else:
            self.num_requests, self.duration = self.parse_rate(self.get_rate())
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        applicatie = applicatie_van(request)
        if applicatie is not None:
            return f"regie-api-limiet:applicatie:{applicatie.pk}"
        if request.user and request.user.is_authenticated:
            return f"regie-api-limiet:gebruiker:{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
