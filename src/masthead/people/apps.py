from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """Authors and their pages."""

    name = "masthead.people"
    label = "people"
    verbose_name = _("People")
