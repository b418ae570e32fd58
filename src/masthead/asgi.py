"""The ASGI application `masthead serve` runs: the baked site for readers, Django for the rest."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")

django_application = get_asgi_application()

from masthead.baking.serving import BakedSiteApplication  # noqa: E402 - needs Django set up

application = BakedSiteApplication(django_application)
