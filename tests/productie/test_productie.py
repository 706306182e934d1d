"""Production mode end to end without a server: static files collected and linked, deploy checks, settings for
several machines, the cached template loader and the gunicorn configuration.

Each case starts Python in a subprocess with the production environment, as an operator would, because the settings
are read once at start-up.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"


def _omgeving(tmp_path: Path, **extra) -> dict:
    basis = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "REGIE_", "DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY"))
    }
    return {
        **basis,
        "PYTHONPATH": str(SRC),
        "DJANGO_SETTINGS_MODULE": "regie.settings",
        "REGIE_PRODUCTION": "1",
        "DJANGO_SECRET_KEY": "Zq8-vT3kLw0pX7rN2yBm5sHc9uJd4fGa1eKi6oRt_WxYzQ3nV8bC0lM7jP2hS5dF",
        "DJANGO_ALLOWED_HOSTS": "regie.example.nl",
        # Production refuses SQLite; these checks never open a connection, so the server need not exist.
        "DATABASE_URL": "postgres://regie@127.0.0.1:1/regie_niet_verbonden",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "REGIE_VAR_DIR": str(tmp_path / "var"),
        **extra,
    }


def _python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _json(resultaat: subprocess.CompletedProcess):
    assert resultaat.returncode == 0, resultaat.stderr[-3000:]
    return json.loads(resultaat.stdout.strip().splitlines()[-1])


def test_collectstatic_in_production_mode_and_the_login_page_links_files_that_are_served(tmp_path):
    uitkomst = _json(
        _python(
            """
            import json, re, django
            django.setup()
            from pathlib import Path
            from django.conf import settings
            from django.core.management import call_command
            from django.test import Client

            call_command("collectstatic", interactive=False, verbosity=0)
            root = Path(settings.STATIC_ROOT)
            manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
            pagina = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="regie.example.nl").get("/account/inloggen/")
            html = pagina.content.decode()
            links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
            links += re.findall(r'<script src="([^"]+)"', html)
            bestanden = {}
            for link in links:
                antwoord = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="regie.example.nl").get(link)
                inhoud = b"".join(antwoord.streaming_content) if antwoord.streaming else antwoord.content
                bestanden[link] = [antwoord.status_code, antwoord.get("Content-Type", ""), len(inhoud)]
            gebruikt = set()
            for template in Path(settings.BASE_DIR, "src").rglob("*.html"):
                gebruikt |= set(re.findall(r"{% static ['\\"]([^'\\"]+)['\\"]", template.read_text()))
            print(json.dumps({
                "status": pagina.status_code,
                "bestanden": bestanden,
                "manifest": sorted(manifest),
                "gebruikt": sorted(gebruikt),
                "verzameld": sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()),
            }))
            """,
            _omgeving(tmp_path),
        )
    )
    assert uitkomst["status"] == 200
    # The three stylesheets and htmx of the base layout, each fingerprinted and served by WhiteNoise.
    assert len(uitkomst["bestanden"]) >= 4, uitkomst["bestanden"]
    for link, (status, soort, grootte) in uitkomst["bestanden"].items():
        assert link.startswith("/static/") and link.count(".") >= 2, link
        assert status == 200, link
        assert ("css" in soort) if link.endswith(".css") else ("javascript" in soort), (link, soort)
        assert grootte > 100, link
    # Every file a template names is in the manifest, so no page can fail on a missing entry.
    assert set(uitkomst["gebruikt"]) <= set(uitkomst["manifest"]), set(uitkomst["gebruikt"]) - set(uitkomst["manifest"])
    assert {"vendor/utrecht/index.css", "vendor/utrecht-tokens/index.css", "vendor/htmx/htmx.min.js"} <= set(
        uitkomst["gebruikt"]
    )
    # Only the files used are taken from the packages: not the token file that points at missing images.
    vendor = [p for p in uitkomst["verzameld"] if p.startswith("vendor/")]
    assert not [p for p in vendor if "background-image-icon" in p or "pijltje" in p]
    assert {p.split(".")[0] for p in vendor} == {
        "vendor/utrecht/index",
        "vendor/utrecht-tokens/index",
        "vendor/htmx/htmx",
    }


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    resultaat = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=_omgeving(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert "no issues" in resultaat.stdout


def test_check_deploy_fails_when_production_loses_a_safeguard(tmp_path):
    """The check above can fail: with the HSTS header switched off, --deploy reports it."""
    resultaat = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=_omgeving(tmp_path, DJANGO_HSTS_SECONDS="0"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resultaat.returncode != 0 and "security.W004" in resultaat.stdout + resultaat.stderr


INSTELLINGEN = """
    import json, django
    django.setup()
    from django.conf import settings
    from django.template import engines
    db = settings.DATABASES["default"]
    print(json.dumps({
        "engine": db["ENGINE"],
        "options": db.get("OPTIONS", {}),
        "conn_max_age": db["CONN_MAX_AGE"],
        "health_checks": db["CONN_HEALTH_CHECKS"],
        "server_side_cursors_uit": db.get("DISABLE_SERVER_SIDE_CURSORS", False),
        "session_engine": settings.SESSION_ENGINE,
        "cache": settings.CACHES["default"]["BACKEND"],
        "loaders": [type(l).__module__ for l in engines["django"].engine.template_loaders],
        "debug": settings.DEBUG,
        "middleware": settings.MIDDLEWARE,
        "storage": settings.STORAGES["staticfiles"]["BACKEND"],
    }))
"""


def test_production_on_several_machines_postgresql_redis_and_pgbouncer(tmp_path):
    uitkomst = _json(
        _python(
            INSTELLINGEN,
            _omgeving(
                tmp_path,
                DATABASE_URL="postgres://regie@db.intern:6432/regie",
                REDIS_URL="redis://cache.intern:6379/0",
                DJANGO_DISABLE_SERVER_SIDE_CURSORS="1",
                DJANGO_CONN_MAX_AGE="300",
            ),
        )
    )
    assert uitkomst["engine"] == "django.db.backends.postgresql"
    assert uitkomst["conn_max_age"] == 300 and uitkomst["health_checks"] is True
    assert uitkomst["server_side_cursors_uit"] is True
    # Sessions read from Redis, written through to the database; the cache in Redis as well.
    assert uitkomst["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert uitkomst["cache"] == "django.core.cache.backends.redis.RedisCache"
    # Templates are compiled once per process, and static files are served by WhiteNoise from the manifest.
    assert uitkomst["debug"] is False
    assert uitkomst["loaders"] == ["django.template.loaders.cached"]
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in uitkomst["middleware"]
    assert uitkomst["storage"] == "regie.assets.StaticFilesStorage"


def test_without_redis_sessions_stay_in_the_database_and_sqlite_waits_for_the_write_lock(tmp_path):
    env = _omgeving(tmp_path)
    del env["REGIE_PRODUCTION"]
    del env["DATABASE_URL"]
    uitkomst = _json(_python(INSTELLINGEN, env))
    assert uitkomst["session_engine"] == "django.contrib.sessions.backends.db"
    assert uitkomst["engine"] == "django.db.backends.sqlite3"
    assert uitkomst["options"]["transaction_mode"] == "IMMEDIATE"
    assert uitkomst["options"]["timeout"] == 20
    assert "journal_mode=WAL" in uitkomst["options"]["init_command"]
    assert uitkomst["server_side_cursors_uit"] is False


def test_gunicorn_configuration_from_the_environment_and_an_access_log_without_queries(tmp_path):
    code = """
        import json, importlib
        conf = importlib.import_module("regie.gunicorn_conf")
        print(json.dumps({k: getattr(conf, k) for k in (
            "workers", "threads", "worker_class", "bind", "timeout", "preload_app", "access_log_format",
            "forwarded_allow_ips", "max_requests")}))
    """
    env = _omgeving(tmp_path, WEB_CONCURRENCY="3", REGIE_THREADS="4", REGIE_BIND="0.0.0.0:8000", REGIE_TIMEOUT="45")
    uitkomst = _json(_python(code, env))
    assert (uitkomst["workers"], uitkomst["threads"], uitkomst["worker_class"]) == (3, 4, "gthread")
    assert uitkomst["bind"] == ["0.0.0.0:8000"] and uitkomst["timeout"] == 45
    assert uitkomst["preload_app"] is True and uitkomst["max_requests"] > 0
    formaat = uitkomst["access_log_format"]
    # The path without its query string; no request line (%(r)s has the query), referrer or client address.
    assert "%(U)s" in formaat
    for atoom in ("%(q)s", "%(r)s", "%(f)s", "%(h)s", "%({"):
        assert atoom not in formaat

    uitkomst = _json(_python(code, _omgeving(tmp_path, REGIE_THREADS="1", REGIE_PRELOAD="0")))
    assert uitkomst["worker_class"] == "sync" and uitkomst["preload_app"] is False


@pytest.mark.parametrize(
    ("naam", "verwacht_fout"),
    [("vendor/pakket/stijl.css", False), ("regie/eigen.css", True)],
)
def test_missing_reference_is_tolerated_in_vendor_css_only(tmp_path, naam, verwacht_fout, caplog):
    from whitenoise.storage import MissingFileError

    from regie.assets import StaticFilesStorage

    opslag = StaticFilesStorage(location=tmp_path, base_url="/static/")
    bestand = tmp_path / naam
    bestand.parent.mkdir(parents=True)
    (bestand.parent / "bestaat.svg").write_text("<svg/>")
    bestand.write_text('a { background: url("./bestaat.svg"); } b { background: url("./ontbreekt.svg"); }')
    # As collectstatic does: the files are copied first, then post-processed in place.
    paden = {n: (opslag, n) for n in (naam, naam.rsplit("/", 1)[0] + "/bestaat.svg")}
    with caplog.at_level("WARNING", logger="regie.assets"):
        uitkomsten = list(opslag.post_process(paden))
    fouten = [verwerkt for _, _, verwerkt in uitkomsten if isinstance(verwerkt, Exception)]
    if verwacht_fout:
        assert fouten and isinstance(fouten[0], MissingFileError) and "ontbreekt.svg" in str(fouten[0])
    else:
        assert fouten == []
        verwerkt = opslag.open(opslag.stored_name(naam)).read().decode()
        assert 'url("./ontbreekt.svg")' in verwerkt  # left as it was
        assert "bestaat." in verwerkt and 'url("./bestaat.svg")' not in verwerkt  # the existing one fingerprinted
        assert "ontbreekt.svg" in caplog.text


def test_a_missing_vendor_file_is_reported_by_the_system_check(settings, tmp_path):
    from regie.assets import VendorFinder

    settings.REGIE_VENDOR_STATIC = {"vendor/x/weg.css": tmp_path / "weg.css", "eigen/x.css": tmp_path / "x.css"}
    meldingen = VendorFinder().check()
    assert {m.id for m in meldingen} == {"regie.E101", "regie.E102"}
    assert any("npm ci" in (m.hint or "") for m in meldingen)


def test_the_vendor_finder_finds_only_the_listed_files(settings, tmp_path):
    from regie.assets import VendorFinder

    stijl = tmp_path / "dist" / "index.css"
    stijl.parent.mkdir()
    stijl.write_text("a{}")
    (tmp_path / "dist" / "kapot.css").write_text('a{background:url("./pijltje.svg")}')
    settings.REGIE_VENDOR_STATIC = {"vendor/pakket/index.css": stijl}
    finder = VendorFinder()
    assert finder.find("vendor/pakket/index.css") == str(stijl)
    assert finder.find("vendor/pakket/index.css", find_all=True) == [str(stijl)]
    assert finder.find("vendor/pakket/kapot.css") == []
    assert [(pad, opslag.prefix) for pad, opslag in finder.list([])] == [("index.css", "vendor/pakket")]


@pytest.mark.skipif(not (ROOT / "node_modules" / "@utrecht").exists(), reason="npm-pakketten niet geïnstalleerd")
def test_runserver_finds_the_vendor_files_the_pages_use_and_no_others():
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/utrecht/index.css").endswith("component-library-css/dist/index.css")
    assert finders.find("vendor/htmx/htmx.min.js").endswith("htmx.org/dist/htmx.min.js")
    assert finders.find("vendor/utrecht-tokens/background-image-icon.css") is None
