"""Browser tests: Playwright for Python driving Debian's Chromium, headless, against the live test server."""

import os
from pathlib import Path

import pytest

ARTEFACTEN = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    pad = os.environ.get("REGIE_BROWSER", "/usr/bin/chromium")
    if not Path(pad).exists():
        pytest.fail(f"Chromium ontbreekt op {pad}: 'make test' installeert het (apt-get install chromium).")
    # Playwright's sync API runs an event loop in this thread; the ORM calls in the tests are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=pad,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    # The axe-core checker is injected as an inline script, which Regie's Content-Security-Policy rightly blocks.
    bypass_csp = request.node.get_closest_marker("axe") is not None
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    ARTEFACTEN.mkdir(exist_ok=True)

    def maak(page, naam: str) -> Path:
        pad = ARTEFACTEN / f"{naam}.png"
        page.screenshot(path=str(pad), full_page=True)
        return pad

    return maak
