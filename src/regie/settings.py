"""Django settings, read from the environment.

Defaults give a working demo with nothing installed but Python: a SQLite file and jobs in-process. Production mode
(``REGIE_PRODUCTION=1``) turns on secure defaults and refuses to start when a setting it needs is missing, because a
government system must fail loudly rather than run with a guessable secret key or an open host list.
"""

import os
from datetime import timedelta
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
    # The Django admin is for technical superusers only; the functioneel beheerder works in regie.apps.beheer.
    "regie.apps.accounts.admin_site.TechnischeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "regie.apps.accounts",
    "regie.apps.taken",
    "regie.apps.dossier",
    "regie.apps.audit",
    "regie.apps.inkomen",
    "regie.apps.plan",
    "regie.apps.portaal",
    "regie.apps.participatie",
    "regie.apps.gesprekken",
    "regie.apps.oefenen",
    "regie.apps.beheer",
    "regie.apps.koppelingen",
    "regie.apps.sturing",
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
    "django_otp.middleware.OTPMiddleware",
    "regie.apps.audit.context.LogboekMiddleware",
    "regie.apps.accounts.middleware.InwonerNaarPortaalMiddleware",
    "regie.apps.accounts.middleware.PermissieAntwoordenMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "regie.apps.accounts.middleware.SessieMiddleware",
    "regie.apps.accounts.middleware.TweedeFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "regie.middleware.BeveiligingsheadersMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a lock-out during login into Regie's own answer.
    "axes.middleware.AxesMiddleware",
]

if PRODUCTION:
    # Serves the collected static files (with far-future caching) from the web processes themselves.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

# Form widgets render through Django's own Jinja2 widget templates: the same HTML as the Django template engine,
# in about a third of the time, which matters on pages with many forms (the plan page has over fifty fields).
FORM_RENDERER = "regie.forms.WidgetRenderer"

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
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", DEFAULT_SQLITE),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", 60)),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers go on while one writer writes.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        # Every transaction takes the write lock when it starts (BEGIN IMMEDIATE), so one that reads first and writes
        # later never fails halfway with "database is locked"; a busy writer is waited for, up to 20 seconds.
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("REGIE_SQLITE_TIMEOUT", 20)),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    # Behind PgBouncer in transaction pooling a server-side cursor would not survive between transactions.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DJANGO_DISABLE_SERVER_SIDE_CURSORS")
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
    {"NAME": "regie.apps.accounts.validators.GevarieerdWachtwoordValidator"},
]
# axes first: it refuses a locked-out account or address before any backend checks a password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "regie.apps.accounts.backends.GebruikerBackend",  # ModelBackend; loads the user with team and municipality
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a set-password link from the beheerder works for one day, and only once

# --- Staff login: second factor, lock-out, sessions.
# The second factor (TOTP with recovery codes) for every staff role; always on in production unless switched off.
REGIE_TWEEDE_FACTOR = env_bool("REGIE_TWEEDE_FACTOR", default=PRODUCTION)
OTP_TOTP_ISSUER = "Regie"
# Failed logins: an account is locked after 5 failures, an address after 50 (any usernames), for 15 minutes.
AXES_HANDLER = "regie.apps.accounts.inlogpogingen.RegieAxesHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("REGIE_INLOG_LIMIET_ACCOUNT", 5))
REGIE_INLOG_LIMIET_IP = int(os.environ.get("REGIE_INLOG_LIMIET_IP", 50))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "regie.apps.accounts.inlogpogingen.geblokkeerd"
AXES_SENSITIVE_PARAMETERS = ["password", "password1", "password2", "new_password1", "new_password2", "token"]
# Behind a reverse proxy, the number of proxies whose X-Forwarded-For is trusted for the client address.
AXES_IPWARE_PROXY_COUNT = int(os.environ["REGIE_PROXY_AANTAL"]) if os.environ.get("REGIE_PROXY_AANTAL") else None
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
# Sessions end after 15 minutes without activity (with a warning shortly before) and 8 hours after login.
REGIE_SESSIE_INACTIEF = int(os.environ.get("REGIE_SESSIE_INACTIEF_MINUTEN", 15)) * 60
REGIE_SESSIE_MAXIMUM = int(os.environ.get("REGIE_SESSIE_MAXIMUM_UREN", 8)) * 60 * 60
REGIE_SESSIE_WAARSCHUWING = 2 * 60

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
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Only the files the pages use are taken from the npm packages (regie.assets.VendorFinder): their dist folders also
# hold files that point at images the packages do not ship, which would break collectstatic.
REGIE_VENDOR_STATIC = {
    "vendor/utrecht/index.css": NODE_MODULES / "@utrecht" / "component-library-css" / "dist" / "index.css",
    "vendor/utrecht-tokens/index.css": NODE_MODULES / "@utrecht" / "design-tokens" / "dist" / "index.css",
    "vendor/htmx/htmx.min.js": NODE_MODULES / "htmx.org" / "dist" / "htmx.min.js",
}
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "regie.assets.VendorFinder",
]
# Uploaded files that are kept (none yet: transcripts and place lists are read and discarded); part of the backup.
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "regie.assets.StaticFilesStorage"
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
# Stale-job detection while workers keep running (a starting worker sweeps too): ``celery -A regie beat``.
CELERY_BEAT_SCHEDULE = {
    "herstel-vastgelopen-taken": {"task": "regie.taken.herstel_vastgelopen", "schedule": 60.0},
}
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    # Sessions are read from Redis on every request and written through to the database, so a restart of Redis
    # logs nobody out; DJANGO_SESSION_ENGINE=django.contrib.sessions.backends.cache keeps them in Redis only.
    SESSION_ENGINE = os.environ.get("DJANGO_SESSION_ENGINE", "django.contrib.sessions.backends.cached_db")

# --- Security. Production gets strict defaults; the demo keeps plain HTTP on localhost working.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = REGIE_SESSIE_MAXIMUM
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

# Set-password links for staff go by e-mail; the demo prints them on the console.
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", 25))
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "regie@localhost")

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
    AUTHENTICATION_BACKENDS.insert(1, "regie.apps.dossier.digid.DigiDBackend")
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

# --- The REST API for other systems (regie.apps.koppelingen, docs/api.md): applications authenticate with a key
# from the beheerder's pages, people with their session; cursor pagination, Dutch errors, limits per application.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "regie.apps.koppelingen.authenticatie.ApplicatieAuthenticatie",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["regie.apps.koppelingen.rechten.Aangemeld"],
    "DEFAULT_PAGINATION_CLASS": "regie.apps.koppelingen.paginering.Cursor",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": ["regie.apps.koppelingen.limieten.PerApplicatie"],
    "DEFAULT_THROTTLE_RATES": {"sessie": os.environ.get("REGIE_API_LIMIET_SESSIE", "600/min")},
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "regie.apps.koppelingen.fouten.foutafhandeling",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "COERCE_DECIMAL_TO_STRING": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Regie API",
    "DESCRIPTION": "Koppelvlak van Regie voor de andere systemen van de gemeente. Zie docs/api.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "regie.apps.koppelingen.schema.foutantwoorden",
    ],
}
# Requests per minute for an application that has no limit of its own.
REGIE_API_LIMIET_STANDAARD = int(os.environ.get("REGIE_API_LIMIET_STANDAARD", 600))

# --- Regie itself.
REGIE_CASELOAD_PAGE_SIZE = 25
# Completing a heronderzoek plans the next one this many months later.
# The benefit is paid on this day of the month (1 to 28), or the working day before it.
REGIE_UITBETALINGSDAG = min(28, max(1, int(os.environ.get("REGIE_UITBETALINGSDAG", 25))))
REGIE_HERONDERZOEK_INTERVAL_MAANDEN = int(os.environ.get("REGIE_HERONDERZOEK_INTERVAL_MAANDEN", 12))
# The header shows the municipality's name and logo. The logo is a path under the static files or a full URL; the
# name is the alternative text. A logged-in user's own municipality (Gemeente) takes precedence over the name.
REGIE_GEMEENTE_NAAM = os.environ.get("REGIE_GEMEENTE_NAAM", "")
REGIE_GEMEENTE_LOGO = os.environ.get("REGIE_GEMEENTE_LOGO", "regie/logo.svg")
# The processing log (docs/logboek.md): its own key for pseudonyms (else derived from SECRET_KEY), the register of
# processing activities (default: the one shipped), and the proxies whose X-Forwarded-For is believed.
REGIE_LOGBOEK_SLEUTEL = os.environ.get("REGIE_LOGBOEK_SLEUTEL", "")
REGIE_VERWERKINGSREGISTER = os.environ.get("REGIE_VERWERKINGSREGISTER", "")
REGIE_VERTROUWDE_PROXIES = env_list("REGIE_VERTROUWDE_PROXIES")
# Without a Celery broker, background jobs run in a thread of the web process; tests run them inline.
REGIE_JOBS_IN_THREAD = env_bool("REGIE_JOBS_IN_THREAD", default=True)

# --- Background jobs (regie.apps.taken): who runs them and when a job counts as abandoned. docs/operations.md.
REGIE_JOBS = os.environ.get("REGIE_JOBS", "")  # celery | worker | thread | inline; empty: derived from the above
if REGIE_JOBS not in ("", "celery", "worker", "thread", "inline"):
    raise ImproperlyConfigured("REGIE_JOBS moet celery, worker, thread of inline zijn (of leeg).")
REGIE_TAAK_VERLOPEN_SECONDEN = float(os.environ.get("REGIE_TAAK_VERLOPEN_SECONDEN", 120))
REGIE_TAAK_MAX_POGINGEN = int(os.environ.get("REGIE_TAAK_MAX_POGINGEN", 5))
REGIE_TAAK_BACKOFF_SECONDEN = float(os.environ.get("REGIE_TAAK_BACKOFF_SECONDEN", 30))
REGIE_TAAK_PAUZE_MS = float(os.environ.get("REGIE_TAAK_PAUZE_MS", 0))
REGIE_TAAK_DEEL_GROOTTE = int(os.environ.get("REGIE_TAAK_DEEL_GROOTTE", 0))  # 0: each kind's own chunk size
