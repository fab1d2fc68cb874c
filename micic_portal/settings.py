"""
Settings for the MICIC Portal.

One module, driven by environment variables (see `.env.example`), with safe
defaults: DEBUG is off unless DJANGO_DEBUG=1, a secret key is required unless
debugging, and the database defaults to a local SQLite file.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            "For local development, set DJANGO_DEBUG=1 (see README)."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-development-key-only-used-with-django-debug-on"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin classes patch in.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # WhiteNoise's runserver integration: the dev server serves static files
    # the same way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Full-text search, trigram similarity and unaccent on PostgreSQL (search).
    "django.contrib.postgres",
    # Country names in every language (its catalogue only loads as an app).
    "django_countries",
    # Revisions of every content save (history, compare, restore, recover):
    # the editorial app registers content models through its admin base class.
    "reversion",
    # The read-only JSON API (api/): schemas, OpenAPI and its docs page's static files.
    "ninja",
    # CORS headers for the API only (CORS_URLS_REGEX below).
    "corsheaders",
    # Bulk import of repository practices in the admin (practices.admin).
    "import_export",
    # Sign-in throttling (see "Sign-in" below): its lockouts show in the admin.
    "axes",
    # Background work (Django's task framework): the database backend, its
    # db_worker command and the admin list of task results (superusers).
    "django_tasks_db",
    # Project apps. Order matters for `seed_demo`, which seeds each app's
    # demo content in this order (guidelines before what refers to them).
    "editorial",
    "documents",
    "pages",
    "guidelines",
    "factsheets",
    "practices",
    "consultations",
    "toolkit",
    # Open data: the JSON API, exports and Atom feeds.
    "api",
    # Documents for the field: the handbook PDFs, kits by role, offline packs.
    "handbook",
    "demo",
    # Last: indexes what the apps above register in their search_index modules.
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Permissions-Policy on every response, cached pages included (above the cache).
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # WhiteNoise right after SecurityMiddleware: static files skip the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # CORS headers on /api/ responses, also those served from the page cache,
    # and answers to browsers' preflight requests.
    "corsheaders.middleware.CorsMiddleware",
    # Whole anonymous pages from the cache, stored as finally sent (compressed,
    # with their ETag and CSP): a hit skips everything below. Security headers
    # are still added fresh by SecurityMiddleware above.
    "pages.middleware.AnonymousPageCacheMiddleware",
    # Compress text responses (HTML); files are sent as they are. Django's gzip
    # adds random padding to each response (BREACH mitigation).
    "pages.middleware.TextGZipMiddleware",
    # ETag from the page's content, and 304 Not Modified when it is unchanged.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Allows a page's JSON-LD block by its hash in the header above (pages.sharing).
    "pages.sharing.InlineScriptHashMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware needs the session (admin language) and must come
    # before CommonMiddleware so APPEND_SLASH redirects keep the prefix.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A database that cannot be reached gives the 503 page, not a 500: its
    # process_exception sees what views and their templates raise.
    "pages.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]

# Which app server answered, in an X-Served-By header, when several run behind
# a load balancer (scripts/cluster names them "a" and "b"). Off by default.
MICIC_SERVED_BY = os.environ.get("MICIC_SERVED_BY", "")
if MICIC_SERVED_BY:
    MIDDLEWARE.insert(0, "micic_portal.middleware.ServedByMiddleware")

ROOT_URLCONF = "micic_portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "micic_portal.wsgi.application"

# Database: SQLite by default, anything dj-database-url understands otherwise
# (e.g. postgres://postgres@127.0.0.1:5432/micic).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        # A kept connection is checked before each request reuses it, so the
        # site recovers by itself when the database comes back (16.7).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast (a 503 page) rather than hang while the server is unreachable.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DATABASE_CONNECT_TIMEOUT", 3
    )
# Retry-After on the 503 page shown while the database is unreachable.
MICIC_RETRY_AFTER_SECONDS = env_int("MICIC_RETRY_AFTER_SECONDS", 30)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in ---------------------------------------------------------------------
# django-axes refuses a sign-in once a username has failed 5 times from one
# address (each failure within 15 minutes of the one before), for 15 minutes,
# with a 429 page. Its state is in the database, so every app server shares
# it; superusers see it in the admin (Axes), and `manage.py axes_reset` (or
# axes_reset_username USERNAME) lifts lockouts. Its backend must come first:
# it needs `request`, so tests sign in with force_login() or
# client.login(request=HttpRequest(), ...).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# One lock per username and address: a wrong password from elsewhere locks out
# neither the real user nor other accounts at that address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The lock lasts 15 minutes from the last counted failure; attempts while
# locked are refused without extending it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429


def _client_ip(request):
    """The client's address, as for the rate limits: the DJANGO_CLIENT_IP_META_KEY
    header when configured (its last entry, the one our own proxy added), else
    REMOTE_ADDR."""
    from django.conf import settings

    value = request.META.get(settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR") or ""
    return value.rsplit(",", 1)[-1].strip() or request.META.get("REMOTE_ADDR")


AXES_CLIENT_IP_CALLABLE = _client_ip
# An unsafe `next` after sign-in (another host) falls back here, not to a 404.
LOGIN_REDIRECT_URL = "admin:index"

# Caching ---------------------------------------------------------------------
# Local memory by default; a shared Redis in production (CACHE_URL), which the
# page cache needs as soon as there is more than one worker process.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "pages.redis_cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "micic",
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured(f"CACHE_URL must be a redis:// URL, not {CACHE_URL!r}")
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The anonymous page cache (pages.middleware.AnonymousPageCacheMiddleware):
# whole public pages kept until content changes, at most this many seconds.
MICIC_PAGE_CACHE = env_bool("MICIC_PAGE_CACHE", not DEBUG)
MICIC_PAGE_CACHE_SECONDS = env_int("MICIC_PAGE_CACHE_SECONDS", 600)
# Pages each worker also keeps in memory, validated by the shared content
# version on every request (one small read instead of the whole page).
MICIC_PAGE_CACHE_LOCAL_ENTRIES = env_int("MICIC_PAGE_CACHE_LOCAL_ENTRIES", 500)
# Cache-Control for a reverse proxy or CDN in front, on anonymous public pages
# only: keep (s-maxage), refresh in the background, serve while we fail.
MICIC_PROXY_CACHE_SECONDS = env_int("MICIC_PROXY_CACHE_SECONDS", 10)
MICIC_PROXY_STALE_SECONDS = env_int("MICIC_PROXY_STALE_SECONDS", 30)
MICIC_PROXY_STALE_IF_ERROR_SECONDS = env_int("MICIC_PROXY_STALE_IF_ERROR_SECONDS", 86400)

# Internationalisation -------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
]
# Languages a document's files can be in (tool sheets, consultation reports):
# every site language, then the others documents exist in. Visitors see each
# file's language in its own name ("Русский"); the names here are for running
# text in the page language ("Disponible en anglais et en russe"). To add one,
# append it and run makemigrations: every document model gets a `file_<code>`
# field (factsheets.models.LanguageFilesModel, which checks this list at startup).
MICIC_DOCUMENT_LANGUAGES = [
    *LANGUAGES,
    ("es", _("Spanish")),
    ("ru", _("Russian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Content translation: every translated field falls back to English, and the
# templates say so visibly wherever that happens (see editorial.translation).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",)}
# Serve the admin's translation tabs without any CDN (no internet, strict CSP).
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"

# Static and media files -----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]


def _jquery_ui_dir():
    import xstatic.pkg.jquery_ui

    return ("jquery-ui", xstatic.pkg.jquery_ui.BASE_DIR)


STATICFILES_DIRS.append(_jquery_ui_dir())

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")

# "manifest" (production: hashed names, compressed, far-future caching) or
# "plain" (tests and development, no collectstatic needed).
_static_backend = {
    "manifest": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    "plain": "django.contrib.staticfiles.storage.StaticFilesStorage",
}[os.environ.get("DJANGO_STATIC_STORAGE") or ("plain" if DEBUG else "manifest")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": _static_backend},
}

# Uploaded and built files in an S3-compatible bucket (django-storages, boto3)
# as soon as DJANGO_S3_BUCKET is set: several app servers then share them.
# Files stay private (no public ACL, no direct links): visitors get them
# through the portal's own download URLs, which stream them from the bucket.
if S3_BUCKET := os.environ.get("DJANGO_S3_BUCKET", ""):
    STORAGES["default"] = {
        "BACKEND": "micic_portal.storage.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
            "access_key": os.environ.get("DJANGO_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("DJANGO_S3_SECRET_ACCESS_KEY") or None,
            "region_name": os.environ.get("DJANGO_S3_REGION") or None,
            "location": os.environ.get("DJANGO_S3_PREFIX", ""),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 300,
            # Upload names are random and unique (documents.files.document_upload_to):
            # never overwrite an object silently.
            "file_overwrite": False,
            # Path-style URLs (http://host:port/bucket/key) work with every
            # S3-compatible server, virtual-host style needs DNS per bucket.
            "addressing_style": os.environ.get("DJANGO_S3_ADDRESSING_STYLE") or "path",
        },
    }

# Background work (Django's task framework) ----------------------------------
# "database" (default): django-tasks-db stores each task in the database and a
# separate `manage.py db_worker` process runs it (`make run` and
# scripts/cluster start one); "immediate" runs a task inside the call that
# enqueues it (the tests).
_tasks_backend = os.environ.get("MICIC_TASKS_BACKEND") or "database"
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
        }[_tasks_backend],
        "QUEUES": ["default"],
    }
}
# Documents for the field (handbook/) ----------------------------------------
# The public address of the site: QR codes and links in the built PDFs and
# offline packs point there, and the packs are rendered for its host.
MICIC_SITE_URL = os.environ.get("MICIC_SITE_URL") or "http://127.0.0.1:8000"
# The handbooks and packs are built after publication by a task
# (handbook.tasks, on the TASKS backend above).
# Whether a change to published content enqueues that build (off in the test
# suite, where most tests save content; the handbook tests turn it on).
MICIC_BUILD_ON_PUBLISH = env_bool("MICIC_BUILD_ON_PUBLISH", True)

# Email (Django 6.1 MAILERS) --------------------------------------------------
# "console" prints mail (development); "smtp" sends it through DJANGO_EMAIL_*.
_mailer = os.environ.get("DJANGO_MAILER") or ("console" if DEBUG else "smtp")
MAILERS = {
    "default": {
        "BACKEND": {
            "console": "django.core.mail.backends.console.EmailBackend",
            "smtp": "django.core.mail.backends.smtp.EmailBackend",
        }[_mailer],
        "OPTIONS": (
            {
                "host": os.environ.get("DJANGO_EMAIL_HOST", "localhost"),
                "port": env_int("DJANGO_EMAIL_PORT", 25),
                "username": os.environ.get("DJANGO_EMAIL_USER", ""),
                "password": os.environ.get("DJANGO_EMAIL_PASSWORD", ""),
                "use_tls": env_bool("DJANGO_EMAIL_USE_TLS"),
            }
            if _mailer == "smtp"
            else {}
        ),
    }
}
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "MICIC Portal <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the Secretariat receives notifications (e.g. shared practices).
MICIC_SECRETARIAT_EMAIL = os.environ.get("MICIC_SECRETARIAT_EMAIL", "MICICsecretariat@iom.int")
# Contact details of shared practices are erased this many months after they
# were sent (`manage.py purge_submission_contacts`, to run daily).
MICIC_SUBMISSION_RETENTION_MONTHS = env_int("MICIC_SUBMISSION_RETENTION_MONTHS", 24)

# Security --------------------------------------------------------------------
# HTTPS is on by default outside DEBUG; turn the redirect off only to exercise
# production settings over plain http on 127.0.0.1 (tests, benchmarks).
_https = not DEBUG and env_bool("DJANGO_HTTPS", True)
SECURE_SSL_REDIRECT = _https and env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
if _https and env_bool("DJANGO_BEHIND_PROXY", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000) if _https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https
SECURE_HSTS_PRELOAD = _https
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Powerful browser features the portal never uses, denied to it and to
# anything it could be made to embed (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
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
}

# Content Security Policy: our own origin only, no inline script or style.
# The nonce is only used by the admin; public pages never ask for it, so their
# header (and cached copies) stay identical between requests. A content page's
# JSON-LD block is allowed by its hash, added per response (pages.sharing).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}

# Per-IP rate limits (django-ratelimit, e.g. the "Share a practice" form) count
# in the default cache. Behind a reverse proxy REMOTE_ADDR is the proxy's own
# address: name the request.META key that carries the client's address, e.g.
# HTTP_X_REAL_IP, or every visitor shares one limit.
RATELIMIT_IP_META_KEY = os.environ.get("DJANGO_CLIENT_IP_META_KEY") or None

# The JSON API (api/): open to every origin, read-only, throttled per client
# address (per settings.RATELIMIT_IP_META_KEY) in the default cache.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
MICIC_API_THROTTLE_RATE = os.environ.get("MICIC_API_THROTTLE_RATE") or "120/m"

# Uploads: anything larger than this is refused with a clear message.
MICIC_MAX_UPLOAD_BYTES = env_int("MICIC_MAX_UPLOAD_MB", 25) * 1024 * 1024
# Form fields other than files; more is a 400 (RequestDataTooBig).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Files up to this size stay in memory, larger ones go to a temporary file;
# the first handler keeps no byte past MICIC_MAX_UPLOAD_BYTES (documents.uploads),
# so a form refuses a file too large with a message, from its size alone.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2621440
FILE_UPLOAD_HANDLERS = [
    "documents.uploads.UploadSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_PERMISSIONS = 0o644

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Bad requests (e.g. a disallowed Host) are client errors, not ours.
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "ERROR"},
    },
}

# Bulk import of repository practices (django-import-export, practices.admin):
# whoever may add practices may import them (Editors and Publishers). The
# uploaded file waits between the dry run and the confirmation in the shared
# cache, so the confirmation may reach any worker.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
