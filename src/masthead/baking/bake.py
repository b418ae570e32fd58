"""Render the public site through Django's full request handler into a new tree, then switch.

`bake_site()` is what the `bake` command, tests and (later) publishing call. Readers never wait
for it: they are served the previous complete tree until the new one is switched in atomically.
"""

import fcntl
import gzip
import logging
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.test import Client

from masthead.baking.paths import site_urls
from masthead.baking.tree import (
    MANIFEST_NAME,
    live_tree,
    new_tree_path,
    prune_trees,
    site_dir,
    switch_live,
    write_manifest,
)

logger = logging.getLogger(__name__)

COMPRESSIBLE_SUFFIXES = {".html", ".xml", ".json", ".css", ".js", ".txt", ".svg"}
NOT_FOUND_PAGE = "404.html"
# Any address no page can have: rendering it gives the site's own 404 page.
NOT_FOUND_PROBE = "/.masthead-bake/not-found/"
ASSET_REFERENCE = re.compile(rb'(?:src|href|srcset)="([^"]+)"')


class BakeError(Exception):
    """The bake could not finish; the previous tree is still live."""


@dataclass
class BakeReport:
    tree: Path
    pages: int = 0
    files: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


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


def replace_file(path: Path, data: bytes) -> None:
    """Write `path` as a new file: a rebaked tree shares unchanged files with the live one
    through hard links, so writing into an existing file would change the live site too."""
    temporary = path.with_name(f".tmp-{uuid.uuid4().hex}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def write_file(tree: Path, name: str, data: bytes) -> int:
    """Write one baked file and its precompressed siblings; return how many files were written."""
    target = tree / name
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_file(target, data)
    if target.suffix not in COMPRESSIBLE_SUFFIXES:
        return 1
    replace_file(target.with_name(target.name + ".gz"), gzip.compress(data, 9, mtime=0))
    try:
        import brotli
    except ImportError:
        return 2
    replace_file(target.with_name(target.name + ".br"), brotli.compress(data, quality=11))
    return 3


def remove_file(tree: Path, name: str) -> None:
    """Remove a baked file and its precompressed siblings from a tree."""
    for suffix in ("", ".gz", ".br"):
        (tree / f"{name}{suffix}").unlink(missing_ok=True)


@contextmanager
def bake_lock(root: Path | None = None):
    """Hold the site's bake lock: bakes and rebakes run one at a time, each from the live tree."""
    root = root or site_dir()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".bake.lock", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def bake_client() -> Client:
    """A client that asks for pages by the public site's host name, through every middleware."""
    host = urlsplit(settings.MASTHEAD_SITE_URL).netloc or "localhost"
    return Client(HTTP_HOST=host, raise_request_exception=False)


def render_into(tree: Path, urls, previous: Path | None, report: BakeReport) -> set[str]:
    """Render `urls` into `tree`; return the static and media paths the pages refer to."""
    client = bake_client()
    assets: set[str] = set()
    for url in urls:
        name = file_name_for(url)
        response = client.get(url)
        if response.status_code != 200:
            report.failures.append((url, f"HTTP {response.status_code}"))
            logger.error("Baking %s failed with HTTP %s", url, response.status_code)
            if previous and (previous / name).is_file():
                # The reader keeps getting the last good version of this page.
                report.files += write_file(tree, name, (previous / name).read_bytes())
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        report.files += write_file(tree, name, body)
        report.pages += 1
        if name.endswith(".html"):
            assets |= referenced_assets(body)
    return assets


def copy_assets(tree: Path, assets: set[str], report: BakeReport) -> None:
    for asset in sorted(assets):
        name = file_name_for(asset)
        if (tree / name).is_file():
            continue
        source = asset_source(asset)
        if source is None:
            report.failures.append((asset, "referenced file not found"))
            continue
        report.files += write_file(tree, name, source.read_bytes())


def finish_tree(tree: Path, root: Path | None, report: BakeReport, started: float) -> BakeReport:
    write_manifest(tree)
    os.sync()
    switch_live(tree, root)
    prune_trees(root)
    report.seconds = time.perf_counter() - started
    return report


def abandon(tree: Path, error: OSError) -> BakeError:
    shutil.rmtree(tree, ignore_errors=True)
    return BakeError(
        f"The bake stopped ({error.strerror or error}); the site still serves the previous "
        "version. Free some disk space or check permissions, then bake again."
    )


def bake_site(root: Path | None = None) -> BakeReport:
    """Bake every public URL into a new tree and make it live; keep the old one on failure."""
    started = time.perf_counter()
    with bake_lock(root):
        previous = live_tree(root)
        tree = new_tree_path(root)
        tree.mkdir(parents=True)
        report = BakeReport(tree=tree)
        try:
            assets = render_into(tree, site_urls(), previous, report)
            not_found = bake_client().get(NOT_FOUND_PROBE)
            report.files += write_file(tree, NOT_FOUND_PAGE, not_found.content)
            copy_assets(tree, assets | referenced_assets(not_found.content), report)
            return finish_tree(tree, root, report, started)
        except OSError as error:
            raise abandon(tree, error) from error


def link_tree(source: Path, target: Path) -> None:
    """Make `target` a copy of `source` whose files are hard links (cheap, no data copied)."""
    for folder, _subfolders, files in os.walk(source):
        destination = target / Path(folder).relative_to(source)
        destination.mkdir(parents=True, exist_ok=True)
        for file_name in files:
            if file_name != MANIFEST_NAME:
                os.link(Path(folder) / file_name, destination / file_name)


def rebake_urls(urls, removed=(), stale_listings=(), root: Path | None = None):
    """Re-render `urls` and drop `removed` in a new tree made from the live one, then switch.

    `stale_listings` maps a listing's URL to its current URLs: pagination pages of that
    listing that no longer exist are removed. Returns None when nothing has been baked yet.
    """
    started = time.perf_counter()
    with bake_lock(root):
        previous = live_tree(root)
        if previous is None:
            return None
        tree = new_tree_path(root)
        report = BakeReport(tree=tree)
        try:
            link_tree(previous, tree)
            for url in removed:
                remove_file(tree, file_name_for(url))
            for listing_url, current in dict(stale_listings).items():
                folder = tree / file_name_for(listing_url).removesuffix("index.html") / "page"
                keep = {file_name_for(url) for url in current}
                for index in folder.glob("*/index.html"):
                    name = index.relative_to(tree).as_posix()
                    if name not in keep:
                        remove_file(tree, name)
            assets = render_into(tree, urls, previous, report)
            copy_assets(tree, assets, report)
            return finish_tree(tree, root, report, started)
        except OSError as error:
            raise abandon(tree, error) from error
