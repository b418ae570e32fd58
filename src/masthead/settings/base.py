"""Settings shared by every environment; what differs per machine comes from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url

from masthead.editions.languages import edition_languages
from masthead.settings.environment import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# var/ holds everything an installation writes: database, media, PDF cache, collected static.
VAR_DIR = Path(env_str("MASTHEAD_VAR_DIR", str(Path.cwd() / "var"))).resolve()

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "masthead.core",
    "masthead.photos",
    "masthead.people",
    "masthead.sections",
    "masthead.articles",
    "masthead.newsroom",
    "masthead.printing",
    "masthead.syndication",
    "masthead.editions",
    "masthead.theme",
    "masthead.baking",
    "masthead.search",
    "masthead.editorial",
    "masthead.staff",
    "masthead.demo",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "masthead.core.memo.SharedMemoMiddleware",
    "masthead.theme.middleware.ReaderGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "masthead.staff.middleware.StaffSessionActivityMiddleware",
    "masthead.staff.middleware.SecondFactorRequiredMiddleware",
    "masthead.theme.middleware.ReaderPageHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as its documentation asks: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # An operator overrides the whole theme, or single templates, from this folder.
        "DIRS": [p for p in [env_str("MASTHEAD_TEMPLATE_DIR")] if p],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while the desk writes; IMMEDIATE avoids "database is locked"
    # surprises when two requests upgrade a read transaction to a write at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff sign in through allauth, which asks for the second factor (TOTP, a passkey or a
# recovery code); Wagtail's own login and password reset are sent there (masthead/urls.py).
# Axes comes first: it refuses a locked-out username+address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
# Staff avatars come from Gravatar by default: a request to a third party that tells it who
# works in the newsroom, on every admin page. Initials and uploaded avatars only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
ACCOUNT_ADAPTER = "masthead.staff.adapter.StaffAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
# Accounts are made by an administrator, who knows the address; there is no sign-up.
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# A reset password is a new password, not a way in: the second factor is still asked.
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_RATE_LIMITS = {
    # Per address and per username: slows guessing without locking the editor out for long.
    "login_failed": "10/m/ip,5/300s/key",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_PASSKEY_LOGIN_ENABLED = True
# A code typed as the phone turns to the next one still works; each code works once regardless.
MFA_TOTP_TOLERANCE = 1
MFA_ALLOW_UNVERIFIED_EMAIL = True
MFA_TOTP_ISSUER = env_str("MASTHEAD_STAFF_LOGIN_ISSUER", "Masthead")
USERSESSIONS_TRACK_ACTIVITY = True
# Five wrong passwords for one username from one address lock that pair out for 15 minutes,
# recorded in the database; the same username from another address (the real editor) is not
# locked. allauth's own limit above pauses the username for five minutes whatever the address,
# except in a browser the editor signed in from before (masthead.staff.known_browsers); a
# passkey sign-in is never paused.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "masthead.staff.lockout.attempted_login"
AXES_CLIENT_IP_CALLABLE = "masthead.staff.lockout.client_address"
# Behind nginx (or any proxy) every request comes from the proxy's address: lock-outs by address
# would then lock everyone out. Count the proxies that add X-Forwarded-For, and only those.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("MASTHEAD_TRUSTED_PROXIES", 0)
AXES_LOCKOUT_TEMPLATE = "staff/locked_out.html"

# Password-reset links and second-factor notices to staff go out by e-mail.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "masthead@localhost")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The editions, one per language: the first at "/", each other under its prefix ("/ru/"). A
# new edition is a code here plus translations (docs/developers/README.md, "Editions").
MASTHEAD_EDITIONS = env_list("MASTHEAD_EDITIONS", ["en", "ru"])
LANGUAGE_CODE = MASTHEAD_EDITIONS[0] if MASTHEAD_EDITIONS else "en"
LANGUAGES = edition_languages(MASTHEAD_EDITIONS)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Each edition's date formats ("19 June 2024", "19 июня 2024"); Django's own for other languages.
FORMAT_MODULE_PATH = ["masthead.editions.formats"]
USE_I18N = True
USE_TZ = True
# The newsroom's own time zone: dates on pages, in PDFs and in the admin are shown in it.
TIME_ZONE = env_str("MASTHEAD_TIME_ZONE", "Europe/Riga")
# One clock for the whole desk, wherever its members work from: "embargo until 14:00" means the
# same to everyone. Wagtail hides its per-user time zone choice when only one zone is offered.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded media are served by `masthead serve` itself unless a front server takes them over.
MASTHEAD_SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", True)

WAGTAIL_SITE_NAME = "Masthead"
# The public address of the site, used for canonical links, PDFs and share links.
MASTHEAD_SITE_URL = env_str("MASTHEAD_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = MASTHEAD_SITE_URL
# Passkeys need a secure origin; http://localhost and 127.0.0.1 are secure only to a browser,
# so a site served over plain http (the demo) must say so to the server side too.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = MASTHEAD_SITE_URL.startswith("http://")
# FTS5 on SQLite, full text search on PostgreSQL. PostgreSQL's `russian` configuration stems
# Cyrillic words with the Russian Snowball stemmer and Latin ones with the English one, so one
# index serves both editions; SQLite indexes the same stems itself (masthead.search.query).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": env_str("MASTHEAD_SEARCH_CONFIG", "russian"),
    }
}
# Searches one client address may make per window of seconds; beyond that, 429 until it ends.
MASTHEAD_SEARCH_RATE_LIMIT = env_int("MASTHEAD_SEARCH_RATE_LIMIT", 20)
MASTHEAD_SEARCH_RATE_WINDOW = env_int("MASTHEAD_SEARCH_RATE_WINDOW", 10)
# Preview links render a draft and count each use: a flood of them is a flood of renders and
# writes, so each client address may open this many per window (0: no limit).
MASTHEAD_PREVIEW_RATE_LIMIT = env_int("MASTHEAD_PREVIEW_RATE_LIMIT", 30)
MASTHEAD_PREVIEW_RATE_WINDOW = env_int("MASTHEAD_PREVIEW_RATE_WINDOW", 60)
WAGTAILIMAGES_IMAGE_MODEL = "photos.Photo"
WAGTAILIMAGES_IMAGE_FORM_BASE = "masthead.photos.forms.PhotoForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("MASTHEAD_MAX_UPLOAD_BYTES", 30 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("MASTHEAD_MAX_IMAGE_PIXELS", 60_000_000)
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt", "csv", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul"]},
    }
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The desk's review: see masthead.editorial.finish.
WAGTAIL_FINISH_WORKFLOW_ACTION = "masthead.editorial.finish.publish_approved"

# Background work (rebakes after publishing, Wagtail's reference index and file clean-up) waits in
# a database queue that `masthead worker` runs, so it survives restarts and never slows a request.
# "bulk" holds long tasks (a full rebake), which the worker runs each in a process of its own.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "bulk"]}}

# Article PDFs: the renderer is a backend (STYLE rule 6); the cache keeps one file per revision.
MASTHEAD_PDF_RENDERER = {"default": {"BACKEND": "masthead.printing.backends.WeasyPrintRenderer"}}
MASTHEAD_PDF_CACHE_DIR = Path(env_str("MASTHEAD_PDF_CACHE_DIR", str(VAR_DIR / "pdf-cache")))

# The baked public site: versioned trees and the `live` symlink that web servers serve.
MASTHEAD_SITE_DIR = Path(env_str("MASTHEAD_SITE_DIR", str(VAR_DIR / "site")))
# Processes a full bake renders pages in: rendering is Python-bound, so one per core.
MASTHEAD_BAKE_PROCESSES = env_int("MASTHEAD_BAKE_PROCESSES", min(4, os.cpu_count() or 1))
# A rebake hands the teasers it rendered to the next one (masthead.baking.carry).
MASTHEAD_CARRY_FRAGMENTS = env_bool("MASTHEAD_CARRY_FRAGMENTS", True)
# Where `masthead deploy` copies the baked site; a folder by default.
MASTHEAD_DEPLOY_TARGETS = {
    "default": {
        "BACKEND": "masthead.baking.deploy.FolderTarget",
        "OPTIONS": {"path": env_str("MASTHEAD_DEPLOY_DIR", str(VAR_DIR / "public"))},
    }
}

# Shared by every process of the site: login rate limits and used TOTP codes must be seen by
# all of them. A folder by default; Redis (or any cache Django knows) from MASTHEAD_CACHE_URL.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache"),
    },
    # Wagtail looks renditions up per picture on every page: kept in each process's memory.
    "renditions": {"BACKEND": "masthead.core.cache.ObjectCache"},
}
if env_str("MASTHEAD_CACHE_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("MASTHEAD_CACHE_URL"),
    }

# Readers' pages set no cookie, so these only concern staff.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("MASTHEAD_LOG_LEVEL", "INFO")},
    "loggers": {"weasyprint": {"level": "ERROR"}, "fontTools": {"level": "ERROR"}},
}
