"""A process forks only while none of its other threads is inside a database call."""

import threading

from masthead.core.forking import database_work, fork_allowed


def in_database_work(entered: threading.Event, leave: threading.Event) -> threading.Thread:
    def work():
        with database_work():
            entered.set()
            leave.wait(10)

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_no_fork_while_another_thread_works_with_the_database():
    entered, leave = threading.Event(), threading.Event()
    thread = in_database_work(entered, leave)
    assert entered.wait(10)
    try:
        with fork_allowed() as allowed:
            assert not allowed
    finally:
        leave.set()
        thread.join()


def test_other_threads_wait_for_the_fork_before_working_with_the_database():
    entered, leave = threading.Event(), threading.Event()
    leave.set()
    with fork_allowed() as allowed:
        assert allowed
        thread = in_database_work(entered, leave)
        assert not entered.wait(0.3), "it entered while the fork was allowed"
    assert entered.wait(10)
    thread.join()
