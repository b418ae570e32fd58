"""`masthead worker`: queued tasks survive until a worker runs them; scheduled pages go live."""

import datetime
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage
from django.utils import timezone
from django_tasks import TaskResultStatus, default_task_backend
from wagtail.tasks import delete_file_from_storage_task, update_reference_index_task

from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.tree import live_tree
from masthead.core.worker import run_worker
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "bulk"]}
}
# In-process tests are transactional: the worker claims each task in a transaction of its own, as
# it does in production, which a test wrapped in one transaction would not show.
in_database = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    """Tasks wait in the database for a worker, as in production, instead of running at once."""
    settings.TASKS = DATABASE_QUEUE


def file_to_delete(folder: Path, name: str = "old-rendition.jpg") -> Path:
    path = folder / name
    path.write_bytes(b"rendition")
    return path


def enqueue_deletion(path: Path):
    """Queue Wagtail's own task that deletes a file from storage (what deleting a photo does)."""
    storage = FileSystemStorage(location=str(path.parent))
    return delete_file_from_storage_task.enqueue(storage.deconstruct(), path.name)


@in_database
def test_an_enqueued_task_waits_in_the_queue_until_the_worker_runs_it(database_queue, tmp_path):
    path = file_to_delete(tmp_path)
    result = enqueue_deletion(path)

    assert path.exists()
    assert default_task_backend.get_result(result.id).status == TaskResultStatus.READY

    run_worker(once=True)

    assert not path.exists()
    assert default_task_backend.get_result(result.id).status == TaskResultStatus.SUCCESSFUL


@in_database
def test_a_failing_task_is_recorded_as_failed_and_the_next_task_still_runs(
    database_queue, tmp_path
):
    missing_page = update_reference_index_task.enqueue("wagtailcore", "page", "999999")
    path = file_to_delete(tmp_path)
    # A lower priority makes it run after the failing task, whatever their enqueue times.
    later = delete_file_from_storage_task.using(priority=-1).enqueue(
        FileSystemStorage(location=str(tmp_path)).deconstruct(), path.name
    )

    run_worker(once=True)

    failed = default_task_backend.get_result(missing_page.id)
    assert failed.status == TaskResultStatus.FAILED
    assert "Page matching query does not exist" in failed.errors[0].traceback
    assert default_task_backend.get_result(later.id).status == TaskResultStatus.SUCCESSFUL
    assert not path.exists()


@in_database
def test_a_running_worker_works_through_the_queue_and_stops_when_asked(database_queue, tmp_path):
    stop = threading.Event()
    paths = [file_to_delete(tmp_path, f"rendition-{n}.jpg") for n in range(3)]
    for path in paths:
        enqueue_deletion(path)
    # Only the event crosses threads; the worker and its database connection stay in this one.
    threading.Timer(2.0, stop.set).start()
    started = time.monotonic()

    run_worker(stop, poll_interval=0.05)

    assert time.monotonic() - started < 10
    assert not any(path.exists() for path in paths)


def schedule_article(newsroom, slug: str, go_live_at: datetime.datetime):
    """Create an article and schedule it, as an editor does with "Publish" and a go-live date."""
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics,
        lead_photo=newsroom.photo,
        headline=f"Scheduled: {slug}",
        slug=slug,
        live=False,
        go_live_at=go_live_at,
    )
    newsroom.archive.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live and article.scheduled_revision is not None
    return article


@in_database
def test_one_worker_pass_publishes_pages_that_fell_due_and_none_early(
    newsroom, database_queue, client
):
    due = schedule_article(newsroom, "due-now", timezone.now() + datetime.timedelta(seconds=1))
    tomorrow = schedule_article(
        newsroom, "due-tomorrow", timezone.now() + datetime.timedelta(days=1)
    )
    # The worker was down when the first article fell due.
    time.sleep(max((due.go_live_at - timezone.now()).total_seconds(), 0) + 0.1)

    run_worker(once=True)

    due.refresh_from_db()
    tomorrow.refresh_from_db()
    assert due.live
    assert client.get(due.url).status_code == 200
    assert not tomorrow.live
    assert tomorrow.scheduled_revision is not None
    assert client.get(tomorrow.url).status_code == 404


@in_database
def test_publishing_queues_the_rebake_and_the_worker_updates_the_baked_site(
    newsroom, settings, tmp_path
):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    # Real PDFs are tested in tests/printing; here they would only make every bake slow.
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }
    newsroom.publish_article(headline="Yesterday's story", slug="yesterday")
    bake_site()
    settings.TASKS = DATABASE_QUEUE

    article = newsroom.publish_article(headline="The budget is signed", slug="budget-signed")

    # Publishing returned without baking: the rebake waits for the worker.
    assert not (live_tree() / file_name_for(article.url)).exists()
    assert "The budget is signed" not in (live_tree() / "index.html").read_text()

    run_worker(once=True)

    assert "The budget is signed" in (live_tree() / file_name_for(article.url)).read_text()
    assert "The budget is signed" in (live_tree() / "index.html").read_text()


# The worker as operators run it: a separate process on the installation's SQLite file.


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory) -> Path:
    """A SQLite file with every table, made once: migrating takes half a minute."""
    var_dir = tmp_path_factory.mktemp("migrated-var")
    result = subprocess.run(
        [sys.executable, "-m", "masthead", "migrate", "--no-input", "-v0"],
        env=masthead_environment(var_dir),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return var_dir / "masthead.sqlite3"


@pytest.fixture
def var_dir(migrated_database, tmp_path) -> Path:
    """An installation's var/ folder with a migrated database of its own."""
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    # SQLite's backup copies a WAL database consistently; copying the file might not.
    with (
        closing(sqlite3.connect(migrated_database)) as source,
        closing(sqlite3.connect(var_dir / "masthead.sqlite3")) as copy,
    ):
        source.backup(copy)
    return var_dir


def masthead_environment(var_dir: Path) -> dict:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("SECRET_KEY", "DATABASE_URL") and not name.startswith("MASTHEAD_")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.dev",
        MASTHEAD_VAR_DIR=str(var_dir),
        MASTHEAD_LOG_LEVEL="INFO",
        # The queued task's module must be importable by the worker.
        PYTHONPATH=str(ROOT),
    )
    return environment


def run_python(var_dir: Path, code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a new process set up as the installation in `var_dir` is."""
    return subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + textwrap.dedent(code)],
        env=masthead_environment(var_dir),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def task_statuses(var_dir: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(var_dir / "masthead.sqlite3")) as database:
        return database.execute(
            "SELECT task_path, status FROM django_tasks_database_dbtaskresult"
        ).fetchall()


def test_masthead_worker_once_runs_the_queue_and_exits(var_dir, tmp_path):
    path = file_to_delete(tmp_path)
    enqueued = run_python(
        var_dir,
        f"""
        from pathlib import Path
        from tests.core.test_worker import enqueue_deletion
        enqueue_deletion(Path({str(path)!r}))
        """,
    )
    assert enqueued.returncode == 0, enqueued.stderr
    assert path.exists()

    worker = subprocess.run(
        [sys.executable, "-m", "masthead", "worker", "--once"],
        env=masthead_environment(var_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert worker.returncode == 0, worker.stderr
    assert not path.exists()
    assert task_statuses(var_dir) == [("wagtail.tasks.delete_file_from_storage_task", "SUCCESSFUL")]
    assert "Task wagtail.tasks.delete_file_from_storage_task" in worker.stderr
    assert "finished in" in worker.stderr


def test_a_worker_started_next_to_the_server_runs_its_tasks_and_stops_on_request(var_dir, tmp_path):
    path = file_to_delete(tmp_path)
    # This process plays `masthead serve`: it starts the worker, enqueues, then stops the worker.
    parent = run_python(
        var_dir,
        f"""
        import time
        from pathlib import Path
        from masthead.core.worker_process import start_worker_process, stop_worker_process
        from tests.core.test_worker import enqueue_deletion

        worker = start_worker_process(poll_interval=0.1)
        result = enqueue_deletion(Path({str(path)!r}))
        deadline = time.monotonic() + 60
        while result.status == "READY" or result.status == "RUNNING":
            assert time.monotonic() < deadline, "the worker did not run the task"
            time.sleep(0.1)
            result.refresh()
        print("task", result.status)
        stopping = time.monotonic()
        print("exit code", stop_worker_process(worker, timeout=20))
        print("stopped in", round(time.monotonic() - stopping))
        """,
    )

    assert parent.returncode == 0, parent.stderr
    assert "task SUCCESSFUL" in parent.stdout
    # 0, not -9: the worker stopped by itself on SIGTERM, well before it would be killed.
    assert "exit code 0" in parent.stdout
    assert int(parent.stdout.split("stopped in ")[1]) < 10
    assert not path.exists()
    assert "Received Terminated: stopping after the current task" in parent.stderr


@contextmanager
def running_worker(var_dir: Path, interval: float):
    """A real `masthead worker`, started and up (its first pass left a heartbeat), then stopped.

    Pages are scheduled only once it is up: how long Python takes to start on a busy machine is
    not what the tests measure.
    """
    worker = subprocess.Popen(
        [sys.executable, "-m", "masthead", "worker", f"--schedule-interval={interval}"],
        env=masthead_environment(var_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(worker, lambda: query(var_dir, "SELECT id FROM editorial_schedulerheartbeat"))
        yield worker
    finally:
        worker.terminate()
        # On SIGTERM the worker finishes the task it is running first.
        worker.wait(60)


def schedule_page(var_dir: Path, seconds: float, before: str = "") -> str:
    """Schedule a page `seconds` from now (after running `before`); return SQL naming its row."""
    scheduled = run_python(
        var_dir,
        before
        + f"""
import datetime
from django.utils import timezone
from wagtail.models import Page

page = Page(title="Due soon", slug="due-soon", live=False)
page.go_live_at = timezone.now() + datetime.timedelta(seconds={seconds})
Page.get_first_root_node().add_child(instance=page)
page.save_revision().publish()
print(page.pk)
""",
    )
    assert scheduled.returncode == 0, scheduled.stderr
    return "FROM wagtailcore_page WHERE id = " + str(int(scheduled.stdout.split()[-1]))


def assert_published_within(var_dir: Path, page: str, seconds: float) -> None:
    go_live_at, published_at = (
        # SQLite keeps Django's datetimes as ISO text in UTC.
        datetime.datetime.fromisoformat(value)
        for value in query(var_dir, f"SELECT go_live_at, last_published_at {page}")
    )
    assert go_live_at <= published_at <= go_live_at + datetime.timedelta(seconds=seconds)


def test_a_running_worker_publishes_a_scheduled_page_within_its_interval_and_not_before(var_dir):
    interval = 1
    with running_worker(var_dir, interval) as worker:
        page = schedule_page(var_dir, seconds=2)
        wait_for(worker, lambda: query(var_dir, f"SELECT id {page} AND live"))
    # Within the interval, and a second for the pass itself on a busy machine.
    assert_published_within(var_dir, page, interval + 1)


def test_a_long_task_does_not_hold_back_a_page_that_falls_due(var_dir):
    """A full rebake can take minutes; an article due meanwhile still goes live on time."""
    interval = 1
    with running_worker(var_dir, interval) as worker:
        page = schedule_page(
            var_dir,
            seconds=3,
            before="from tests.core.slow_task import keep_busy\nkeep_busy.enqueue(12)\n",
        )
        wait_for(worker, lambda: query(var_dir, f"SELECT id {page} AND live"))
        # The slow task was still running when the page went live.
        assert query(
            var_dir, "SELECT id FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
        )
    assert_published_within(var_dir, page, interval + 2)


def query(var_dir: Path, sql: str) -> tuple | None:
    with closing(sqlite3.connect(var_dir / "masthead.sqlite3")) as database:
        return database.execute(sql).fetchone()


def wait_for(worker: subprocess.Popen, condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert worker.poll() is None, worker.stderr.read()
        assert time.monotonic() < deadline, "the worker did not get there in time"
        time.sleep(0.1)


def test_a_full_rebake_on_the_bulk_queue_does_not_hold_back_other_tasks(var_dir):
    """An article's rebake must reach readers in seconds, even while the site is rebaked whole."""
    with running_worker(var_dir, interval=60) as worker:
        enqueued = run_python(
            var_dir,
            """
from tests.core.slow_task import keep_busy
keep_busy.using(queue_name="bulk").enqueue(12)
import time; time.sleep(1)
print(keep_busy.enqueue(0).id)
""",
        )
        assert enqueued.returncode == 0, enqueued.stderr
        quick = str(enqueued.stdout.split()[-1]).replace("-", "")
        statuses = "SELECT queue_name, status FROM django_tasks_database_dbtaskresult"

        wait_for(
            worker,
            lambda: query(var_dir, f"{statuses} WHERE id = '{quick}' AND status = 'SUCCESSFUL'"),
        )

        assert query(var_dir, f"{statuses} WHERE queue_name = 'bulk'") == ("bulk", "RUNNING")


def test_bulk_tasks_run_in_a_process_of_their_own_and_a_killed_one_is_recorded_as_failed(var_dir):
    """A full bake forks its renderers: from the worker, whose other threads use the database,
    a child could hang for ever (see masthead.core.forking), so bulk tasks run in a new process."""
    with running_worker(var_dir, interval=60) as worker:
        enqueued = run_python(
            var_dir,
            """
from tests.core.slow_task import die_abruptly, report_process
print(report_process.using(queue_name="bulk").enqueue().id)
print(die_abruptly.using(queue_name="bulk").enqueue().id)
""",
        )
        assert enqueued.returncode == 0, enqueued.stderr
        reporting, dying = (line.replace("-", "") for line in enqueued.stdout.split()[-2:])
        outcome = (
            "SELECT status, return_value, exception_class_path FROM "
            "django_tasks_database_dbtaskresult "
            "WHERE id = '{}' AND status IN ('SUCCESSFUL', 'FAILED')"
        )

        wait_for(worker, lambda: query(var_dir, outcome.format(dying)))
        wait_for(worker, lambda: query(var_dir, outcome.format(reporting)))

        status, process_id, _ = query(var_dir, outcome.format(reporting))
        assert status == "SUCCESSFUL" and int(process_id) != worker.pid
        status, _, exception = query(var_dir, outcome.format(dying))
        assert (status, exception) == ("FAILED", "builtins.ChildProcessError")
        assert worker.poll() is None, "the worker goes on"


def test_running_a_task_that_is_not_running_is_refused(var_dir):
    refused = subprocess.run(
        [sys.executable, "-m", "masthead", "worker", "--run-task=not-a-task"],
        env=masthead_environment(var_dir),
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0
    assert "No task with the id not-a-task is running." in refused.stderr
