from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    """Share links and, later, feeds and sitemaps."""

    name = "masthead.syndication"
    label = "syndication"
    verbose_name = _("Syndication")
