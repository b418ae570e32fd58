from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SyndicationConfig(AppConfig):
    """Share links and feeds (RSS, Atom, JSON Feed); sitemaps later."""

    name = "masthead.syndication"
    label = "syndication"
    verbose_name = _("Syndication")
