"""Forking safely from a process whose other threads use the database.

A forked child gets a copy of its parent's memory, locks included, but only the thread that
forked: a lock another thread held at that instant (inside SQLite's or libpq's connect, say) stays
held in the child for ever, and the child hangs on its first connection. Seen in `masthead
worker`: a full bake's child hung in SQLite's connect while the worker's other threads polled the
queue. So the worker's threads do their database work inside `database_work()`, and code that
forks from a process that may have such threads asks `fork_allowed()` first.
"""

import ctypes
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_database_work = threading.Lock()
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


@contextmanager
def database_work() -> Iterator[None]:
    """Wrap a background thread's database calls: no fork of this process happens meanwhile."""
    with _database_work:
        yield


@contextmanager
def fork_allowed() -> Iterator[bool]:
    """Yield True when no other thread is inside `database_work()`, and keep them out until the
    block ends; yield False (without waiting) when one is: then do not fork."""
    acquired = _database_work.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            _database_work.release()


def die_with_parent(parent: int) -> None:
    """In a child forked by process `parent`: have the kernel kill it when its parent dies.

    `kill -9` of the baker must not leave children writing on: they would hold the bake lock,
    which they inherited, until they finished. A parent killed between the fork and this call
    sends nothing: the child then ends here (seen once: an orphaned bake child holding the
    full-bake lock, and every later bake waiting for it). Linux sends the signal when the
    thread that forked exits, not the process: a child forked from a short-lived thread dies
    with the thread.
    """
    try:
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass
    if os.getppid() != parent:
        os._exit(1)
