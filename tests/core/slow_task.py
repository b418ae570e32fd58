"""Tasks for the worker's tests: one that keeps the worker busy, for the test that scheduled
publishing does not wait; others that show where a task runs and what a killed one leaves."""

import os
import signal
import time

from django_tasks import task


@task()
def keep_busy(seconds: float) -> None:
    time.sleep(seconds)


@task()
def report_process() -> int:
    """Return the id of the process the task runs in."""
    return os.getpid()


@task()
def die_abruptly() -> None:
    """End the task's process as the kernel does when it runs out of memory."""
    os.kill(os.getpid(), signal.SIGKILL)
