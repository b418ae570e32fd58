from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    """Articles and their dated permalinks."""

    name = "masthead.articles"
    label = "articles"
    verbose_name = _("Articles")
