"""Settings for the test suite: chosen to provoke bugs (STYLE rule 16)."""

import tempfile
from pathlib import Path

from masthead.settings.base import *  # noqa: F403
from masthead.settings.base import DATABASES

SECRET_KEY = "masthead-test-key"
DEBUG = False
# Far from UTC, so a date computed in the wrong zone shows up as the wrong day.
TIME_ZONE = "Asia/Tokyo"
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
_TEST_VAR = Path(tempfile.mkdtemp(prefix="masthead-test-"))
MEDIA_ROOT = _TEST_VAR / "media"
MASTHEAD_PDF_CACHE_DIR = _TEST_VAR / "pdf-cache"
STATIC_ROOT = _TEST_VAR / "static"
MASTHEAD_SITE_DIR = _TEST_VAR / "site"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MASTHEAD_SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = MASTHEAD_SITE_URL
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One cache per test process: the shared folder of production would let parallel test processes
# clear each other's rate limits.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "masthead.core.cache.ObjectCache"},
}
# Tasks run where they are enqueued, so a test sees their effect without a worker; the worker's
# own tests switch to the database queue.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "bulk"],
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["TEST"] = {"NAME": "masthead_test"}
else:
    # A file, as in production: an in-memory database shares one cache between connections and
    # answers concurrent writers with "table is locked" instead of waiting (busy_timeout).
    DATABASES["default"]["TEST"] = {"NAME": str(_TEST_VAR / "test.sqlite3")}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
