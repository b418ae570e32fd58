"""Settings shared by every environment; what differs per machine comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

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
    "masthead.theme",
    "masthead.baking",
    "masthead.editorial",
    "masthead.demo",
    "wagtail.contrib.redirects",
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
    "masthead.theme.middleware.ReaderGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "masthead.theme.middleware.ReaderPageHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default edition at "/", Russian lives under "/ru/".
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
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
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
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
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Article PDFs: the renderer is a backend (STYLE rule 6); the cache keeps one file per revision.
MASTHEAD_PDF_RENDERER = {"default": {"BACKEND": "masthead.printing.backends.WeasyPrintRenderer"}}
MASTHEAD_PDF_CACHE_DIR = Path(env_str("MASTHEAD_PDF_CACHE_DIR", str(VAR_DIR / "pdf-cache")))

# The baked public site: versioned trees and the `live` symlink that web servers serve.
MASTHEAD_SITE_DIR = Path(env_str("MASTHEAD_SITE_DIR", str(VAR_DIR / "site")))
# Processes a full bake renders pages in: rendering is Python-bound, so one per core.
MASTHEAD_BAKE_PROCESSES = env_int("MASTHEAD_BAKE_PROCESSES", min(4, os.cpu_count() or 1))
# Where `masthead deploy` copies the baked site; a folder by default.
MASTHEAD_DEPLOY_TARGETS = {
    "default": {
        "BACKEND": "masthead.baking.deploy.FolderTarget",
        "OPTIONS": {"path": env_str("MASTHEAD_DEPLOY_DIR", str(VAR_DIR / "public"))},
    }
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
