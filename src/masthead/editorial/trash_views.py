"""The admin's side of deleted articles: deleting into the trash, the list, restoring."""

from functools import wraps

from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from masthead.editorial.scope import desk_scope
from masthead.editorial.trash import (
    DeletedArticle,
    goes_to_trash,
    restore_article,
    trash_article_and_translations,
)

DELETED_MESSAGE = gettext_lazy(
    "Deleted. It can be restored for 30 days from Settings → Deleted articles."
)


def can_restore(user) -> bool:
    """The editor in chief (and superusers): those who may delete a published article."""
    return user.is_active and desk_scope(user).all_sections


def restore_permission_required(view):
    """Answer 403 to anyone but the chief; the menu item and buttons are shown to the chief only."""

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not can_restore(request.user):
            return HttpResponseForbidden(
                gettext("Only the editor in chief can see and restore deleted articles.")
            )
        return view(request, *args, **kwargs)

    return checked_view


def delete_into_trash(request, page):
    """`before_delete_page` hook: a confirmed delete of a published article goes to the trash.

    Wagtail runs this for the confirmation (GET) too, after checking `can_delete()`; only the
    POST acts. Returning a response stops Wagtail's own delete.
    """
    if request.method != "POST" or not goes_to_trash(page):
        return None
    report_deleted(request, [page], trash_article_and_translations(page, request.user))
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    )


def report_deleted(request, chosen: list, records: list[DeletedArticle]) -> None:
    """Say it is restorable, and name the translations that went with the chosen articles."""
    messages.success(request, DELETED_MESSAGE)
    chosen_ids = {page.pk for page in chosen}
    others = [record.page for record in records if record.page_id not in chosen_ids]
    if others:
        messages.success(
            request,
            ngettext(
                "A translation was deleted with it: %(titles)s.",
                "Translations were deleted with it: %(titles)s.",
                len(others),
            )
            % {
                "titles": ", ".join(
                    f"“{page.title}” ({page.locale.get_display_name()})" for page in others
                )
            },
        )


def bulk_delete_into_trash(request, action_type, objects, action_class_instance):
    """`before_bulk_action` hook: published articles among bulk-deleted pages go to the trash.

    Wagtail hands this hook the very list it then deletes (within one transaction), so the
    articles taken out of it here are kept; the other pages are deleted as usual.
    """
    if action_type != "delete" or not objects or not hasattr(objects[0], "get_parent"):
        return None
    trashed = [page for page in objects if goes_to_trash(page)]
    if not trashed:
        return None
    records = []
    for page in trashed:
        if not DeletedArticle.objects.filter(page_id=page.pk).exists():
            records.extend(trash_article_and_translations(page, request.user))
    objects[:] = [page for page in objects if page not in trashed]
    report_deleted(request, trashed, records)
    if not objects:
        return redirect(action_class_instance.next_url)
    return None


@method_decorator(restore_permission_required, name="dispatch")
class DeletedArticlesView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Deleted articles")
    header_icon = "bin"
    template_name = "editorial/admin/deleted_articles.html"
    http_method_names = ["get", "head"]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        deleted = list(DeletedArticle.objects.select_related("page", "deleted_by"))
        return super().get_context_data(deleted_articles=deleted, **kwargs)


@restore_permission_required
@require_POST
def restore_view(request, page_id: int):
    deleted = DeletedArticle.objects.select_related("page").filter(page_id=page_id).first()
    if deleted is None:
        messages.error(
            request,
            gettext(
                "This article is not among the deleted articles: it was restored already or "
                "deleted for good after 30 days. Look for it in the page explorer."
            ),
        )
        return redirect("masthead_deleted_articles:index")
    article = restore_article(deleted, request.user)
    messages.success(
        request,
        gettext("“%(title)s” is restored as a draft; publish it to put it back on the site.")
        % {"title": article.get_admin_display_title()},
        buttons=[
            messages.button(reverse("wagtailadmin_pages:edit", args=[article.pk]), gettext("Edit"))
        ],
    )
    return redirect("masthead_deleted_articles:index")
