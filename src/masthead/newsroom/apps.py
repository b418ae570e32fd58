from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """Newsroom-wide settings and information pages."""

    name = "masthead.newsroom"
    label = "newsroom"
    verbose_name = _("Newsroom")
