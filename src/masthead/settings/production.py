"""Settings for a real newsroom; refuses to start with unsafe values rather than guess."""

from django.core.exceptions import ImproperlyConfigured

from masthead.settings.base import *  # noqa: F403
from masthead.settings.base import MASTHEAD_SITE_URL, SECRET_KEY
from masthead.settings.environment import env_bool, env_int

if not SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 32 characters, for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
if SECRET_KEY.startswith(("masthead-dev", "django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY is a development key; generate a new one.")

DEBUG = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_SSL_REDIRECT = env_bool("MASTHEAD_SSL_REDIRECT", MASTHEAD_SITE_URL.startswith("https:"))
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = MASTHEAD_SITE_URL.startswith("https:")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("MASTHEAD_HSTS_SECONDS", 0)
