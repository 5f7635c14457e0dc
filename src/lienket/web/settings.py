"""Django settings for lienket: every value comes from the environment (see docs/configuration.md).

LIENKET_MODE=demo|dev|test|production. Production refuses to start without SECRET_KEY and ALLOWED_HOSTS;
``lienket check`` lists every problem at once.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

from lienket.web.env import ConfigError, envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent
LIENKET_HOME = Path(envstr("LIENKET_HOME", str(Path.cwd() / "var"))).resolve()
MODE = envstr("LIENKET_MODE", "dev")
if MODE not in {"demo", "dev", "test", "production"}:
    raise ConfigError(f"LIENKET_MODE={MODE!r}: use demo, dev, test or production")
PRODUCTION = MODE == "production"

DEBUG = envbool("DEBUG", default=MODE == "dev")
SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ConfigError("SECRET_KEY must be set in production mode (LIENKET_MODE=production)")
    # Demo/dev/test: a per-installation random key kept under LIENKET_HOME, never a default in the code.
    _key_file = LIENKET_HOME / "secret_key"
    try:
        SECRET_KEY = _key_file.read_text().strip()
    except OSError:
        SECRET_KEY = secrets.token_urlsafe(50)
        try:
            LIENKET_HOME.mkdir(parents=True, exist_ok=True)
            _key_file.write_text(SECRET_KEY)
            _key_file.chmod(0o600)
        except OSError:
            pass

ALLOWED_HOSTS = envlist(
    "ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "lienket.web.accounts",
    "lienket.web.audit",
    "lienket.web.registry",
    "lienket.web.portal",
    "lienket.web.intake",
    "lienket.web.resolution",
    "lienket.web.linkage",
    "lienket.web.analytics",
    "lienket.web.programmes",
    "lienket.web.opendata",
    "lienket.web.api",
]
# Apps that contribute navigation entries (their nav.py) and API routers (their api.py).
LIENKET_APPS = [a for a in INSTALLED_APPS if a.startswith("lienket.web.")]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lienket.web.middleware.VietnameseFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "lienket.web.urls"
WSGI_APPLICATION = "lienket.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lienket.web.portal.context.portal",
            ],
        },
    }
]

_default_db = f"sqlite:///{LIENKET_HOME / 'lienket.sqlite3'}"
DATABASE_URL = envstr("DATABASE_URL", _default_db)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Every login path (portal, /accounts/login/, the admin) is throttled and asks enrolled officers for a TOTP code.
AUTHENTICATION_BACKENDS = ["lienket.web.accounts.backends.ThrottledModelBackend"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
HONOUR_ACCEPT_LANGUAGE = envbool("LIENKET_HONOUR_ACCEPT_LANGUAGE", False)
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Cache: login throttling, rate limits, large list counts and a few portal aggregates. locmem is per process; with
# several gunicorn workers set CACHE_URL=db (a table in the main database, created by `lienket serve`) or
# CACHE_URL=redis://host:port/db (the `redis` extra) so they share counters (docs/operations.md).
CACHE_URL = envstr("CACHE_URL", "locmem")
if CACHE_URL == "db":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "lienket_cache"}}
elif CACHE_URL == "locmem":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    raise ConfigError(f"CACHE_URL={CACHE_URL!r}: use locmem, db or redis://host:port/db")
# Counts of large lists (≥ COUNT_CACHE_MIN rows) are reused for COUNT_CACHE_SECONDS or until a write (lienket.web.counts).
COUNT_CACHE_MIN = envint("COUNT_CACHE_MIN", 1000)
COUNT_CACHE_SECONDS = envint("COUNT_CACHE_SECONDS", 60)
LIENKET_BASE_URL = envstr("LIENKET_BASE_URL", "http://127.0.0.1:8000")

STATIC_URL = "/static/"
STATIC_ROOT = LIENKET_HOME / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(LIENKET_HOME / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# Map tiles: configurable (government intranets run their own tile server); markers work without tiles.
MAP_TILE_URL = envstr("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = envstr("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
# One instance may hold several provinces; an empty list means every province in the database.
LIENKET_PROVINCES = envlist("LIENKET_PROVINCES")
STALE_AFTER_DAYS = envint("LIENKET_STALE_AFTER_DAYS", 365)
# "Run resolution" from the officer page: a detached `lienket dedupe --run ID` process, or inside the request in
# test mode (tests spawn no process). A queued/running run silent for longer than this is marked failed.
RESOLUTION_RUN_INLINE = envbool("LIENKET_RESOLUTION_RUN_INLINE", MODE == "test")
RESOLUTION_RUN_STALE_MINUTES = envint("LIENKET_RESOLUTION_RUN_STALE_MINUTES", 120)

EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "lienket@localhost")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)

DATA_UPLOAD_MAX_MEMORY_SIZE = envint("UPLOAD_MAX_BYTES", 20 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_TLS_PROXY") else None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
}
os.environ.setdefault("LIENKET_SETTINGS_LOADED", "1")
