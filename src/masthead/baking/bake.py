"""Render the public site through Django's full request handler into a new tree, then switch.

`bake_site()` is what the `bake` command, tests and (later) publishing call. Readers never wait
for it: they are served the previous complete tree until the new one is switched in atomically.
"""

import gzip
import logging
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.test import Client

from masthead.baking.paths import site_urls
from masthead.baking.tree import live_tree, new_tree_path, prune_trees, switch_live, write_manifest

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


def write_file(tree: Path, name: str, data: bytes) -> int:
    """Write one baked file and its precompressed siblings; return how many files were written."""
    target = tree / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    if target.suffix not in COMPRESSIBLE_SUFFIXES:
        return 1
    target.with_name(target.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
    try:
        import brotli
    except ImportError:
        return 2
    target.with_name(target.name + ".br").write_bytes(brotli.compress(data, quality=11))
    return 3


def bake_site(root: Path | None = None) -> BakeReport:
    """Bake every public URL into a new tree and make it live; keep the old one on failure."""
    started = time.perf_counter()
    previous = live_tree(root)
    tree = new_tree_path(root)
    tree.mkdir(parents=True)
    report = BakeReport(tree=tree)
    host = urlsplit(settings.MASTHEAD_SITE_URL).netloc or "localhost"
    client = Client(HTTP_HOST=host, raise_request_exception=False)
    assets: set[str] = set()
    try:
        for url in site_urls():
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
        not_found = client.get(NOT_FOUND_PROBE)
        report.files += write_file(tree, NOT_FOUND_PAGE, not_found.content)
        assets |= referenced_assets(not_found.content)
        for asset in sorted(assets):
            source = asset_source(asset)
            if source is None:
                report.failures.append((asset, "referenced file not found"))
                continue
            report.files += write_file(tree, file_name_for(asset), source.read_bytes())
        write_manifest(tree)
        os.sync()
    except OSError as error:
        shutil.rmtree(tree, ignore_errors=True)
        raise BakeError(
            f"The bake stopped ({error.strerror or error}); the site still serves the previous "
            "version. Free some disk space or check permissions, then bake again."
        ) from error
    switch_live(tree, root)
    prune_trees(root)
    report.seconds = time.perf_counter() - started
    return report
