"""Starting and stopping `masthead worker` as a child process, without Django: `masthead serve`
does it from a process that never loads Django (see masthead.baking.server)."""

import logging
import os
import subprocess
import sys

logger = logging.getLogger(__name__)
# A publication waits for at most this long before its rebake starts; an idle look at the queue
# is one indexed query, so five a second cost nothing noticeable.
DEFAULT_POLL_INTERVAL = 0.2


def start_worker_process(
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    schedule_interval: float = 60,
    settings_module: str | None = None,
) -> subprocess.Popen:
    """Start `masthead worker` as a child process with this process's environment, and
    `settings_module` as its settings when given (else DJANGO_SETTINGS_MODULE's).

    For a single-machine newsroom, `masthead serve` runs the worker next to the web server:

        worker = start_worker_process()
        try:
            Granian(...).serve()
        finally:
            stop_worker_process(worker)

    The child logs to the same stdout and stderr. A newsroom that runs the worker as its own
    service (see docs/operators) must not start a second one here: both would work, but two
    schedulers and pollers cost more than they bring.
    """
    environment = {**os.environ}
    if settings_module:
        environment["DJANGO_SETTINGS_MODULE"] = settings_module
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "masthead",
            "worker",
            f"--poll-interval={poll_interval}",
            f"--schedule-interval={schedule_interval}",
        ],
        env=environment,
    )


def stop_worker_process(process: subprocess.Popen, timeout: float = 30) -> int:
    """Ask the worker to stop (SIGTERM); kill it if it is still busy after `timeout` seconds.

    Returns the worker's exit code. The worker finishes the task it is running first, so the
    timeout should cover the longest task (a full rebake) when stopping is not urgent.
    """
    if process.poll() is None:
        process.terminate()
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            logger.warning("The worker did not stop within %s s; killing it", timeout)
            process.kill()
    return process.wait()
