# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Django settings, configured by environment variables (12-factor).

Defaults give a local demo: SQLite in ``var/``, DEBUG off unless asked for.
Production sets ``MEEDOEN_PRODUCTION=1``, ``MEEDOEN_SECRET_KEY``,
``MEEDOEN_DATABASE_URL=postgres://…`` and ``MEEDOEN_ALLOWED_HOSTS``; see
docs/deployment.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("MEEDOEN_VAR_DIR", Path.cwd() / "var"))


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in ("1", "true", "yes", "ja")


PRODUCTION = _flag("MEEDOEN_PRODUCTION")
DEBUG = _flag("MEEDOEN_DEBUG")
SECRET_KEY = os.environ.get("MEEDOEN_SECRET_KEY") or (
    "" if PRODUCTION else "meedoen-demo-only-not-secret-" + "x" * 20
)
if PRODUCTION and not SECRET_KEY:
    raise ImproperlyConfigured(
        "MEEDOEN_SECRET_KEY ontbreekt: zet een geheime sleutel in productie."
    )
# Earlier keys, separated by white space, while rotating: they still open sessions, signed
# values and sealed webhook secrets (ADR 0011).
SECRET_KEY_FALLBACKS = os.environ.get("MEEDOEN_SECRET_KEY_FALLBACKS", "").split()
ALLOWED_HOSTS = os.environ.get("MEEDOEN_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("MEEDOEN_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "axes",
    "meedoen.web.organisation",
    "meedoen.web.accounts",
    "meedoen.web.audit",
    "meedoen.web.zelftoets",
    "meedoen.web.samenleren",
    "meedoen.web.official",
    "meedoen.web.beheer",
    "meedoen.web.dashboard",
    "meedoen.web.api",
    "meedoen.web.pages",
    "meedoen.web.luisteren",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "meedoen.web.api.middleware.ApiVersionMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "meedoen.web.urls"
WSGI_APPLICATION = "meedoen.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "meedoen.web.accounts.context.member",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("MEEDOEN_DATABASE_URL", f"sqlite:///{VAR_DIR / 'meedoen.sqlite3'}"),
        conn_max_age=int(os.environ.get("MEEDOEN_DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "pages:home"
LOGOUT_REDIRECT_URL = "pages:home"

# Login throttling (django-axes): lock an account/IP pair after repeated failures.
AXES_FAILURE_LIMIT = int(os.environ.get("MEEDOEN_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "meedoen/lockout.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]  # vendored NL Design System, htmx and our own CSS/JS
STATIC_ROOT = os.environ.get("MEEDOEN_STATIC_ROOT") or None  # only for collectstatic
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # serve straight from the package; no collectstatic needed
WHITENOISE_AUTOREFRESH = DEBUG

# An organisation's own NL Design System theme: a URL or static path of a
# design-token stylesheet, loaded after the neutral theme.
MEEDOEN_THEME_CSS = os.environ.get("MEEDOEN_THEME_CSS", "")
# The class its token stylesheet applies under (e.g. "denhaag-theme"), set on <html>.
MEEDOEN_THEME_CLASS = os.environ.get("MEEDOEN_THEME_CLASS", "")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("MEEDOEN_API_ANON_RATE", "60/minute"),
        "user": os.environ.get("MEEDOEN_API_USER_RATE", "600/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "meedoen API",
    "DESCRIPTION": "Zelftoets, levende code en organisatie-accounts (NL API Design Rules).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("MEEDOEN_REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["MEEDOEN_REDIS_URL"],
    }

# Content-Security-Policy: only our own origin; no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"]
        + ([MEEDOEN_THEME_CSS] if MEEDOEN_THEME_CSS.startswith("http") else []),
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = _flag("MEEDOEN_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Optional government SSO via OpenID Connect (mozilla-django-oidc), by environment.
OIDC_ENABLED = bool(os.environ.get("MEEDOEN_OIDC_CLIENT_ID"))
if OIDC_ENABLED:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.insert(1, "meedoen.web.accounts.oidc.MeedoenOIDCBackend")
    OIDC_RP_CLIENT_ID = os.environ["MEEDOEN_OIDC_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ.get("MEEDOEN_OIDC_CLIENT_SECRET", "")
    OIDC_RP_SIGN_ALGO = os.environ.get("MEEDOEN_OIDC_SIGN_ALGO", "RS256")
    OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("MEEDOEN_OIDC_AUTHORIZATION_ENDPOINT", "")
    OIDC_OP_TOKEN_ENDPOINT = os.environ.get("MEEDOEN_OIDC_TOKEN_ENDPOINT", "")
    OIDC_OP_USER_ENDPOINT = os.environ.get("MEEDOEN_OIDC_USER_ENDPOINT", "")
    OIDC_OP_JWKS_ENDPOINT = os.environ.get("MEEDOEN_OIDC_JWKS_ENDPOINT", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MEEDOEN_LOG_LEVEL", "WARNING")},
}

# Outgoing e-mail (spike alerts of slim luisteren) through SMTP; see docs/deployment.md.
# Without MEEDOEN_SMTP_HOST no e-mail is sent: the alert delivery fails with that reason.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("MEEDOEN_SMTP_HOST", "")
EMAIL_HOST_USER = os.environ.get("MEEDOEN_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("MEEDOEN_SMTP_PASSWORD", "")
EMAIL_USE_TLS = _flag("MEEDOEN_SMTP_TLS")  # STARTTLS, usually port 587
EMAIL_USE_SSL = _flag("MEEDOEN_SMTP_SSL")  # implicit TLS, usually port 465
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Zet MEEDOEN_SMTP_TLS of MEEDOEN_SMTP_SSL, niet allebei.")
try:
    EMAIL_PORT = int(
        os.environ.get("MEEDOEN_SMTP_PORT")
        or (465 if EMAIL_USE_SSL else 587 if EMAIL_USE_TLS else 25)
    )
except ValueError:
    raise ImproperlyConfigured("MEEDOEN_SMTP_PORT moet een poortnummer zijn.") from None
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("MEEDOEN_MAIL_FROM", "meedoen@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The address of this site, for links in e-mails (e.g. https://meedoen.gemeente.nl).
MEEDOEN_SITE_URL = os.environ.get("MEEDOEN_SITE_URL", "")

# Demo organisation loaded by `meedoen web demo` / `make run`.
MEEDOEN_DEMO = _flag("MEEDOEN_DEMO", not PRODUCTION)
