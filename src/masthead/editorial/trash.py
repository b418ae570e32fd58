"""Deleted articles: a published article the chief deletes is kept, unpublished, for 30 days.

The article stays where it is in the page tree, unpublished and locked, with a `DeletedArticle`
row saying who deleted it and when. Readers and the baked site lose it as on any unpublish; its
revisions, comments and history stay untouched, so a restore is only a matter of dropping the
row. The worker's scheduler pass deletes it for good (Wagtail's own delete) after `KEPT_FOR`.
Drafts that were never published are deleted at once, as Wagtail does.
"""

import datetime
import logging
import math

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

logger = logging.getLogger(__name__)

KEPT_FOR = datetime.timedelta(days=30)
# Audit log actions: they appear in the article's history and the site history.
DELETED = "masthead.article.deleted"
RESTORED = "masthead.article.restored"
PURGED = "masthead.article.purged"


class DeletedArticle(models.Model):
    """An article in the trash: unpublished and locked until restored or deleted for good."""

    page = models.OneToOneField(
        Page,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted at"), default=timezone.now, db_index=True)
    # The article's section when it was deleted: the list says where it came from even if the
    # section is renamed or removed meanwhile.
    section_id = models.IntegerField(_("section at deletion"), null=True, blank=True)

    class Meta:
        verbose_name = _("deleted article")
        verbose_name_plural = _("deleted articles")
        ordering = ["-deleted_at"]

    def __str__(self):
        return str(self.page)

    @property
    def purge_at(self) -> datetime.datetime:
        return self.deleted_at + KEPT_FOR

    def days_left(self, now: datetime.datetime | None = None) -> int:
        """Days until it is deleted for good, counting the day under way: 30 just after, 1 last."""
        remaining = self.purge_at - (now or timezone.now())
        return max(math.ceil(remaining / datetime.timedelta(days=1)), 0)


def goes_to_trash(page) -> bool:
    """True for an article that is or was published: deleting it can be undone."""
    from masthead.articles.models import ArticlePage

    return isinstance(page.specific, ArticlePage) and (
        page.live or page.first_published_at is not None
    )


def is_in_trash(page) -> bool:
    """True when the page is a deleted article waiting for a restore or its purge."""
    # Only an unpublished article that was once live can be in the trash: the explorer asks
    # this of every row, and the cheap fields spare most of them a query.
    if page.live or page.first_published_at is None:
        return False
    return DeletedArticle.objects.filter(page_id=page.pk).exists()


@transaction.atomic
def trash_article(page, user) -> DeletedArticle:
    """Unpublish the article, lock it and record it as deleted; return the record."""
    article = page.specific
    # The caller checked that the user may delete it, which is more than unpublishing needs.
    UnpublishPageAction(article, user=user).execute(skip_permission_checks=True)
    # Nothing may bring it back behind the chief's back: not a version scheduled to go live
    # (Wagtail clears those only when the page was live), not a reviewer's approval.
    article.revisions.update(approved_go_live_at=None)
    if article.current_workflow_state is not None:
        article.current_workflow_state.cancel(user=user)
    Page.objects.filter(pk=article.pk).update(locked=True, locked_by=user, locked_at=timezone.now())
    deleted, _created = DeletedArticle.objects.update_or_create(
        page=article,
        defaults={
            "deleted_by": user,
            "deleted_at": timezone.now(),
            "section_id": getattr(article, "primary_section_id", None),
        },
    )
    log(instance=article, action=DELETED, user=user)
    return deleted


@transaction.atomic
def trash_article_and_translations(page, user) -> list[DeletedArticle]:
    """Delete an article in every language: a translation left live would keep the story
    online. Each translation gets its own record, so each can be restored on its own."""
    records = [trash_article(page, user)]
    translations = page.get_translations().exclude(pk__in=DeletedArticle.objects.values("page_id"))
    records.extend(trash_article(translation, user) for translation in translations)
    return records


@transaction.atomic
def restore_article(deleted: DeletedArticle, user):
    """Take the article out of the trash as an unlocked draft; return the article."""
    article = deleted.page.specific
    deleted.delete()
    Page.objects.filter(pk=article.pk).update(locked=False, locked_by=None, locked_at=None)
    article.refresh_from_db()
    log(instance=article, action=RESTORED, user=user)
    return article


def purge_deleted_articles(now: datetime.datetime | None = None) -> int:
    """Delete for good the articles deleted more than `KEPT_FOR` ago; return how many."""
    cutoff = (now or timezone.now()) - KEPT_FOR
    purged = 0
    for deleted in DeletedArticle.objects.filter(deleted_at__lt=cutoff).select_related("page"):
        article = deleted.page.specific
        try:
            with transaction.atomic():
                log(
                    instance=article,
                    action=PURGED,
                    data={"deleted_at": deleted.deleted_at.isoformat()},
                )
                # Wagtail's delete also logs "wagtail.delete"; the row goes with the page.
                DeletePageAction(article, user=None).execute(skip_permission_checks=True)
        except Exception:
            # Runs in the scheduler's pass: one article that cannot be deleted must not stop
            # the publishing or the heartbeat. It is tried again on the next pass.
            logger.exception('Could not delete "%s" pk=%s for good', article, article.pk)
            continue
        logger.info('Deleted "%s" pk=%s for good after %s', article, article.pk, KEPT_FOR)
        purged += 1
    return purged
