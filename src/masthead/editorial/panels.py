"""The dashboard panel that makes a missed or late scheduled publication impossible to miss."""

import datetime

from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from masthead.editorial.scheduling import (
    PUBLISHED_LATE,
    scheduling_report,
    user_publishes,
)


class SchedulingPanel(Component):
    """Late publications of the week, pages past their time, and when the scheduler last ran."""

    name = "masthead_scheduling"
    template_name = "editorial/scheduling_panel.html"
    # Above Wagtail's own panels: a missed publication matters more than a locked page.
    order = 50

    def render_html(self, parent_context=None) -> str:
        user = parent_context["request"].user
        if not user_publishes(user):
            return ""
        self.report = scheduling_report(user)
        if not self.report.worth_showing:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        report = self.report
        return {
            "report": report,
            "last_run": last_run_sentence(report.heartbeat),
            "time_zone": timezone.get_current_timezone_name(),
            "late": [
                {
                    "change": change,
                    "what": _("Published") if change.action == PUBLISHED_LATE else _("Unpublished"),
                    "how_late": timesince(change.due_at, change.done_at, depth=2),
                }
                for change in report.late
            ],
        }


def last_run_sentence(heartbeat) -> str:
    """Return "The scheduler last ran 14 minutes ago." or that it never ran."""
    if heartbeat is None:
        return _("The scheduler has never run on this installation.")
    ago = timezone.now() - heartbeat.last_run_at
    if ago < datetime.timedelta(minutes=1):
        return _("The scheduler last ran less than a minute ago.")
    return _("The scheduler last ran %(time)s ago.") % {
        "time": timesince(heartbeat.last_run_at, depth=2)
    }
