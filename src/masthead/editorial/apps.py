from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The desk: roles, section scope, review workflow and the two-person rule."""

    name = "masthead.editorial"
    label = "editorial"
    verbose_name = _("Editorial desk")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from masthead.core.models import MastheadPage
        from masthead.editorial.permissions import DeskPagePermissionPolicy
        from masthead.editorial.refusals import log_wagtail_refusals

        register_permission_policy(MastheadPage, DeskPagePermissionPolicy(Page))
        log_wagtail_refusals()
