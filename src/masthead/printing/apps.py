from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrintingConfig(AppConfig):
    """Article PDFs and the print view."""

    name = "masthead.printing"
    label = "printing"
    verbose_name = _("Printing")
