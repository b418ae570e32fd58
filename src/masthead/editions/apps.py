from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    """The editions: languages, translations, the switcher and hreflang alternates."""

    name = "masthead.editions"
    label = "editions"
    verbose_name = _("Editions")

    def ready(self):
        from masthead.editions import signal_handlers

        signal_handlers.connect(self)
