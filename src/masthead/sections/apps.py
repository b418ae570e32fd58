from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectionsConfig(AppConfig):
    """Home page, section fronts and topics."""

    name = "masthead.sections"
    label = "sections"
    verbose_name = _("Sections")
