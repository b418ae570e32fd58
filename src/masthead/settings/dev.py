"""Settings for a developer's machine and for `make demo`."""

from masthead.settings.base import *  # noqa: F403
from masthead.settings.base import LOGGING
from masthead.settings.base import SECRET_KEY as _SECRET_KEY
from masthead.settings.environment import env_bool, env_str

DEBUG = env_bool("DEBUG", False)
# A fixed key is acceptable only here: the dev database never holds real staff accounts.
SECRET_KEY = _SECRET_KEY or "masthead-dev-only-insecure-key-never-use-in-production"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Wagtail logs every page it creates; the demo creates a hundred, so only warnings by default.
LOGGING["root"]["level"] = env_str("MASTHEAD_LOG_LEVEL", "WARNING")

# The default SQLite database and media live under var/; make sure it exists on a fresh clone.
VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - WhiteNoise warns when it is missing
