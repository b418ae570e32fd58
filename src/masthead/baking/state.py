"""What the baker did and is doing: recorded runs, the live tree, the bake lock, queued rebakes.

The baker records each run with one `with` statement::

    with recorded_bake(kind="full", description="Whole site") as run:
        run.finish(bake_site())

Recording never fails a bake: a database error is logged and the bake goes on.
"""

import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from wagtail.models import Page

from masthead.baking.models import BakeRun
from masthead.baking.tree import LOCK_NAME, MANIFEST_NAME, live_tree, site_dir

logger = logging.getLogger(__name__)

RUNS_KEPT = 200
RUNS_SHOWN = 20
BAKING_TASKS = "masthead.baking.tasks."
TASK_LABELS = {
    "rebake_site": gettext_lazy("Whole site"),
    "rebake_article": gettext_lazy("Article and the pages that list it"),
    "rebake_page": gettext_lazy("Page"),
}

STOPPED_SENTENCE = gettext_lazy(
    "The bake stopped before it finished; the site still serves the last complete version. "
    "Rebake the whole site to bring it up to date."
)


def save_quietly(run: BakeRun, prune: bool = False) -> None:
    """Save `run` in its own short transaction; log a database error instead of raising it."""
    try:
        # A savepoint when a caller is inside a transaction: a failed write then leaves the
        # caller's transaction usable.
        with transaction.atomic():
            run.save()
            if prune:
                prune_runs()
    except DatabaseError:
        logger.exception("Could not record the bake %r in the database", run.description)


def prune_runs(keep: int = RUNS_KEPT) -> int:
    """Delete all but the newest `keep` runs; return how many were deleted."""
    older = BakeRun.objects.order_by("-started_at", "-pk").values_list("pk", flat=True)[keep:]
    deleted, _ = BakeRun.objects.filter(pk__in=list(older)).delete()
    return deleted


class RecordedBake:
    """The run `recorded_bake` yields; `finish(report)` stores what the bake wrote."""

    def __init__(self, kind: str, description: str):
        self.run = BakeRun(kind=kind, description=description[:255])
        self.finished = False
        save_quietly(self.run, prune=True)

    def finish(self, report) -> None:
        """Record a finished bake from its report (None: there was nothing to bake)."""
        if report is not None:
            self.run.pages = report.pages
            self.run.files = report.files
            self.run.seconds = report.seconds
            self.run.failures = [[url, reason] for url, reason in report.failures]
            self.run.tree = report.tree.name
        self.run.status = (
            BakeRun.Status.SUCCEEDED_WITH_FAILURES
            if self.run.failures
            else BakeRun.Status.SUCCEEDED
        )
        self.close()

    def describe(self, description: str) -> None:
        """Name the run once the baker knows what it is about (saved when it ends)."""
        self.run.description = description[:255]

    def fail(self, error_sentence: str) -> None:
        self.run.status = BakeRun.Status.FAILED
        self.run.error = error_sentence
        self.close()

    def close(self) -> None:
        self.run.finished_at = timezone.now()
        if self.run.seconds is None:
            self.run.seconds = (self.run.finished_at - self.run.started_at).total_seconds()
        self.finished = True
        save_quietly(self.run)


def error_sentence(error: BaseException) -> str:
    """Return what the admin tells an operator about an exception that stopped a bake."""
    # Imported here: bake.py records its runs through this module.
    from masthead.baking.bake import BakeError

    if isinstance(error, BakeError):
        return str(error)
    if not isinstance(error, Exception):
        return str(STOPPED_SENTENCE)
    return gettext(
        "The bake failed (%(error)s); the site still serves the last complete version. "
        "The server log has the details."
    ) % {"error": str(error) or type(error).__name__}


@contextmanager
def recorded_bake(kind: str, description: str):
    """Record a bake as a `BakeRun` row while the block runs; call `run.finish(report)` in it.

    Call it outside any transaction (the baking tasks run after commit), so the row is visible
    while the bake runs. If the block raises, the run is recorded as failed, the error is
    logged, and the exception propagates. A block that ends without `finish` counts as done.
    """
    recorded = RecordedBake(kind, description)
    try:
        yield recorded
    except BaseException as error:
        sentence = error_sentence(error)
        logger.error("Bake %r failed: %s", description, sentence, exc_info=error)
        recorded.fail(sentence)
        raise
    if not recorded.finished:
        recorded.finish(None)


def bake_running() -> bool:
    """Return whether a bake or a rebake is running: a process holds one of the bake locks."""
    from masthead.baking.replay import FULL_BAKE_LOCK_NAME, lock_is_held

    return any(lock_is_held(site_dir(), name) for name in (LOCK_NAME, FULL_BAKE_LOCK_NAME))


@dataclass(frozen=True)
class ShownRun:
    """A run as the admin shows it: a running row whose process died is "interrupted"."""

    run: BakeRun
    interrupted: bool

    @property
    def status_label(self) -> str:
        return gettext("Interrupted") if self.interrupted else self.run.get_status_display()

    @property
    def error(self) -> str:
        return str(STOPPED_SENTENCE) if self.interrupted else self.run.error

    @property
    def is_problem(self) -> bool:
        return self.interrupted or self.run.status == BakeRun.Status.FAILED


@dataclass(frozen=True)
class PendingRebake:
    what: str
    status: str
    enqueued_at: datetime | None


def pending_rebakes() -> list[PendingRebake] | None:
    """Return the baking tasks waiting or running, oldest first; None when no queue is kept.

    Only the database task backend (django-tasks-db) keeps a queue that can be read; with the
    immediate backend every task has run before its enqueue returns.
    """
    if not apps.is_installed("django_tasks_db"):
        return None
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not isinstance(backend, DatabaseBackend):
        return None
    results = list(
        DBTaskResult.objects.filter(
            backend_name=backend.alias,
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
            task_path__startswith=BAKING_TASKS,
        ).order_by("enqueued_at")
    )
    # The page rebakes take the page's id first.
    page_ids = {args[0] for args in (r.args_kwargs.get("args") for r in results) if args}
    titles = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))
    return [
        PendingRebake(
            what=task_description(result.task_path, result.args_kwargs.get("args"), titles),
            status=result.get_status_display(),
            enqueued_at=result.enqueued_at,
        )
        for result in results
    ]


def task_description(task_path: str, args: list | None, titles: dict[int, str]) -> str:
    """Return what a queued baking task will rebake, in words."""
    task_name = task_path.removeprefix(BAKING_TASKS)
    label = str(TASK_LABELS.get(task_name, task_name))
    if args and args[0] in titles:
        return f"{label}: {titles[args[0]]}"
    return label


def tree_created_at(tree) -> datetime | None:
    """Return when a tree was baked, from its manifest; None when the manifest is unreadable."""
    try:
        manifest = json.loads((tree / MANIFEST_NAME).read_text())
        return datetime.fromisoformat(manifest["created_at"])
    except (OSError, ValueError, KeyError):
        logger.warning("The tree %s has no readable %s", tree, MANIFEST_NAME)
        return None


@dataclass(frozen=True)
class BakeState:
    """Everything the admin's "Public site" panel shows."""

    live_tree_name: str | None
    live_tree_created_at: datetime | None
    running: bool
    last_full_bake: ShownRun | None
    recent_runs: list[ShownRun]
    pending_rebakes: list[PendingRebake] | None

    @property
    def latest_problem(self) -> ShownRun | None:
        """Return the newest run when it failed or was interrupted."""
        latest = self.recent_runs[0] if self.recent_runs else None
        return latest if latest and latest.is_problem else None


def bake_state() -> BakeState:
    """Return the public site's bake state as it is now."""
    running = bake_running()

    def shown(run: BakeRun) -> ShownRun:
        return ShownRun(run, interrupted=run.status == BakeRun.Status.RUNNING and not running)

    tree = live_tree()
    last_full = BakeRun.objects.filter(kind=BakeRun.Kind.FULL).first()
    return BakeState(
        live_tree_name=tree.name if tree else None,
        live_tree_created_at=tree_created_at(tree) if tree else None,
        running=running,
        last_full_bake=shown(last_full) if last_full else None,
        recent_runs=[shown(run) for run in BakeRun.objects.all()[:RUNS_SHOWN]],
        pending_rebakes=pending_rebakes(),
    )
