"""`masthead worker`: run queued background tasks and publish scheduled pages on time."""

from django.core.management.base import BaseCommand, CommandError

from masthead.core.worker import DEFAULT_POLL_INTERVAL, run_claimed_task, run_worker


class Command(BaseCommand):
    help = (
        "Run queued background tasks (rebakes, Wagtail's own) and publish scheduled pages when "
        "they fall due. Stops after the current task on SIGTERM or Ctrl-C."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--poll-interval",
            type=float,
            default=DEFAULT_POLL_INTERVAL,
            help="Seconds to wait before looking again when the queue is empty (default "
            f"{DEFAULT_POLL_INTERVAL}): the longest a publication waits before its rebake starts.",
        )
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=60,
            help="Seconds between two looks for scheduled pages that are due (default 60).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Publish what is due, run every queued task, then exit (for cron and tests).",
        )

        parser.add_argument(
            "--run-task",
            metavar="ID",
            help="Run one task that a running worker has claimed, then exit: how the worker runs "
            "each task of the bulk queue (a full rebake) in a process of its own.",
        )

    def handle(self, *args, poll_interval, schedule_interval, once, run_task, **options):
        if run_task:
            if not run_claimed_task(run_task):
                raise CommandError(f"No task with the id {run_task} is running.")
            return
        if poll_interval <= 0 or schedule_interval <= 0:
            raise CommandError("--poll-interval and --schedule-interval must be more than 0.")
        run_worker(poll_interval=poll_interval, schedule_interval=schedule_interval, once=once)
