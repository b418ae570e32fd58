from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared abstract pieces: base page, sanitising, blocks, pagination."""

    name = "masthead.core"
    label = "core"
    verbose_name = _("Core")
