"""Django settings, read from the environment.

Defaults give a working demo with nothing installed but Python: a SQLite file and jobs in-process. Production mode
(``REGIE_PRODUCTION=1``) turns on secure defaults and refuses to start when a setting it needs is missing, because a
government system must fail loudly rather than run with a guessable secret key or an open host list.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(os.environ.get("REGIE_BASE_DIR", PACKAGE_DIR.parent.parent))
VAR_DIR = Path(os.environ.get("REGIE_VAR_DIR", BASE_DIR / "var"))
NODE_MODULES = Path(os.environ.get("REGIE_NODE_MODULES", BASE_DIR / "node_modules"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PRODUCTION = env_bool("REGIE_PRODUCTION")
# Keys that are public (the demo's own, and examples that get copied from documentation): never in production.
DEMO_SECRET_KEY = "regie-demo-only-key-not-for-production-use-0123456789abcdef"  # noqa: S105 - public on purpose
BEKENDE_SLEUTELS = {DEMO_SECRET_KEY}
DEBUG = env_bool("DJANGO_DEBUG", default=not PRODUCTION)

if PRODUCTION:
    missing = [
        name for name in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL") if not os.environ.get(name)
    ]
    if missing:
        raise ImproperlyConfigured(
            "Regie start niet in productiemodus: de volgende instellingen ontbreken: "
            + ", ".join(missing)
            + ". Zet ze als omgevingsvariabele (zie docs/operations.md)."
        )
    if DEBUG:
        raise ImproperlyConfigured("Regie start niet in productiemodus met DJANGO_DEBUG aan. Zet DJANGO_DEBUG=0.")
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is te kort: gebruik minstens 50 willekeurige tekens.")
    if SECRET_KEY in BEKENDE_SLEUTELS or SECRET_KEY.startswith("django-insecure"):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is een bekende voorbeeldsleutel uit de demo of documentatie: maak een eigen "
            "willekeurige sleutel, bijvoorbeeld met: python -c 'import secrets; print(secrets.token_urlsafe(64))'."
        )
    if len(set(SECRET_KEY)) < 20:
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is te zwak: hij bevat maar {len(set(SECRET_KEY))} verschillende tekens (minstens 20 "
            "nodig). Gebruik een willekeurige sleutel, bijvoorbeeld uit: "
            "python -c 'import secrets; print(secrets.token_urlsafe(64))'."
        )
    if any("*" in host for host in env_list("DJANGO_ALLOWED_HOSTS")):
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS bevat een jokerteken (*): noem in productie de echte hostnamen, bijvoorbeeld "
            "DJANGO_ALLOWED_HOSTS=regie.gemeente.nl."
        )
    if os.environ["DATABASE_URL"].strip().lower().startswith("sqlite"):
        raise ImproperlyConfigured(
            "DATABASE_URL wijst naar SQLite: productie draait op PostgreSQL met meerdere processen. Zet bijvoorbeeld "
            "DATABASE_URL=postgres://regie@db.gemeente.nl:5432/regie."
        )
else:
    # Only for the demo and tests; production refuses to start without its own key.
    SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", DEMO_SECRET_KEY)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "simple_history",
    "regie.apps.accounts",
    "regie.apps.dossier",
    "regie.apps.audit",
    "regie.apps.inkomen",
    "regie.apps.plan",
    "regie.apps.portaal",
    "regie.apps.participatie",
    "regie.apps.gesprekken",
    "regie.apps.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "regie.middleware.OngeldigeTekensMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "regie.middleware.BeveiligingsheadersMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

if PRODUCTION:
    # Serves the collected static files (with far-future caching) from the web processes themselves.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "regie.urls"
WSGI_APPLICATION = "regie.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "regie.apps.accounts.context_processors.navigation",
            ],
            "builtins": ["regie.templatetags.components"],
        },
    },
]

# --- Database: a SQLite file by default, PostgreSQL (psycopg 3) through DATABASE_URL.
DEFAULT_SQLITE = f"sqlite:///{VAR_DIR / 'regie.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", DEFAULT_SQLITE), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the demo server read while a generator or batch job writes.
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.Gebruiker"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language: Dutch by default, English available.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

# --- Static files: our own, plus the NL Design System and htmx straight from node_modules (never copied in the repo).
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [
    PACKAGE_DIR / "static",
    ("vendor/utrecht", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    ("vendor/utrecht-tokens", NODE_MODULES / "@utrecht" / "design-tokens" / "dist"),
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Background jobs: Celery with Redis when configured, otherwise in-process.
REDIS_URL = os.environ.get("REDIS_URL", "")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", REDIS_URL or None)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}

# --- Security. Production gets strict defaults; the demo keeps plain HTTP on localhost working.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Content-Security-Policy (django-csp): scripts and styles only from Regie's own static files, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# --- Uploads: checked while the request body streams in (regie.uploads), so a huge upload never fills memory. The limit
# is the largest upload Regie accepts (a CSV of places, 5 MB); forms check their own smaller limits (transcripts 2 MB).
REGIE_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = REGIE_MAX_UPLOAD_BYTES
# Form fields other than files (a pasted transcript is at most 200,000 characters).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_HANDLERS = ["regie.uploads.BegrensdeUploadHandler"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("REGIE_LOG_LEVEL", "INFO" if PRODUCTION else "WARNING")},
}

# --- DigiD for inwoners through OpenID Connect: on when the broker's client id is configured.
DIGID_AAN = bool(os.environ.get("OIDC_RP_CLIENT_ID"))
REGIE_DIGID_BSN_CLAIM = os.environ.get("REGIE_DIGID_BSN_CLAIM", "bsn")
if DIGID_AAN:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS = [
        "regie.apps.accounts.digid.DigiDBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]
    OIDC_RP_CLIENT_ID = os.environ["OIDC_RP_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
    OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
    OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
    OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
    OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
    OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = os.environ.get("OIDC_RP_SCOPES", "openid bsn")
    LOGIN_REDIRECT_URL_FAILURE = "/account/inloggen/?digid=mislukt"
    missing = [
        n
        for n in ("OIDC_OP_AUTHORIZATION_ENDPOINT", "OIDC_OP_TOKEN_ENDPOINT", "OIDC_OP_USER_ENDPOINT")
        if not os.environ.get(n)
    ]
    if missing:
        raise ImproperlyConfigured("DigiD via OpenID Connect is aangezet maar mist: " + ", ".join(missing) + ".")

# --- Regie itself.
REGIE_CASELOAD_PAGE_SIZE = 25
# Without a Celery broker, background jobs run in a thread of the web process; tests run them inline.
REGIE_JOBS_IN_THREAD = env_bool("REGIE_JOBS_IN_THREAD", default=True)
