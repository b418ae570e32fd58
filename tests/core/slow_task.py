"""A task that keeps the worker busy, for the test that scheduled publishing does not wait."""

import time

from django_tasks import task


@task()
def keep_busy(seconds: float) -> None:
    time.sleep(seconds)
