"""Background work that survives restarts: queued tasks and Wagtail's scheduled publishing.

`masthead worker` calls `run_worker()`; `masthead serve` starts it next to the web server with
`masthead.core.worker_process.start_worker_process()`.
"""

import contextlib
import logging
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

from django.core.exceptions import ValidationError
from django.db import close_old_connections, connections
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from masthead.core.forking import database_work
from masthead.core.worker_process import DEFAULT_POLL_INTERVAL

logger = logging.getLogger(__name__)
# Long tasks (a full rebake) wait on this queue, which a thread of its own works through, so the
# quick ones (an article's rebake) never queue behind them. TASKS must list it in "QUEUES".
BULK_QUEUE = "bulk"


def run_worker(
    stop: threading.Event | None = None,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    schedule_interval: float = 60,
    once: bool = False,
) -> None:
    """Run queued tasks and, at start and every `schedule_interval` seconds, scheduled publishing.

    Returns when `stop` is set or, in the main thread, on SIGTERM or SIGINT, after the task that
    is running finishes (a second Ctrl-C interrupts it and records it as failed). With
    `once=True` it publishes what is due, runs every task queued by then or by that publishing,
    and returns.
    """
    stop = stop or threading.Event()
    backend_names = database_backend_names()
    if not backend_names:
        logger.warning(
            "No database task queue is configured in TASKS: tasks run where they are enqueued, "
            "and this worker only publishes scheduled pages."
        )
    # Only run_task() of django_tasks_db's Worker is used: it records a task's outcome (return
    # value or traceback) and sends the started/finished signals. Its polling loop, which the
    # other arguments configure, is replaced by the one below; see claim_next_task().
    task_runner = task_runner_for(poll_interval, once)
    logger.info("Worker %s started", task_runner.worker_id)
    if once:
        publish_scheduled_pages(schedule_interval)
        threads = []
    else:
        threads = [
            start_scheduler_thread(stop, schedule_interval),
            start_bulk_thread(stop, backend_names, poll_interval),
        ]
    with stop_on_signals(stop):
        # Run once, the worker works through every queue here; running, the bulk queue is the
        # other thread's.
        work_through_queue(
            task_runner,
            backend_names,
            stop,
            poll_interval,
            once,
            exclude=[] if once else [BULK_QUEUE],
        )
    for thread in threads:
        # The bulk thread finishes the task it is running first: a full rebake can take minutes.
        thread.join(timeout=None if thread.name == BULK_THREAD_NAME else schedule_interval + 30)
    logger.info("Worker %s stopped", task_runner.worker_id)


def task_runner_for(poll_interval: float, once: bool = False) -> Worker:
    # Only run_task() of django_tasks_db's Worker is used: it records a task's outcome (return
    # value or traceback) and sends the started/finished signals. Its polling loop, which the
    # other arguments configure, is replaced by work_through_queue(); see claim_next_task().
    return Worker(
        queue_names=["*"],
        excluded_queue_names=[],
        interval=poll_interval,
        batch=once,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=None,
        worker_id=get_random_string(32),
    )


def work_through_queue(
    task_runner: Worker,
    backend_names: list[str],
    stop: threading.Event,
    poll_interval: float,
    once: bool = False,
    *,
    only: list[str] | None = None,
    exclude: list[str] = (),
    in_own_process: bool = False,
) -> None:
    """Run ready tasks of the `only` queues (all if None) but the `exclude`d ones until `stop`,
    each `in_own_process` if asked (see `run_in_own_process`)."""
    while not stop.is_set():
        try:
            ran_a_task = bool(backend_names) and run_next_task(
                task_runner,
                backend_names,
                only=only,
                exclude=exclude,
                in_own_process=in_own_process,
            )
        except Exception:
            if once:
                raise
            # A database that restarts must not end the worker: nothing would restart one
            # that `masthead serve` started.
            logger.exception("The worker's pass failed; trying again in %s s", poll_interval)
            ran_a_task = False
        if not ran_a_task:
            if once:
                break
            stop.wait(poll_interval)


BULK_THREAD_NAME = "masthead-bulk-tasks"


def start_bulk_thread(
    stop: threading.Event, backend_names: list[str], poll_interval: float
) -> threading.Thread:
    """Run the bulk queue's tasks from a thread of its own, each in a process of its own (see
    `run_in_own_process`); the thread's database work happens inside `database_work()`."""

    def run():
        try:
            work_through_queue(
                task_runner_for(poll_interval),
                backend_names,
                stop,
                poll_interval,
                only=[BULK_QUEUE],
                in_own_process=True,
            )
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name=BULK_THREAD_NAME, daemon=True)
    thread.start()
    return thread


def start_scheduler_thread(stop: threading.Event, schedule_interval: float) -> threading.Thread:
    """Publish scheduled pages every `schedule_interval` seconds, in a thread of its own.

    Tasks run one after another, and one can take minutes (a full rebake): an article due now
    must not wait behind it. The thread has its own database connection, closed when it ends.
    """

    def schedule():
        try:
            while not stop.is_set():
                try:
                    with database_work():
                        close_old_connections()
                        publish_scheduled_pages(schedule_interval)
                except Exception:
                    logger.exception(
                        "Scheduled publishing failed; trying again in %s s", schedule_interval
                    )
                stop.wait(schedule_interval)
        finally:
            connections.close_all()

    thread = threading.Thread(target=schedule, name="masthead-scheduler", daemon=True)
    thread.start()
    return thread


def database_backend_names() -> list[str]:
    """Return the aliases in TASKS whose tasks wait in the database for a worker."""
    return [
        alias
        for alias in task_backends.settings
        if isinstance(task_backends[alias], DatabaseBackend)
    ]


def publish_scheduled_pages(schedule_interval: float = 60) -> None:
    """Publish what editors scheduled for now or earlier; unpublish what has expired.

    Publications more than a minute late are recorded for the admin's warning, and so is this
    pass (the heartbeat), with the interval until the next one. The baked news sitemap, which
    only publishing renders, is refreshed when its oldest articles expire.
    """
    from masthead.baking.tasks import refresh_news_sitemap
    from masthead.editorial.scheduling import run_scheduler

    run_scheduler(interval=schedule_interval)
    refresh_news_sitemap()


def claim_next_task(
    backend_names: list[str],
    worker_id: str,
    *,
    only: list[str] | None = None,
    exclude: list[str] = (),
) -> DBTaskResult | None:
    """Mark the next ready task of the `only` queues (all if None) but the `exclude`d ones as
    running by this worker and return it; None when none is ready."""
    # django_tasks_db's Worker.run() owns its loop, its sleep and its signal handlers (it calls
    # sys.exit), so it cannot share a loop with the scheduler; its claiming is the body of that
    # loop, repeated here with the same pieces: on PostgreSQL get_locked() is SELECT ... FOR
    # UPDATE SKIP LOCKED, so workers never claim the same row; on SQLite exclusive_transaction()
    # takes the write lock before reading, which does the same for processes sharing the file.
    ready = DBTaskResult.objects.ready().filter(backend_name__in=backend_names)
    if only is not None:
        ready = ready.filter(queue_name__in=only)
    if exclude:
        ready = ready.exclude(queue_name__in=exclude)
    # An idle worker polls every second; on SQLite, looking without the write lock first keeps
    # it from making the editors' saves wait behind an empty queue.
    if not ready.exists():
        return None
    # A lock held longer than SQLite's busy timeout raises here, and the loop tries again later.
    with exclusive_transaction(ready.db):
        task_result = ready.get_locked()
        if task_result is not None:
            task_result.claim(worker_id)
    return task_result


def run_next_task(
    task_runner: Worker,
    backend_names: list[str],
    *,
    only: list[str] | None = None,
    exclude: list[str] = (),
    in_own_process: bool = False,
) -> bool:
    """Run the next ready task and record its outcome; return whether there was one."""
    with database_work():
        # A connection the database dropped while the worker slept is reopened here.
        close_old_connections()
        task_result = claim_next_task(
            backend_names, task_runner.worker_id, only=only, exclude=exclude
        )
    if task_result is None:
        return False
    logger.info("Task %s (%s) started", task_result.task_path, task_result.id)
    started = time.monotonic()
    if in_own_process:
        run_in_own_process(task_result)
    else:
        task_runner.run_task(task_result)
    duration = time.monotonic() - started
    if task_result.status == TaskResultStatus.SUCCESSFUL:
        logger.info(
            "Task %s (%s) finished in %.2f s", task_result.task_path, task_result.id, duration
        )
    else:
        # ERROR, not INFO: the development settings log warnings and above only, and a failed
        # rebake means readers see a stale page.
        logger.error(
            "Task %s (%s) failed after %.2f s with %s; the traceback is stored in its result",
            task_result.task_path,
            task_result.id,
            duration,
            task_result.exception_class_path,
        )
    return True


def run_in_own_process(task_result: DBTaskResult) -> None:
    """Run a claimed task in a new `masthead worker --run-task` process, and wait for it.

    The worker's threads poll the queue while a task runs; a full bake forks its renderers, and
    a child forked while another thread was inside a database call can hang for ever (see
    masthead.core.forking). The new process has one thread, so its forks are safe; and the
    memory a full bake gathers is returned when it ends.
    """
    command = [sys.executable, "-m", "masthead", "worker", f"--run-task={task_result.id}"]
    exit_code = subprocess.run(command, check=False).returncode
    with database_work():
        task_result.refresh_from_db()
        if task_result.status == TaskResultStatus.RUNNING:
            # Killed, or out of memory, before it could record anything.
            task_result.set_failed(
                ChildProcessError(f"The task's process ended with exit code {exit_code}")
            )


def run_claimed_task(task_id: str) -> bool:
    """Run a task that a worker claimed for this process (see `run_in_own_process`); return
    False when no such task is running."""
    try:
        task_result = DBTaskResult.objects.get(id=task_id, status=TaskResultStatus.RUNNING)
    except (DBTaskResult.DoesNotExist, ValidationError):
        return False
    interrupted = False

    def interrupt(signum, frame):
        # As in the worker (see `stop_on_signals`): Ctrl-C in the terminal of `masthead serve`
        # reaches this process too; only a second one interrupts the task.
        nonlocal interrupted
        if interrupted:
            raise KeyboardInterrupt
        interrupted = True
        logger.info("Received SIGINT: finishing task %s first (again to interrupt it)", task_id)

    signal.signal(signal.SIGINT, interrupt)
    task_runner_for(DEFAULT_POLL_INTERVAL).run_task(task_result)
    return True


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT set `stop`; a second SIGINT interrupts the running task."""
    # Python accepts signal handlers only in the main thread; elsewhere (a test, an embedding
    # server) whoever started the thread stops it through `stop`.
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum, frame):
        # Only a second Ctrl-C interrupts: Ctrl-C in the terminal of `masthead serve` reaches its
        # worker too, and serve's SIGTERM that follows must still let the running task finish.
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        logger.info("Received %s: stopping after the current task", signal.strsignal(signum))
        stop.set()

    previous = {signum: signal.signal(signum, handle) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
