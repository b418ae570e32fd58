from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "masthead.search"
    # "search" alone is too likely to clash with a search library's own label.
    label = "masthead_search"
    verbose_name = _("Search")
