import datetime

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from masthead.editorial.models import DeskAssignment
from masthead.editorial.permissions import refuse_moves_the_user_may_not_make
from masthead.editorial.refusals import log_refused_publish
from masthead.editorial.scheduling import PUBLISHED_LATE, UNPUBLISHED_LATE, newsroom_time


class DeskAssignmentIndexView(IndexView):
    def get_base_queryset(self):
        # Each row shows its staff member and sections: read with the list, not row by row.
        return super().get_base_queryset().select_related("user").prefetch_related("sections")


class DeskAssignmentViewSet(ModelViewSet):
    model = DeskAssignment
    index_view_class = DeskAssignmentIndexView
    icon = "group"
    menu_label = _("Desk assignments")
    add_to_settings_menu = True
    form_fields = ["user", "sections"]
    list_display = ["user", "section_list"]
    url_namespace = "masthead_desk_assignments"


@hooks.register("construct_page_chooser_queryset")
def hide_other_sections_drafts_from_the_chooser(pages, request):
    from wagtail.models import Page
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(Page).choosable_instances(request.user, pages)


@hooks.register("register_admin_viewset")
def register_desk_assignments():
    return DeskAssignmentViewSet("desk-assignments")


@hooks.register("register_permissions")
def register_desk_permissions():
    return Permission.objects.filter(content_type__app_label="editorial")


@hooks.register("register_page_header_buttons")
def compare_with_live_button(page, user, next_url=None, view_name=None):
    """What a reviewer asks first: what would change for readers if this were approved."""
    if page.live and page.has_unpublished_changes and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Compare with live"),
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"]),
            icon_name="history",
            priority=40,
        )


@hooks.register("construct_homepage_panels")
def add_scheduling_panel(request, panels):
    from masthead.editorial.panels import SchedulingPanel

    panels.append(SchedulingPanel())


@hooks.register("register_log_actions")
def register_scheduling_log_actions(actions):
    @actions.register_action(PUBLISHED_LATE)
    class PublishedLate(LateFormatter):
        label = _("Published late")
        sentence = _("Published %(delay)s late by the scheduler: due %(due)s (%(zone)s)")

    @actions.register_action(UNPUBLISHED_LATE)
    class UnpublishedLate(LateFormatter):
        label = _("Unpublished late")
        sentence = _("Expired %(delay)s late by the scheduler: due %(due)s (%(zone)s)")


class LateFormatter(LogFormatter):
    sentence = ""

    def format_message(self, log_entry):
        try:
            due_at = parse_datetime(log_entry.data["due_at"])
            delay = datetime.timedelta(seconds=log_entry.data["delay_seconds"])
        except (KeyError, TypeError, ValueError):
            return self.label
        return self.sentence % {
            "delay": timesince(due_at, due_at + delay, depth=2),
            "due": newsroom_time(due_at),
            "zone": timezone.get_current_timezone_name(),
        }


hooks.register("before_edit_page", log_refused_publish)
hooks.register("before_move_page", refuse_moves_the_user_may_not_make)


# Preview links and deleted articles keep their hooks in their own modules; importing them here
# registers them.
from masthead.editorial import preview_link_hooks, trash_hooks  # noqa: E402, F401
