"""Render the public site through Django's full request handler into a new tree, then switch.

`bake_site()` is what the `bake` command, tests and (later) publishing call. Readers never wait
for it: they are served the previous complete tree until the new one is switched in atomically.
"""

import fcntl
import functools
import gc
import logging
import multiprocessing
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import brotli
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.db import connection, connections
from django.dispatch import receiver
from django.test import Client
from django.test.client import ClientHandler
from zlib_ng import gzip_ng

from masthead.articles.models import remember_articles
from masthead.baking.carry import carried_fragments, fragments_only, keep_fragments
from masthead.baking.helper import claimed, render_helper
from masthead.baking.listings import remember_everything
from masthead.baking.paths import (
    RebakePlan,
    page_urls,
    public_pages,
    site_files,
    site_redirects,
)
from masthead.baking.replay import (
    FULL_BAKE_LOCK_NAME,
    end_replay_log,
    plans_to_replay,
    record_for_replay,
    start_replay_log,
)
from masthead.baking.state import recorded_bake
from masthead.baking.tree import (
    COMPRESSIBLE_SUFFIXES,
    LOCK_NAME,
    NOT_FOUND_PAGE,
    TRASH_DIR,
    TREES_KEPT,
    change_files,
    committed_files,
    data_entry,
    empty_trash,
    live_tree,
    new_tree_path,
    set_aside_trees,
    settle_journal,
    site_dir,
    switch_live,
    write_manifest,
)
from masthead.core.forking import die_with_parent
from masthead.core.memo import SHARED_MEMO_KEY, within_bake
from masthead.core.models import ArticleListingPage, remember_listing_sizes, remember_routes

logger = logging.getLogger(__name__)

# Brotli's quality 11 takes ~100 ms on a 32 KB page against under 1 ms at 6, for ~12% fewer
# bytes: pages, baked by the thousand and on every publish, use 6; the few static assets, 11.
PAGE_BROTLI_QUALITY = 6
ASSET_BROTLI_QUALITY = 11
# zlib-ng's 6 makes files as small as zlib's 9 (0.8% larger) in half the time of zlib's 6.
GZIP_LEVEL = 6
# A rebake with at least this many URLs renders them in two processes (see `RebakeRendering`).
REBAKE_SPLIT_AT = 8
# Any address no page can have: rendering it gives the site's own 404 page.
NOT_FOUND_PROBE = "/.masthead-bake/not-found/"
ASSET_REFERENCE = re.compile(rb'(?:src|href|srcset)="([^"]+)"')
# Link previews and JSON-LD name images by absolute address (og:image, a logo's "url"): files of
# the site that only these name must be baked too.
ABSOLUTE_ASSET_REFERENCE = re.compile(rb'(?:content="|"(?:url|contentUrl)":")(https?://[^"\\]+)"')
# URLs a process of a full bake claims at a time (see `TaskClaims`): few enough that the processes
# finish together (an article takes ~18 ms, a feed ~3 ms).
URLS_PER_TASK = 16


class BakeError(Exception):
    """The bake could not finish; the previous tree is still live."""


@dataclass
class BakeReport:
    tree: Path
    pages: int = 0
    files: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    # For a rebake: when its pages were live (seconds from its start), before PDFs followed.
    live_seconds: float = 0.0
    # For a full bake: {file name: manifest entry} of every file written into the new tree.
    listed: dict[str, dict] = field(default_factory=dict)

    def absorb(self, other: "BakeReport") -> None:
        """Count what `other` did (a part of this bake) as this report's own."""
        self.pages += other.pages
        self.files += other.files
        self.failures += other.failures
        self.listed.update(other.listed)


def file_name_for(url_path: str) -> str:
    """Return the tree-relative file for a URL path: folders get `index.html`."""
    path = unquote(urlsplit(url_path).path)
    parts = [part for part in path.split("/") if part]
    if any(part in (".", "..") or "\x00" in part or "\\" in part for part in parts):
        raise ValueError(f"unsafe path for a baked file: {url_path!r}")
    return "/".join([*parts, "index.html"]) if path.endswith("/") else "/".join(parts)


def referenced_assets(html: bytes) -> set[str]:
    """Return the /static/ and /media/ paths a page refers to (src, href, srcset)."""
    found = set()
    for value in ASSET_REFERENCE.findall(html):
        for candidate in value.decode("utf-8", "replace").split(","):
            url = candidate.strip().split(" ")[0]
            path = urlsplit(url).path
            if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
                found.add(path)
    site_host = urlsplit(settings.MASTHEAD_SITE_URL).netloc
    for value in ABSOLUTE_ASSET_REFERENCE.findall(html):
        url = urlsplit(value.decode("utf-8", "replace"))
        if url.netloc == site_host and url.path.startswith(
            (settings.STATIC_URL, settings.MEDIA_URL)
        ):
            found.add(url.path)
    return found


def asset_source(url_path: str) -> Path | None:
    """Return the file on disk behind a /static/ or /media/ URL path, or None."""
    path = unquote(url_path)
    if path.startswith(settings.STATIC_URL):
        relative = path.removeprefix(settings.STATIC_URL)
        found = finders.find(relative)
        candidates = [Path(found)] if found else []
        if Path(settings.STATIC_ROOT).exists():
            candidates.append(Path(staticfiles_storage.path(relative)))
    else:
        candidates = [Path(default_storage.path(path.removeprefix(settings.MEDIA_URL)))]
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def compressed_variants(name: str, data: bytes, *, brotli_quality: int) -> dict[str, bytes]:
    """Return a file and, for text types, its `.gz` and `.br` siblings: {name: content}."""
    if Path(name).suffix not in COMPRESSIBLE_SUFFIXES:
        return {name: data}
    return {
        name: data,
        name + ".gz": gzip_ng.compress(data, GZIP_LEVEL, mtime=0),
        name + ".br": brotli.compress(data, quality=brotli_quality),
    }


def variant_names(name: str) -> list[str]:
    if Path(name).suffix in COMPRESSIBLE_SUFFIXES:
        return [name, name + ".gz", name + ".br"]
    return [name]


class PreviousTree:
    """The tree a full bake replaces, from which a file whose content has not changed takes
    its compressed siblings instead of compressing again: most pages of a bake are the same
    bytes as in the last one, and compressing them was a tenth of a bake's time.

    A sibling is taken only if it holds what the old manifest says, which was made from the
    same bytes: a rebake changing the old tree meanwhile (rebakes go on during a full bake)
    makes it compress instead. Copied, not hard-linked: trees share no file.
    """

    def __init__(self, tree: Path | None):
        self.tree = tree
        try:
            self.files = committed_files(tree) if tree is not None else {}
        except (OSError, ValueError, KeyError):
            self.files = {}  # a tree without a readable manifest: compress everything

    def siblings(self, name: str, data: bytes) -> dict[str, bytes] | None:
        """Return the old tree's `.gz` and `.br` of `name` if it held the same `data`."""
        old = self.files.get(name)
        if old is None or len(variant_names(name)) == 1 or old != data_entry(data):
            return None
        found = {}
        for sibling in variant_names(name)[1:]:
            try:
                content = (self.tree / sibling).read_bytes()
            except OSError:
                return None
            if data_entry(content) != self.files.get(sibling):
                return None
            found[sibling] = content
        return found


def variants_of(
    name: str, data: bytes, brotli_quality: int, previous: PreviousTree | None
) -> dict[str, bytes]:
    """Return `compressed_variants`, the siblings taken from `previous` where it has them."""
    reused = previous.siblings(name, data) if previous is not None else None
    if reused:
        return {name: data, **reused}
    return compressed_variants(name, data, brotli_quality=brotli_quality)


def write_file(
    tree: Path,
    name: str,
    data: bytes,
    *,
    brotli_quality=PAGE_BROTLI_QUALITY,
    listed=None,
    previous: PreviousTree | None = None,
) -> int:
    """Write one file of a tree that is not live yet, with its siblings; return how many.

    Each file's manifest entry goes into `listed` when given: the manifest then need not read
    back what was just written. Siblings come from `previous` where it has them.
    """
    variants = variants_of(name, data, brotli_quality, previous)
    (tree / name).parent.mkdir(parents=True, exist_ok=True)
    for variant, content in variants.items():
        (tree / variant).write_bytes(content)
        if listed is not None:
            listed[variant] = data_entry(content)
    return len(variants)


@contextmanager
def bake_lock(root: Path | None = None, name: str = LOCK_NAME):
    """Hold the site's bake lock: changes to the live tree, and switches, one at a time.

    A full bake holds it only to start and to switch; it holds `FULL_BAKE_LOCK_NAME` throughout.
    """
    root = root or site_dir()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / name, "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


@functools.cache
def bake_handler() -> ClientHandler:
    """The request handler, middleware loaded, that every bake client of this process shares:
    loading it takes 10 ms (WhiteNoise lists every static file), twice per publish otherwise."""
    handler = ClientHandler(enforce_csrf_checks=False)
    handler.load_middleware()
    return handler


@receiver(setting_changed)
def forget_bake_handler(**kwargs):
    # Middleware reads settings when it is loaded (tests change them).
    bake_handler.cache_clear()


def bake_client(memo: dict | None = None) -> Client:
    """A client that asks for pages by the public site's host name, through every middleware.

    Its requests share one memo (see masthead.core.memo): they render one unchanging site. It
    starts with a copy of `memo`: what the caller already looked up for them.
    """
    host = urlsplit(settings.MASTHEAD_SITE_URL).netloc or "localhost"
    client = Client(
        HTTP_HOST=host, raise_request_exception=False, **{SHARED_MEMO_KEY: dict(memo or {})}
    )
    client.handler = bake_handler()
    return client


def render_pages(urls, report: BakeReport, memo: dict | None = None, client=None):
    """Render each URL through Django; yield (file name, body) for each page that rendered.

    A page that fails is reported and skipped, so its previous version stays where it is.
    """
    client = client or bake_client(memo)
    for url in urls:
        name = file_name_for(url)
        response = client.get(url)
        if response.status_code != 200:
            report.failures.append((url, f"HTTP {response.status_code}"))
            logger.error("Baking %s failed with HTTP %s", url, response.status_code)
            continue
        report.pages += 1
        yield name, b"".join(response.streaming_content) if response.streaming else response.content


def rendered_files(urls, report: BakeReport, memo: dict | None = None, rendered_memo=None):
    """Render `urls`; return their files with compressed siblings, and the assets they use.

    `rendered_memo(memo)` is called with the memo of the renders when they are done."""
    files: dict[str, bytes] = {}
    assets: set[str] = set()
    client = bake_client(memo)
    for name, body in render_pages(urls, report, client=client):
        files.update(compressed_variants(name, body, brotli_quality=PAGE_BROTLI_QUALITY))
        if name.endswith(".html"):
            assets |= referenced_assets(body)
    if rendered_memo is not None:
        rendered_memo(client.defaults[SHARED_MEMO_KEY])
    return files, assets


def spare_core() -> bool:
    """True when a core is idle now (Linux: fewer runnable processes than cores, this one
    included; elsewhere the load average)."""
    cores = os.cpu_count() or 1
    try:
        with open("/proc/stat") as stat:
            for line in stat:
                if line.startswith("procs_running "):
                    return int(line.split()[1]) < cores
    except OSError:
        pass
    return os.getloadavg()[0] < cores - 1


class RebakeRendering:
    """Renders a rebake's pages with what earlier rebakes carried (carry.py), and carries on
    what it renders.

    In two processes when a core is idle and it is safe (see `render_tree`): this process and
    the render helper (helper.py) take the URLs one by one from a counter they share, so they
    finish together however the pages' costs fall. The helper may start before the plan is
    resolved, on the pages that need nothing resolving looks up (`start()`): resolving takes
    ~45 ms it would otherwise wait through. On a busy machine a second process only delays
    the others.
    """

    def __init__(self, report: BakeReport):
        self.report = report
        self.generation, self.fragments = carried_fragments()
        self.keep = functools.partial(keep_fragments, generation=self.generation)
        bake_handler()  # loaded before the helper is forked, for both
        self.helper = (
            render_helper()
            if settings.MASTHEAD_BAKE_PROCESSES >= 2
            and not connection.in_atomic_block
            and spare_core()
            else None
        )
        self.started: list[str] = []
        self.name = uuid.uuid4().hex

    def start(self, urls: list[str]) -> None:
        """Have the helper render `urls` now: pages the resolved plan will name, that need none
        of its lookups."""
        if self.helper and urls and self.send(urls, {}, shared=False):
            self.started = urls

    def render(self, urls: list[str], memo: dict) -> tuple[dict[str, bytes], set[str]]:
        """Render `urls` (with `memo`: what the plan looked up); return their files and assets."""
        files: dict[str, bytes] = {}
        assets: set[str] = set()
        if self.started:
            # Taken before sending more: a helper blocked on writing a large reply would not
            # read the next request.
            started_files: dict[str, bytes] = {}
            if self.received(self.helper.receive(), started_files, assets):
                # Only what the plan still wants: an article unpublished since it was started
                # is not written back.
                wanted = [url for url in self.started if url in urls]
                for url in wanted:
                    for name in variant_names(file_name_for(url)):
                        if name in started_files:
                            files[name] = started_files[name]
                urls = [url for url in urls if url not in wanted]
        local_memo = {**self.fragments, **memo}
        shared = (
            self.helper is not None
            and len(urls) >= REBAKE_SPLIT_AT
            and self.send(urls, memo, shared=True)
        )
        mine: list[str] = []
        rendered = rendered_files(
            claimed(urls, self.helper.next_url, mine) if shared else urls,
            self.report,
            local_memo,
            self.keep,
        )
        files.update(rendered[0])
        assets |= rendered[1]
        if shared and not self.received(self.helper.receive(), files, assets):
            taken = set(mine)
            theirs = [url for url in urls if url not in taken]
            rendered = rendered_files(theirs, self.report, local_memo, self.keep)
            files.update(rendered[0])
            assets |= rendered[1]
        return files, assets

    def send(self, urls: list[str], memo: dict, shared: bool) -> bool:
        return self.helper.send(self.report.tree, urls, memo, self.generation, self.name, shared)

    def received(self, reply, files: dict[str, bytes], assets: set[str]) -> bool:
        """Take in the helper's reply; False when it failed (its pages are then rendered here)."""
        if reply is None:
            self.helper = None
            return False
        helper_files, helper_assets, helper_report, helper_fragments = reply
        files.update(helper_files)
        assets |= helper_assets
        self.report.pages += helper_report.pages
        self.report.failures += helper_report.failures
        self.keep(helper_fragments)
        # The rest of this rebake's pages use them too (the new article's teaser, say).
        self.fragments.update(fragments_only(helper_fragments))
        return True


def asset_files(
    assets: set[str], present, report: BakeReport, previous: PreviousTree | None = None
) -> dict[str, bytes]:
    """Return the static and media files pages refer to that `present(name)` does not have
    (their siblings taken from `previous` where it has them)."""
    files = {}
    for asset in sorted(assets):
        name = file_name_for(asset)
        if present(name):
            continue
        source = asset_source(asset)
        if source is None:
            report.failures.append((asset, "referenced file not found"))
            continue
        files.update(variants_of(name, source.read_bytes(), ASSET_BROTLI_QUALITY, previous))
    return files


def redirect_page(target: str) -> bytes:
    """A page for an address Wagtail redirects: static hosts cannot send a 301 from a file."""
    url = escape(target)
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={url}"><link rel="canonical" href="{url}">'
        f'<meta name="robots" content="noindex"><title>{url}</title></head>'
        f'<body><p><a href="{url}">{url}</a></p></body></html>'
    ).encode()


def render_chunk(
    tree: Path, urls: list[str], client=None, previous: PreviousTree | None = None
) -> tuple[BakeReport, set[str]]:
    """Render `urls` into a tree that is not live yet; return the report and assets used."""
    report = BakeReport(tree=tree)
    assets: set[str] = set()
    client = client or bake_client()
    remember_articles(client.defaults[SHARED_MEMO_KEY], urls)
    for name, body in render_pages(urls, report, client=client):
        report.files += write_file(tree, name, body, listed=report.listed, previous=previous)
        if name.endswith(".html"):
            assets |= referenced_assets(body)
    return report, assets


class TaskClaims:
    """Which process of a full bake renders which task, decided as they go.

    Each process starts at the beginning of its own share of the tasks and takes them in order:
    neighbours (a listing's pages and feeds, one edition's articles) are then rendered by one
    process, which looks up what they share once (see masthead.core.memo); handed out in turn,
    each process looked up nearly everything. One that finds its next task taken takes the
    middle of the longest run of tasks left untaken, so that all finish together.
    """

    def __init__(self, count: int, processes: int):
        context = multiprocessing.get_context("fork")
        self.taken = context.Array("b", count)  # its lock guards both arrays
        self.next_task = context.Array(
            "l", [count * share // processes for share in range(processes)], lock=False
        )

    def next(self, share: int) -> int | None:
        """Claim the next task for process number `share`; None when none is left."""
        with self.taken.get_lock():
            task = self.next_task[share]
            if task >= len(self.taken) or self.taken[task]:
                run = self.longest_untaken_run()
                if run is None:
                    return None
                task = (run[0] + run[1]) // 2
            self.taken[task] = 1
            self.next_task[share] = task + 1
            return task

    def longest_untaken_run(self) -> tuple[int, int] | None:
        longest, start = None, None
        for index, taken in enumerate([*self.taken[:], 1]):
            if not taken and start is None:
                start = index
            elif taken and start is not None:
                if longest is None or index - start > longest[1] - longest[0]:
                    longest = (start, index)
                start = None
        return longest


def render_share(
    tree: Path,
    tasks: list[list[str]],
    claims: TaskClaims,
    share: int,
    lookups,
    previous: PreviousTree | None = None,
):
    """In a forked process of `render_tree`: render the tasks `claims` gives process number
    `share`, with one client (one memo) for all; return one report and the assets used."""
    # What this process inherited lives as long as it does: left to the collector, each full
    # collection walked all of it (0.1-0.2 s at a time, for 1,000 articles), writing to every
    # object and so copying each memory page it shares with the parent.
    gc.freeze()
    client = bake_client(lookups)
    report, assets = BakeReport(tree=tree), set()
    while (task := claims.next(share)) is not None:
        task_report, task_assets = render_chunk(tree, tasks[task], client, previous)
        report.absorb(task_report)
        assets |= task_assets
    return report, assets


class ForkedJob:
    """`function(*args)` run in a forked child while the baker goes on: `result()` waits for it
    and returns what it returned, or raises what it raised; `stop()` ends it.

    Inside a transaction (a test, a caller's atomic block) a child could not see uncommitted
    pages, so a job that reads the database runs here and now instead.
    """

    def __init__(self, function, *args, reads_database: bool = True):
        self.process = None
        if reads_database and connection.in_atomic_block:
            self.value = function(*args)
            return
        if reads_database:
            # The child opens its own connections; inherited ones must not be shared.
            connections.close_all()
        context = multiprocessing.get_context("fork")
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(
            target=run_forked_job, args=(os.getpid(), sender, function, args), daemon=True
        )
        self.process.start()
        sender.close()

    def result(self):
        if self.process is None:
            return self.value
        try:
            # Before joining: a child blocks until a large result has been read.
            succeeded, value = self.receiver.recv()
        except EOFError:
            succeeded, value = False, BakeError(f"A baking process died ({self.process.name}).")
        self.process.join()
        self.process = None
        self.value = value
        if not succeeded:
            raise value
        return value

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = None


def run_forked_job(parent: int, sender, function, args) -> None:
    die_with_parent(parent)
    try:
        outcome = (True, function(*args))
    except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
        outcome = (False, error)
    sender.send(outcome)


def bake_extras(
    tree: Path,
    page_url_set: set[str],
    listings,
    not_found: bytes,
    previous: PreviousTree,
    lookups: dict,
) -> BakeReport:
    """Remember the listings (see listings.py) and write what a full bake adds to its URLs:
    redirect pages, the 404 page and the assets it uses (the stylesheet and scripts of every
    page, whose brotli at its best quality takes a while)."""
    # With the bake's lookups: every article's address and the view restrictions are known.
    with within_bake(lookups):
        remember_everything(tree, listings)
    report = BakeReport(tree=tree)
    for old_path, target in site_redirects(page_url_set).items():
        report.files += write_file(
            tree,
            file_name_for(old_path),
            redirect_page(target),
            listed=report.listed,
            previous=previous,
        )
    report.files += write_file(
        tree, NOT_FOUND_PAGE, not_found, listed=report.listed, previous=previous
    )
    write_assets(tree, referenced_assets(not_found), report, previous)
    return report


def write_assets(
    tree: Path, assets: set[str], report: BakeReport, previous: PreviousTree | None = None
) -> None:
    """Write the static and media files of `assets` that `report` has not listed yet."""
    present = report.listed.__contains__
    for name, content in asset_files(assets, present, report, previous).items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(content)
        report.listed[name] = data_entry(content)
        report.files += 1


def render_tree(
    tree: Path,
    urls: list[str],
    report: BakeReport,
    lookups: dict,
    previous: PreviousTree | None = None,
) -> set[str]:
    """Render every URL into `tree`, in several processes when that is safe; return assets.

    `lookups`: what the bake looked up before rendering (see `bake_site`); `previous`: the tree
    it replaces (see `PreviousTree`)."""
    processes = min(settings.MASTHEAD_BAKE_PROCESSES, max(1, len(urls) // 20))
    if processes <= 1 or connection.in_atomic_block:
        # Inside a transaction (a test, a caller's atomic block) other processes could not
        # see the uncommitted pages, so render them here.
        chunks = [render_chunk(tree, urls, bake_client(lookups), previous)]
    else:
        tasks = [urls[n : n + URLS_PER_TASK] for n in range(0, len(urls), URLS_PER_TASK)]
        claims = TaskClaims(len(tasks), processes)
        jobs = [
            ForkedJob(render_share, tree, tasks, claims, share, lookups, previous)
            for share in range(processes)
        ]
        try:
            chunks = [job.result() for job in jobs]
        finally:
            for job in jobs:
                job.stop()
    assets: set[str] = set()
    for chunk_report, chunk_assets in chunks:
        report.absorb(chunk_report)
        assets |= chunk_assets
    return assets


def abandon(tree: Path, error: OSError) -> BakeError:
    shutil.rmtree(tree, ignore_errors=True)
    return BakeError(
        f"The bake stopped ({error.strerror or error}); the site still serves the previous "
        "version. Free some disk space or check permissions, then bake again."
    )


def bake_site(root: Path | None = None, description: str = "Whole site") -> BakeReport:
    """Bake every public URL into a new tree and make it live; keep the old one on failure.

    Rebakes go on meanwhile (see replay.py): readers do not wait minutes for a publication.
    """
    started = time.perf_counter()
    root = root or site_dir()
    with (
        bake_lock(root, FULL_BAKE_LOCK_NAME),
        recorded_bake(kind="full", description=description) as run,
    ):
        with bake_lock(root):
            # With the new tree, TREES_KEPT once it is live; fewer on disk while it is built.
            set_aside_trees(root, keep=TREES_KEPT - 1)
            previous = live_tree(root)
            tree = new_tree_path(root)
            tree.mkdir(parents=True)
            # Before reading the database: a change committed after this is replayed.
            replay_log = start_replay_log(root, tree)
        # Thousands of files: on a busy disk seconds, which the bake need not wait for.
        emptying_trash = (
            ForkedJob(empty_trash, root, reads_database=False)
            if (root / TRASH_DIR).exists()
            else None
        )
        report = BakeReport(tree=tree)
        extras = None
        try:
            # Made as the bake's own lookups, which its renderers start with: the view
            # restrictions read once, and each listing's size.
            lookups = {}
            with within_bake(lookups):
                pages = list(public_pages())
                remember_listing_sizes(lookups, pages)
                urls = [url for page in pages for url in page_urls(page)]
            remember_routes(lookups, pages)
            # In another process while the pages render. The listings are remembered first: what
            # a rebake compares with had better not be newer than the pages baked (changes since
            # the bake started are replayed, see replay.py).
            listings = [page for page in pages if isinstance(page, ArticleListingPage)]
            # Rendered here, before forking: the children then share its compiled templates
            # and loaded translations instead of each making its own.
            not_found = bake_client(lookups).get(NOT_FOUND_PROBE).content
            reusable = PreviousTree(previous)
            extras = ForkedJob(bake_extras, tree, set(urls), listings, not_found, reusable, lookups)
            all_urls = list(dict.fromkeys([*urls, *site_files()]))
            assets = render_tree(tree, all_urls, report, lookups, reusable)
            for url, _reason in report.failures:
                # Readers keep getting the last good version of a page that failed.
                kept = previous / file_name_for(url) if previous else None
                if kept and kept.is_file():
                    report.files += write_file(
                        tree,
                        file_name_for(url),
                        kept.read_bytes(),
                        listed=report.listed,
                        previous=reusable,
                    )
            report.absorb(extras.result())
            write_assets(tree, assets, report, reusable)
            write_manifest(tree, report.listed)
            with bake_lock(root):
                for plan in plans_to_replay(replay_log):
                    report.absorb(apply_plan(plan, tree, run, started))
                os.sync()
                switch_live(tree, root)
                end_replay_log(replay_log)
        except OSError as error:
            end_replay_log(replay_log)
            if extras is not None:
                extras.stop()
            raise abandon(tree, error) from error
        finally:
            if extras is not None:
                extras.stop()
            if emptying_trash is not None:
                emptying_trash.result()
        run.describe(description)
        report.seconds = time.perf_counter() - started
        run.finish(report)
    return report


def rebake(plan: RebakePlan, root: Path | None = None) -> BakeReport | None:
    """Bring the live tree in step with a change: render the plan's URLs, remove its removed
    URLs, in place and journalled (see tree.py). Returns None when nothing has been baked yet.

    Pages go live first; PDFs, which take a second each to draw, follow in a second change.
    """
    started = time.perf_counter()
    root = root or site_dir()
    with bake_lock(root):
        tree = live_tree(root)
        if tree is None:
            return None
        # Taken before resolve() fills the plan in against this tree.
        replay_args = plan.replay_args()
        with recorded_bake(kind="partial", description=plan.description) as run:
            report = apply_plan(plan, tree, run, started)
            record_for_replay(root, type(plan)(**replay_args))
            report.seconds = time.perf_counter() - started
            run.finish(report)
    return report


@contextmanager
def collection_deferred():
    """Hold Python's cyclic garbage collector off while readers wait for a rebake's pages.

    A full collection walks every object of the process: 100-300 ms in a worker that has baked a
    while, more than all of a publication's pages take to render. The garbage of a few dozen
    renders waits for the next collection after them, which is cheap to delay.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def apply_plan(plan: RebakePlan, tree: Path, run, started: float) -> BakeReport:
    """Render and remove what `plan` says in the live `tree`, journalled."""
    report = BakeReport(tree=tree)
    try:
        with collection_deferred():
            pdfs = apply_page_changes(plan, tree, run, started, report)
        if pdfs:
            pdf_files = dict(render_pages(pdfs, report))
            change_files(tree, pdf_files)
            report.files += len(pdf_files)
    except OSError as error:
        raise BakeError(
            f"The rebake stopped ({error.strerror or error}); every page of the site is "
            "still complete. Free some disk space, then rebake."
        ) from error
    return report


def apply_page_changes(
    plan: RebakePlan, tree: Path, run, started: float, report: BakeReport
) -> list[str]:
    """Render the pages of `plan` and change them in the live `tree`; return its PDFs' URLs,
    which follow."""
    settle_journal(tree)
    rendering = RebakeRendering(report)
    if rendering.helper:
        rendering.start(plan.early_urls())
    plan = plan.resolve(tree)
    run.describe(plan.description)
    pages = [url for url in plan.urls if not url.endswith(".pdf")]
    pdfs = [url for url in plan.urls if url.endswith(".pdf")]
    files, assets = rendering.render(pages, plan.memo)
    for old_path, target in plan.redirects.items():
        name = file_name_for(old_path)
        files.update(
            compressed_variants(name, redirect_page(target), brotli_quality=PAGE_BROTLI_QUALITY)
        )
    files.update(asset_files(assets, lambda name: (tree / name).is_file(), report))
    removed = [
        variant
        for url in plan.removed
        for variant in variant_names(file_name_for(url))
        if (tree / variant).exists() and variant not in files
    ]
    plan.remember_before(tree)
    change_files(tree, files, removed)
    report.live_seconds = time.perf_counter() - started
    report.files += len(files)
    plan.remember_after(tree)
    return pdfs


def rebake_urls(urls, removed=(), root: Path | None = None) -> BakeReport | None:
    """Render `urls` again and remove `removed` in the live tree."""
    plan = RebakePlan(urls=list(urls), removed=list(removed), description=", ".join(urls)[:200])
    return rebake(plan, root)
