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

        from masthead.editorial.permissions import (
            DeskPagePermissionPolicy,
            guard_workflow_cancellation_question,
        )
        from masthead.editorial.refusals import log_wagtail_refusals

        # Registered for every page type: the explorer, admin search, reports and the admin
        # API ask the policy of `Page` what a user may browse.
        register_permission_policy(Page, DeskPagePermissionPolicy(Page))
        log_wagtail_refusals()
        guard_workflow_cancellation_question()
