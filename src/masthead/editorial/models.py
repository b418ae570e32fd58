"""Who works on which sections, and the review step of the desk's workflows."""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState


def as_article(page):
    """Some admin views hand tasks a plain `Page`; the rules read the article's own fields."""
    return page.specific if type(page) is Page else page


class DeskAssignment(models.Model):
    """The sections a member of staff writes for or edits; subsections are included.

    Roles (groups) say what someone may do; this says where. The editor in chief works in every
    section through a permission instead, so a new section needs no assignment for them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="desk_assignment",
    )
    sections = models.ManyToManyField(
        "sections.SectionPage",
        verbose_name=_("sections"),
        blank=True,
        related_name="+",
        help_text=_("Subsections are included: News covers News › Politics."),
    )

    class Meta:
        verbose_name = _("desk assignment")
        verbose_name_plural = _("desk assignments")
        permissions = [
            ("work_in_all_sections", _("Can edit and publish in every section")),
            ("mark_sensitive", _("Can switch the two-person rule on or off")),
            ("review_articles", _("Can review articles in assigned sections")),
        ]

    def __str__(self):
        return str(self.user)

    @admin.display(description=_("sections"))
    def section_list(self) -> str:
        return ", ".join(section.title for section in self.sections.all())


class ReviewTask(Task):
    """A review step: the desk (whoever may publish in the article's section) or the chief.

    Nobody approves their own work; on a sensitive article nobody who wrote any of the version
    under review approves it (the two-person rule).
    """

    DESK = "desk"
    CHIEF = "chief"
    STAGES = [(DESK, _("Desk review")), (CHIEF, _("Chief review"))]

    stage = models.CharField(_("stage"), max_length=10, choices=STAGES, default=DESK)

    admin_form_fields = [*Task.admin_form_fields, "stage"]

    class Meta:
        verbose_name = _("review task")
        verbose_name_plural = _("review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Desk review: editors of the article's section. Chief review: the editor in chief."
        )

    def is_reviewer(self, obj, user) -> bool:
        from masthead.editorial.scope import desk_scope

        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        obj = as_article(obj)
        scope = desk_scope(user)
        if self.stage == self.CHIEF:
            return scope.all_sections
        if not hasattr(obj, "primary_section_id"):
            return False  # desk review is for articles; anything else is the chief's to review
        return user.has_perm("editorial.review_articles") and scope.covers(obj)

    def may_approve(self, obj, user) -> bool:
        from masthead.editorial.scope import needs_second_person, writers_of

        if not self.is_reviewer(obj, user):
            return False
        obj = as_article(obj)
        if needs_second_person(obj):
            return user.pk not in writers_of(obj)
        state = obj.current_workflow_state
        return user.pk not in {obj.owner_id, state.requested_by_id if state else None}

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        # Under review the text stays as submitted, except for the reviewers' own corrections.
        return not self.is_reviewer(obj, user)

    def user_can_lock(self, obj, user):
        return self.is_reviewer(obj, user)

    def get_actions(self, obj, user):
        if not self.is_reviewer(obj, user):
            return []
        actions = [("reject", _("Request changes"), True)]
        if self.may_approve(obj, user):
            actions += [
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        # The views check get_actions(); this guards every other way in.
        page = task_state.workflow_state.content_object.specific
        allowed = {name for name, _label, _form in self.get_actions(page, user)}
        if action_name not in allowed:
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from masthead.articles.models import ArticlePage
        from masthead.editorial.scope import desk_scope

        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return in_progress
        scope = desk_scope(user)
        if self.stage == self.CHIEF:
            return in_progress if scope.all_sections else TaskState.objects.none()
        if scope.all_sections:
            return in_progress
        if not user.has_perm("editorial.review_articles"):
            return TaskState.objects.none()
        # Workflow states name their object by a text id.
        article_ids = (
            ArticlePage.objects.filter(scope.section_q())
            .annotate(text_id=Cast("pk", models.CharField()))
            .values("text_id")
        )
        return in_progress.filter(workflow_state__object_id__in=article_ids)


class SchedulerHeartbeat(models.Model):
    """When the worker's scheduler last looked for due pages: one row, rewritten each pass.

    In the database because the admin runs in other processes than the worker, and the default
    cache is per process.
    """

    last_run_at = models.DateTimeField(_("last run at"))
    interval = models.FloatField(_("interval in seconds"))

    class Meta:
        verbose_name = _("scheduler heartbeat")
        verbose_name_plural = _("scheduler heartbeats")

    def __str__(self):
        return str(self.last_run_at)


# Its own module, to keep this one about roles and review; imported here so Django finds it.
from masthead.editorial.preview_links import PreviewLink  # noqa: E402, F401
from masthead.editorial.trash import DeletedArticle  # noqa: E402, F401
