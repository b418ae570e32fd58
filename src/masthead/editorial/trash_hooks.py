"""Admin hooks for deleted articles: the delete hooks, the Settings screen, audit log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from masthead.editorial import trash_views as views
from masthead.editorial.trash import DELETED, PURGED, RESTORED

hooks.register("before_delete_page", views.delete_into_trash)
hooks.register("before_bulk_action", views.bulk_delete_into_trash)


@hooks.register("register_admin_urls")
def register_deleted_article_urls():
    urls = [
        path("", views.DeletedArticlesView.as_view(), name="index"),
        path("<int:page_id>/restore/", views.restore_view, name="restore"),
    ]
    return [path("deleted-articles/", include((urls, "masthead_deleted_articles")))]


class DeletedArticlesMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_restore(request.user)


@hooks.register("register_settings_menu_item")
def register_deleted_articles_menu_item():
    return DeletedArticlesMenuItem(
        _("Deleted articles"),
        reverse("masthead_deleted_articles:index"),
        name="deleted-articles",
        icon_name="bin",
        order=910,
    )


@hooks.register("register_log_actions")
def register_trash_log_actions(actions):
    @actions.register_action(DELETED)
    class DeletedFormatter(LogFormatter):
        label = _("Delete (restorable for 30 days)")
        message = _("Deleted: unpublished and kept for 30 days under Settings → Deleted articles")

    @actions.register_action(RESTORED)
    class RestoredFormatter(LogFormatter):
        label = _("Restore")
        message = _("Restored from the deleted articles, as a draft")

    @actions.register_action(PURGED)
    class PurgedFormatter(LogFormatter):
        label = _("Delete for good")
        message = _("Deleted for good, 30 days after it was deleted")
