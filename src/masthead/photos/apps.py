from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PhotosConfig(AppConfig):
    """Photos with caption, alt text and a structured credit."""

    name = "masthead.photos"
    label = "photos"
    verbose_name = _("Photos")
