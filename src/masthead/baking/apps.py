from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BakingConfig(AppConfig):
    """The static site: every public URL rendered to a file tree that any web server can serve."""

    name = "masthead.baking"
    label = "baking"
    verbose_name = _("Baking")

    def ready(self):
        from masthead.baking import carry, signal_handlers

        signal_handlers.connect()
        carry.connect_signals()
