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


def output_of_forked(body) -> bytes:
    """Fork a child that runs `body(write)` and exits; return what it wrote (read until EOF)."""
    import os

    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            body(lambda data: os.write(writer, data))
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(reader, 1024):
        chunks.append(chunk)
    os.close(reader)
    return b"".join(chunks)


def test_a_child_whose_parent_is_alive_goes_on():
    import os

    from masthead.core.forking import die_with_parent

    def child(write):
        die_with_parent(os.getppid())
        write(b"alive")

    assert output_of_forked(child) == b"alive"


def test_a_child_whose_parent_died_before_it_asked_to_die_with_it_ends():
    # The kernel sends nothing for a parent that is already gone: `kill -9` of the baker just
    # after a fork left a child holding the bake lock for ever.
    import os
    import time

    from masthead.core.forking import die_with_parent

    def parent(write):
        parent_pid = os.getpid()
        if os.fork() == 0:
            time.sleep(0.3)  # its parent has exited by now
            die_with_parent(parent_pid)
            write(b"alive")
            os._exit(0)

    assert output_of_forked(parent) == b""
