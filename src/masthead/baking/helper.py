"""A second process that renders a share of each rebake's pages, kept from one rebake to the next.

A publication rebakes some 25 URLs: about 230 ms of rendering in one process at 20,000 articles.
A child forked for each rebake brought that to about 175 ms, not half: the fork of a large worker
took ~10 ms, and the child spent ~50 ms more CPU on its share than the parent would have (its
first writes to every memory page it touched copy the page; it opens its own database
connection). A helper forked once pays those once.

The helper carries the fragments it renders (teasers, feed entries, sitemap entries: carry.py)
like its parent does, in its own memory, and sends back what it rendered, so the parent carries
all of them: either process can render any page of the next rebake. It follows the parent's
content generation, sent with each request, so both drop their fragments together.

It exits when its parent closes the pipe, when its parent dies (the kernel kills it), and after
`IDLE_SECONDS` without a request. It is a copy of the worker that drifts from it as it renders:
measured on the demo, 138 MB RSS and 111 MB PSS of its own after three publications, on top of
the worker's 190 MB. Worth keeping through a burst of publications (a breaking story and its
updates), not between them; the next rebake after a quiet spell forks another, which costs
what a fork per rebake did.
"""

import gc
import logging
import multiprocessing
import os
import pickle
import select
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.core.signals import setting_changed
from django.db import connections
from django.dispatch import receiver

from masthead.baking.carry import carried_fragments, carried_part, keep_rendered
from masthead.core.forking import die_with_parent, fork_allowed

logger = logging.getLogger(__name__)

IDLE_SECONDS = 120
# How long the parent waits for the helper's share before rendering it itself: far more than any
# page takes, scaled for the rare rebake of thousands of pages (a section renamed).
REPLY_SECONDS = 60
REPLY_SECONDS_PER_URL = 1


class RenderHelper:
    """The parent's side: `send()` a share of URLs, render its own, then `receive()`."""

    def __init__(self, pid: int, requests, replies, next_url):
        self.pid = pid
        self.next_url = next_url
        self.owner = os.getpid()
        self.requests = requests
        self.replies = replies
        self.waiting_for = 0

    @classmethod
    def start(cls) -> "RenderHelper | None":
        """Fork a helper; None when this process may not fork now (see masthead.core.forking)."""
        with fork_allowed() as allowed:
            if not allowed:
                return None
            # The helper opens its own database connections; inherited ones must not be shared.
            connections.close_all()
            # In memory both processes share: the index of the next URL of a shared request.
            next_url = multiprocessing.get_context("fork").Value("i", 0)
            request_reader, request_writer = os.pipe()
            reply_reader, reply_writer = os.pipe()
            parent = os.getpid()
            pid = os.fork()
            if pid == 0:
                os.close(request_writer)
                os.close(reply_reader)
                serve(parent, request_reader, reply_writer, next_url)  # never returns
        os.close(request_reader)
        os.close(reply_writer)
        return cls(pid, os.fdopen(request_writer, "wb"), os.fdopen(reply_reader, "rb"), next_url)

    def alive(self) -> bool:
        try:
            return os.waitpid(self.pid, os.WNOHANG) == (0, 0)
        except ChildProcessError:
            return False

    def send(
        self, tree: Path, urls: list[str], memo: dict, generation: str, rebake: str, shared: bool
    ) -> bool:
        """Ask for `urls` to be rendered with `memo` (a plan's lookups) in `generation`, for
        the rebake named `rebake` (its requests are rendered with the carried fragments checked
        once). When `shared`, the helper renders only the URLs it takes with `claimed()`, and the
        parent takes the others the same way."""
        if shared:
            self.next_url.value = 0
        request = (tree, urls, memo, generation, rebake, shared)
        try:
            pickle.dump(request, self.requests, pickle.HIGHEST_PROTOCOL)
            self.requests.flush()
        except OSError:
            self.stop()
            return False
        self.waiting_for = len(urls)
        return True

    def receive(self):
        """Return (files, assets, report, carried fragments) of the share sent, or None when the
        helper failed, died or took too long (it is then stopped: the parent renders the share)."""
        timeout = REPLY_SECONDS + REPLY_SECONDS_PER_URL * self.waiting_for
        try:
            if select.select([self.replies], [], [], timeout)[0]:
                reply = pickle.load(self.replies)
                if reply is not None:
                    return reply
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
        logger.error("The render helper did not render its share; the rebake renders it itself")
        self.stop()
        return None

    def stop(self) -> None:
        for pipe in (self.requests, self.replies):
            try:
                pipe.close()
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def claimed(urls: list[str], next_url, taken: list[str] | None = None) -> Iterator[str]:
    """Yield the URLs of `urls` that this process takes, one at a time as it goes, from a
    shared index; list them in `taken`."""
    while True:
        with next_url.get_lock():
            index = next_url.value
            next_url.value = index + 1
        if index >= len(urls):
            return
        if taken is not None:
            taken.append(urls[index])
        yield urls[index]


def serve(parent: int, request_fd: int, reply_fd: int, next_url) -> None:
    """The helper's life: render each share it is sent until its parent goes or it idles."""
    die_with_parent(parent)
    # No collection pauses a render (as in the parent's rebake, bake.collection_deferred): the
    # helper collects its garbage once a second has passed without a request, between
    # publications. After each reply would be too soon: a rebake may send a second request
    # right away, and a full collection takes 100-300 ms.
    gc.disable()
    try:
        with os.fdopen(request_fd, "rb") as requests, os.fdopen(reply_fd, "wb") as replies:
            garbage = False
            last_rebake = None
            # One request at a time: the parent sends the next only after reading the reply.
            while True:
                if not select.select([requests], [], [], 1 if garbage else IDLE_SECONDS)[0]:
                    if not garbage:
                        break
                    gc.collect()
                    garbage = False
                    continue
                try:
                    tree, urls, memo, generation, rebake, shared = pickle.load(requests)
                except EOFError:
                    break
                share = render_share(
                    tree,
                    claimed(urls, next_url) if shared else urls,
                    memo,
                    generation,
                    check=rebake != last_rebake,
                )
                pickle.dump(share, replies)
                replies.flush()
                garbage = True
                last_rebake = rebake
    except Exception:
        logger.exception("The render helper stopped")
    finally:
        os._exit(0)


def render_share(tree: Path, urls: Iterable[str], memo: dict, generation: str, check: bool):
    from masthead.baking.bake import BakeReport, rendered_files

    try:
        generation, fragments = carried_fragments(generation, check)
        report = BakeReport(tree=tree)
        rendered = {}
        files, assets = rendered_files(urls, report, {**fragments, **memo}, rendered.update)
    except Exception:
        logger.exception("The render helper failed")
        return None
    keep_rendered(rendered, generation)
    return files, assets, report, carried_part(rendered)


_helper: RenderHelper | None = None


def render_helper() -> RenderHelper | None:
    """This process's helper, started if it has none or its helper has exited."""
    global _helper
    if _helper is not None and (_helper.owner != os.getpid() or not _helper.alive()):
        # A forked child does not use its parent's helper.
        if _helper.owner == os.getpid():
            _helper.stop()
        _helper = None
    if _helper is None:
        _helper = RenderHelper.start()
    return _helper


@receiver(setting_changed)
def stop_render_helper(**kwargs) -> None:
    """Stop this process's helper: it was forked with the settings of then (tests change them)."""
    global _helper
    if _helper is not None and _helper.owner == os.getpid():
        _helper.stop()
    _helper = None
