"""An inwoner who opens a staff page is sent to their own portal, not shown a 403 or 404.

Which pages are for inwoners, each app registers (``registry.registreer_inwonerpagina``); everything else is a staff
page. The check runs before the view, so an inwoner's request never reaches a staff view at all.
"""

from django.shortcuts import redirect

from . import permissions, registry
from .permissions import Taak


class InwonerNaarPortaalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not permissions.mag_taak(getattr(request, "user", None), Taak.PORTAAL):
            return None
        if registry.is_inwonerpagina(match.view_name) or not (portaal := registry.url_voor("portaal:start")):
            return None
        return redirect(portaal)
