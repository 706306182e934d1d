"""Security headers by content: a strict CSP without inline code, no caching of signed-in pages, no device APIs."""

import re
from pathlib import Path

import pytest

from regie.middleware import PERMISSIONS_POLICY

SRC = Path(__file__).resolve().parents[2] / "src" / "regie"


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {deel.split()[0]: deel.split()[1:] for deel in (d.strip() for d in policy.split(";")) if deel}


@pytest.mark.django_db
def test_csp_allows_only_own_scripts_and_styles_and_nothing_inline(client, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    response = client.get(f"/caseload/inwoners/{inwoner.pk}/")
    assert response.status_code == 200
    directives = _directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.django_db
def test_csp_and_permissions_policy_also_on_the_login_page(client):
    response = client.get("/account/inloggen/")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in response["Permissions-Policy"]


def test_permissions_policy_switches_off_every_listed_feature():
    onderdelen = [deel.strip() for deel in PERMISSIONS_POLICY.split(",")]
    assert all(re.fullmatch(r"[a-z-]+=\(\)", deel) for deel in onderdelen)
    assert {"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} <= set(onderdelen)


@pytest.mark.django_db
def test_signed_in_pages_and_exports_are_not_stored(client, klantmanager, maak_inwoner):
    inwoner = maak_inwoner(klantmanager=klantmanager)
    client.force_login(klantmanager)
    for url in ("/caseload/", f"/caseload/inwoners/{inwoner.pk}/", "/gesprekken/correcties.tsv", "/werklijst/"):
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = [d.strip() for d in response["Cache-Control"].split(",")]
        assert "no-store" in cache_control and "private" in cache_control, url
    # Also an answer that is not a page: a refused dossier.
    response = client.get("/caseload/inwoners/987654321/")
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_htmx_may_not_inject_styles_or_evaluate_code(client, klantmanager):
    client.force_login(klantmanager)
    html = client.get("/caseload/").content.decode()
    config = re.search(r'<meta name="htmx-config" content=\'([^\']+)\'>', html)
    assert config is not None
    assert '"includeIndicatorStyles": false' in config.group(1)
    assert '"allowEval": false' in config.group(1)


def test_templates_have_no_inline_script_style_or_event_handlers():
    """The CSP forbids them, so a template that brings one back would silently break in the browser."""
    verboden = re.compile(
        r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|\shx-on[:-]|javascript:", re.IGNORECASE
    )
    vondsten = []
    for pad in SRC.rglob("*.html"):
        for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1):
            if verboden.search(regel):
                vondsten.append(f"{pad.relative_to(SRC)}:{nummer}: {regel.strip()}")
    assert vondsten == []
