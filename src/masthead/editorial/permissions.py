"""Page permissions with the desk's rules on top of Wagtail's tree permissions.

The roles' page permissions are granted on the root of the tree (see the roles migration), so
they do not depend on which pages exist. What Wagtail's tree cannot express is narrowed here:

- articles all live under the archive, so the section scope comes from `DeskAssignment`;
- home, section, topic, author and information pages are the site's structure: the chief's;
- a published article is deleted only by the editor in chief; a scheduled one only by those
  who may publish in its section;
- a deleted article (in the trash, see `trash.py`) is nobody's to edit or publish: the chief
  restores it first;
- an article under the two-person rule goes live only through review, never by a direct
  publish, so the person approving it has not written it (`ReviewTask.may_approve`).
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from masthead.editorial.scope import desk_scope, needs_second_person
from masthead.editorial.trash import is_in_trash


class DeskPermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            self.permissions = self._within_scope(self.permissions)

    def _within_scope(self, permissions: set[str]) -> set[str]:
        from masthead.articles.models import ArticleIndexPage, ArticlePage

        if isinstance(self.page, ArticlePage) and is_in_trash(self.page):
            return set()
        scope = desk_scope(self.user)
        if scope.all_sections:
            return permissions
        if isinstance(self.page, ArticlePage):
            return permissions if scope.covers(self.page) else set()
        if isinstance(self.page, ArticleIndexPage):
            # The desk files new articles here; the form keeps them inside its sections.
            return permissions & {"add"}
        return set()

    def can_publish(self):
        if self._is_article() and needs_second_person(self.page):
            return False
        return super().can_publish()

    def can_delete(self, ignore_bulk=False):
        # Ever published, not just live: unpublishing first must not open the way round.
        if (
            self._is_article()
            and self.page.first_published_at is not None
            and not desk_scope(self.user).all_sections
        ):
            return False
        # Approved to go live is the desk's decision: its writer may no longer throw it away.
        # (Cheap checks first: listings ask this of every row; the schedule costs a query.)
        if (
            self._is_article()
            and not self.page.live
            and "publish" not in self.permissions
            and self.page.approved_schedule
        ):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

    def can_move(self):
        # Articles are filed by section, not by place in the tree; the archive is structure.
        return desk_scope(self.user).all_sections and super().can_move()

    def _is_article(self) -> bool:
        from masthead.articles.models import ArticlePage

        return isinstance(self.page, ArticlePage)


class DeskPagePermissionPolicy(PagePermissionPolicy):
    """Answers per-page questions (preview, editing sessions…) the way the tester does, and
    narrows what staff may browse (explorer, admin search, reports, history, the admin API)
    to their sections: another section's drafts, embargoed ones included, stay out of sight.
    Deleted articles leave the explorer for everyone but superusers: the chief finds them
    under *Settings → Deleted articles*."""

    ACTIONS = {
        "add": "can_add_subpage",
        "change": "can_edit",
        "publish": "can_publish",
        "delete": "can_delete",
        "bulk_delete": "can_delete",
        "lock": "can_lock",
        "unlock": "can_unlock",
    }

    def explorable_instances(self, user):
        return self._within_desk(user, super().explorable_instances(user))

    def instances_user_has_any_permission_for(self, user, actions):
        return self._within_desk(user, super().instances_user_has_any_permission_for(user, actions))

    def choosable_instances(self, user, pages):
        """Narrow the page chooser: live pages of every section may be linked, but another
        section's drafts and deleted articles stay out of sight."""
        return self._within_desk(user, pages, drafts_only=True)

    def _within_desk(self, user, pages, drafts_only=False):
        if user.is_superuser or not user.is_active:
            return pages
        from masthead.articles.models import ArticlePage
        from masthead.editorial.trash import DeletedArticle

        pages = pages.exclude(pk__in=DeletedArticle.objects.values("page_id"))
        scope = desk_scope(user)
        if scope.all_sections:
            return pages
        # Unfiled articles are the chief's, as in the tester.
        outside = ArticlePage.objects.exclude(primary_section_id__in=scope.section_ids)
        if drafts_only:
            outside = outside.filter(live=False)
        return pages.exclude(pk__in=outside.values("pk"))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        if user.is_superuser:
            return True
        tester = instance.permissions_for_user(user)
        return any(
            getattr(tester, self.ACTIONS[action])() if action in self.ACTIONS else True
            for action in actions
        )


def refuse_moves_the_user_may_not_make(request, page, destination):
    """`before_move_page` hook: Wagtail asks "move this page here?" before checking anything;
    the question names pages the user may not see, so it is refused like the move itself."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


def guard_workflow_cancellation_question() -> None:
    """Wagtail shows "publishing will cancel the review, go on?" to anyone who asks for it;
    only those who may publish the page ever need it, so only they get it."""
    from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView

    if getattr(ConfirmWorkflowCancellationView, "masthead_guarded", False):
        return
    wagtail_dispatch = ConfirmWorkflowCancellationView.dispatch

    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return wagtail_dispatch(self, request, *args, **kwargs)

    ConfirmWorkflowCancellationView.dispatch = dispatch
    ConfirmWorkflowCancellationView.masthead_guarded = True
