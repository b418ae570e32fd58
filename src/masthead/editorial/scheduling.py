"""Scheduled publishing that never misses silently: embargoes, late publications, a heartbeat.

`masthead worker` calls `run_scheduler()` at start and every interval; the admin's dashboard
panel reads `overdue_pages()`, `late_publications()` and `last_scheduler_run()`.
"""

import dataclasses
import datetime
import io
import logging

from django.core.management import call_command
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

# The promise: a due page goes live within 60 s while the worker runs. A publication
# later than that is recorded and shown to the desk.
LATE_AFTER = datetime.timedelta(seconds=60)
# A page still waiting this long after its time means no scheduler is running: a silent miss
# unless the dashboard says so. Two passes of slack, so a pass in progress is not an alarm.
OVERDUE_AFTER = datetime.timedelta(minutes=2)
LATE_REPORT_PERIOD = datetime.timedelta(days=7)
# Audit log actions (Wagtail's log): they appear in the page's history and the site history.
PUBLISHED_LATE = "masthead.publish.late"
UNPUBLISHED_LATE = "masthead.unpublish.late"
TIME_FORMAT = "%Y-%m-%d %H:%M"


def newsroom_time(value: datetime.datetime) -> str:
    """Return `value` as the admin's date-time fields show it: "2026-06-20 09:00"."""
    return timezone.localtime(value).strftime(TIME_FORMAT)


def embargo_holds(page, now: datetime.datetime | None = None) -> bool:
    """True when the page's embargo has not ended and its go-live time is not after it."""
    embargo = getattr(page, "embargo_until", None)
    if embargo is None or embargo <= (now or timezone.now()):
        return False
    return page.go_live_at is None or page.go_live_at < embargo


class EmbargoRespectingPublishAction(PublishPageRevisionAction):
    """Wagtail's publish, except that a version under embargo is scheduled for the embargo.

    The admin form refuses to publish under embargo (a clear error beats a surprise); this is
    the defence behind it, for every other way in: an approved review, a go-live time set by
    a script or an import, `publish_scheduled` itself. It never raises, so one embargoed page
    cannot stop the scheduler from publishing the others.
    """

    def execute(self, skip_permission_checks=False):
        from masthead.editorial.finish import refuse_unreviewed_publish

        refuse_unreviewed_publish(self.object, self.user)
        if embargo_holds(self.object):
            logger.warning(
                'Embargo: "%s" pk=%s is scheduled for %s instead of going live earlier',
                self.object,
                self.object.pk,
                self.object.embargo_until.isoformat(),
            )
            # Wagtail's own scheduling then runs: the revision's approved go-live becomes the
            # embargo, and the page history says when it will be published.
            self.object.go_live_at = self.object.embargo_until
        return super().execute(skip_permission_checks=skip_permission_checks)


@dataclasses.dataclass(frozen=True)
class DueChange:
    page_id: int
    due_at: datetime.datetime
    revision_id: int | None = None  # None for an expiry


def run_scheduler(interval: float = 60) -> None:
    """Publish what is due, unpublish what expired, record late ones and the heartbeat.

    Articles deleted more than 30 days ago are deleted for good in the same pass.
    """
    from wagtail.models import Page, Revision

    from masthead.editorial.models import SchedulerHeartbeat
    from masthead.editorial.trash import purge_deleted_articles

    started = timezone.now()
    # What is due is read before Wagtail's command runs, so that afterwards we know what it
    # did and how late: it clears `approved_go_live_at` when it publishes.
    due_publications = [
        DueChange(int(object_id), due_at, revision_id)
        for revision_id, object_id, due_at in Revision.page_revisions.filter(
            approved_go_live_at__lt=started
        ).values_list("pk", "object_id", "approved_go_live_at")
    ]
    due_expiries = [
        DueChange(page_id, expire_at)
        for page_id, expire_at in Page.objects.filter(live=True, expire_at__lt=started).values_list(
            "pk", "expire_at"
        )
    ]
    # Wagtail keeps this logic inside the command, with no function to import; it compares with
    # the current time, so a page that fell due while no worker ran is published now, and one
    # due later is left alone.
    call_command("publish_scheduled", stdout=io.StringIO())
    record_late_changes(due_publications, due_expiries)
    purge_deleted_articles()
    SchedulerHeartbeat.objects.update_or_create(
        pk=1, defaults={"last_run_at": timezone.now(), "interval": interval}
    )


def record_late_changes(due_publications: list[DueChange], due_expiries: list[DueChange]) -> None:
    """Log each publication or expiry carried out more than `LATE_AFTER` after its time."""
    from wagtail.models import Page

    page_ids = {change.page_id for change in [*due_publications, *due_expiries]}
    if not page_ids:
        return
    pages = Page.objects.in_bulk(page_ids)
    for change in due_publications:
        page = pages.get(change.page_id)
        # Not published after all (an embargo moved it, or it was deleted): nothing to report.
        if page is None or page.live_revision_id != change.revision_id:
            continue
        log_if_late(page, PUBLISHED_LATE, change.due_at, page.last_published_at)
    for change in due_expiries:
        page = pages.get(change.page_id)
        if page is None or page.live or not page.expired:
            continue
        log_if_late(page, UNPUBLISHED_LATE, change.due_at, timezone.now())


def log_if_late(page, action: str, due_at: datetime.datetime, done_at: datetime.datetime) -> None:
    delay = done_at - due_at
    if delay <= LATE_AFTER:
        return
    logger.warning(
        '"%s" pk=%s was due at %s and changed %d s late: was the worker down?',
        page,
        page.pk,
        due_at.isoformat(),
        delay.total_seconds(),
    )
    log(
        instance=page.specific,
        action=action,
        data={
            "due_at": due_at.isoformat(),
            "done_at": done_at.isoformat(),
            "delay_seconds": round(delay.total_seconds()),
        },
    )


@dataclasses.dataclass(frozen=True)
class LateChange:
    page: object
    action: str
    due_at: datetime.datetime
    done_at: datetime.datetime
    delay: datetime.timedelta


@dataclasses.dataclass(frozen=True)
class OverdueChange:
    page: object
    action: str  # "publish" or "unpublish"
    due_at: datetime.datetime


def pages_visible_to(user, pages):
    """Narrow `pages` (a queryset) to those the user publishes: their desk's articles."""
    from masthead.articles.models import ArticlePage
    from masthead.editorial.scope import desk_scope

    scope = desk_scope(user)
    if scope.all_sections:
        return pages
    # An embargoed scoop's headline stays within its own desk.
    return pages.filter(pk__in=ArticlePage.objects.filter(scope.section_q()).values("pk"))


def late_publications(user, now: datetime.datetime | None = None) -> list[LateChange]:
    """Return this week's late publications and expiries the user may see, latest first."""
    from wagtail.models import Page, PageLogEntry

    now = now or timezone.now()
    entries = list(
        PageLogEntry.objects.filter(
            action__in=[PUBLISHED_LATE, UNPUBLISHED_LATE],
            timestamp__gte=now - LATE_REPORT_PERIOD,
        ).order_by("-timestamp")[:50]
    )
    visible = pages_visible_to(user, Page.objects.filter(pk__in=[e.page_id for e in entries]))
    pages = visible.in_bulk()
    return [
        LateChange(
            page=pages[entry.page_id],
            action=entry.action,
            due_at=parse_datetime(entry.data["due_at"]),
            done_at=parse_datetime(entry.data["done_at"]),
            delay=datetime.timedelta(seconds=entry.data["delay_seconds"]),
        )
        for entry in entries
        if entry.page_id in pages
    ]


def overdue_pages(user, heartbeat=None, now=None) -> list[OverdueChange]:
    """Return pages whose go-live or expiry passed a while ago and has not happened yet."""
    from wagtail.models import Page, Revision

    now = now or timezone.now()
    cutoff = now - overdue_after(heartbeat)
    revisions = list(
        Revision.page_revisions.filter(approved_go_live_at__lt=cutoff).order_by(
            "approved_go_live_at"
        )
    )
    to_publish = pages_visible_to(
        user, Page.objects.filter(pk__in=[int(r.object_id) for r in revisions])
    ).in_bulk()
    expired = pages_visible_to(
        user, Page.objects.filter(live=True, expire_at__lt=cutoff).order_by("expire_at")
    )
    return [
        *(
            OverdueChange(to_publish[int(r.object_id)], "publish", r.approved_go_live_at)
            for r in revisions
            if int(r.object_id) in to_publish
        ),
        *(
            OverdueChange(page, "unpublish", page.expire_at)
            for page in expired.order_by("expire_at")
        ),
    ]


def last_scheduler_run():
    """Return the heartbeat the worker's scheduler left last, or None if it never ran."""
    from masthead.editorial.models import SchedulerHeartbeat

    return SchedulerHeartbeat.objects.filter(pk=1).first()


def overdue_after(heartbeat=None) -> datetime.timedelta:
    """How long past its time a page must wait before the dashboard calls it overdue."""
    # A worker started with a longer --schedule-interval is not down between its passes.
    if heartbeat is not None:
        return max(OVERDUE_AFTER, datetime.timedelta(seconds=heartbeat.interval) + LATE_AFTER)
    return OVERDUE_AFTER


def user_publishes(user) -> bool:
    """True when the user may publish some page: they are the ones to act on a warning."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return user.is_active and PagePermissionPolicy().user_has_permission(user, "publish")


@dataclasses.dataclass(frozen=True)
class SchedulingReport:
    """What the dashboard tells someone who publishes about the scheduler."""

    heartbeat: object  # SchedulerHeartbeat or None
    overdue: list[OverdueChange]
    late: list[LateChange]
    scheduled_count: int
    stale: bool  # the scheduler has not run for longer than it should have

    @property
    def worth_showing(self) -> bool:
        return bool(self.overdue or self.late or (self.stale and self.scheduled_count))


def scheduling_report(user, now: datetime.datetime | None = None) -> SchedulingReport:
    """Return the late, overdue and waiting scheduled changes the user may see."""
    from wagtail.models import Page

    now = now or timezone.now()
    heartbeat = last_scheduler_run()
    waiting = Page.objects.filter(
        models.Q(pk__in=scheduled_page_ids()) | models.Q(live=True, expire_at__isnull=False)
    )
    return SchedulingReport(
        heartbeat=heartbeat,
        overdue=overdue_pages(user, heartbeat, now),
        late=late_publications(user, now),
        scheduled_count=pages_visible_to(user, waiting).count(),
        stale=heartbeat is None or now - heartbeat.last_run_at > overdue_after(heartbeat),
    )


def scheduled_page_ids():
    """A subquery of the ids of pages with a version waiting for its go-live time."""
    from wagtail.models import Revision

    # Revisions name their object by a text id.
    return (
        Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        .annotate(page_id=Cast("object_id", models.BigIntegerField()))
        .values("page_id")
    )
