"""Form endpoints that answer a failed POST with their page and the errors (status 400).

After such an answer the browser's address is the endpoint itself. Reloading or sharing that address sends a GET;
instead of an empty "405 Method Not Allowed" the endpoint then sends the user to the page the form lives on, which
does its own access checks. Other methods are still refused.
"""

from functools import wraps

from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse


def post_of_terug(url_naam: str, *, pk: bool = True):
    """Use instead of ``require_POST``: POST runs the view, GET and HEAD redirect to ``url_naam`` (with the
    inwoner's ``pk`` from the address when ``pk``)."""

    def decorator(view):
        @wraps(view)
        def omhulsel(request, *args, **kwargs):
            if request.method in ("GET", "HEAD"):
                return redirect(reverse(url_naam, kwargs={"pk": kwargs["pk"]} if pk else None))
            if request.method != "POST":
                return HttpResponseNotAllowed(["GET", "POST"])
            return view(request, *args, **kwargs)

        omhulsel.post_of_terug = url_naam
        return omhulsel

    return decorator
