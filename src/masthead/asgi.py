"""The ASGI application `masthead serve` runs: the baked site for readers, Django for the rest.

Django is set up on the first request the baked tree cannot answer (see
masthead.baking.serving.BakedSiteApplication), so a server process that only answers readers
never loads it.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")

from masthead.baking.serving import BakedSiteApplication  # noqa: E402 - needs the settings module

application = BakedSiteApplication()
