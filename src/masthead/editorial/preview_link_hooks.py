"""Admin hooks for preview links: their screen's URLs, the page header button, audit log actions."""

from django.urls import include, path, reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from masthead.editorial import preview_link_views as views
from masthead.editorial.preview_links import can_have_preview_links


@hooks.register("register_admin_urls")
def register_preview_link_urls():
    urls = [
        path("<int:page_id>/", views.PreviewLinksView.as_view(), name="index"),
        path(
            "<int:page_id>/<int:link_id>/revoke/",
            views.revoke_preview_link,
            name="revoke",
        ),
    ]
    return [path("preview-links/", include((urls, "masthead_preview_links")))]


@hooks.register("register_page_header_buttons")
def preview_links_button(page, user, view_name=None, next_url=None):
    if can_have_preview_links(page) and page.specific.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview links"),
            reverse("masthead_preview_links:index", args=[page.pk]),
            icon_name="link",
            priority=40,
        )


def note_of(log_entry) -> str:
    return (log_entry.data or {}).get("note") or _("no note")


@hooks.register("register_log_actions")
def register_preview_link_log_actions(actions):
    @actions.register_action(views.CREATE_ACTION)
    class CreatePreviewLinkFormatter(LogFormatter):
        label = _("Create preview link")

        def format_message(self, log_entry):
            expires = parse_datetime((log_entry.data or {}).get("expires_at") or "")
            if expires is None:
                return _("Preview link created (%(note)s)") % {"note": note_of(log_entry)}
            return _("Preview link created (%(note)s), valid until %(expires)s") % {
                "note": note_of(log_entry),
                "expires": formats.date_format(timezone.localtime(expires), "DATETIME_FORMAT"),
            }

    @actions.register_action(views.REVOKE_ACTION)
    class RevokePreviewLinkFormatter(LogFormatter):
        label = _("Revoke preview link")

        def format_message(self, log_entry):
            return _("Preview link revoked (%(note)s)") % {"note": note_of(log_entry)}
