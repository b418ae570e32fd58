"""Killing the baker at any instant leaves a complete, verifiable site that readers never see
half-written."""

import gzip
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import brotli
import pytest
from django.conf import settings
from django.db import connection

from masthead.articles.models import ArticleListingPage
from masthead.baking.tree import JOURNAL_DIR, MANIFEST_NAME, live_tree, verify_tree

pytestmark = pytest.mark.django_db(transaction=True)

KILLS = 20
READER_URLS = 50


def database_url() -> str:
    """The address of the test database, for a baker in another process."""
    details = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{details['NAME']}"
    host, port = details["HOST"] or "127.0.0.1", details["PORT"] or 5432
    return f"postgres://{details['USER']}@{host}:{port}/{details['NAME']}"


def start_baker(site_root: Path) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
        "DATABASE_URL": database_url(),
        "MASTHEAD_SITE_DIR": str(site_root),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "MASTHEAD_PDF_CACHE_DIR": str(settings.MASTHEAD_PDF_CACHE_DIR),
        "MASTHEAD_SITE_URL": settings.MASTHEAD_SITE_URL,
        "ALLOWED_HOSTS": "testserver",
        "MASTHEAD_LOG_LEVEL": "CRITICAL",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.baking.crash_baker",
            str(ArticleListingPage.articles_per_page),
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def caught_mid_write(site_root: Path) -> bool:
    """Whether the kill left a rebake's journal entry pending or a new tree unfinished."""
    pending = any(
        b'"state": "pending"' in entry.read_bytes()
        for entry in (live_tree() / JOURNAL_DIR).glob("*.json")
    )
    unfinished = any(
        not (tree / MANIFEST_NAME).exists() for tree in (site_root / "trees").iterdir()
    )
    return pending or unfinished


def read_complete(path: Path) -> str | None:
    """Read a page and its compressed siblings as a reader would; return a problem or None."""
    html = path.read_bytes()
    if not html.rstrip().endswith(b"</html>"):
        return f"{path} is cut short"
    for suffix, decompress in ((".gz", gzip.decompress), (".br", brotli.decompress)):
        try:
            variant = decompress(path.with_name(path.name + suffix).read_bytes())
        except Exception as error:  # noqa: BLE001 - any failure is what the test looks for
            return f"{path}{suffix}: {error}"
        if not variant.rstrip().endswith(b"</html>"):
            return f"{path}{suffix} is cut short"
    return None


def test_killing_the_baker_at_any_instant_leaves_a_complete_site(baked_newsroom, site_root):
    live = site_root / "live"
    names = sorted(p.relative_to(live_tree()).as_posix() for p in live_tree().rglob("index.html"))
    names = (names * READER_URLS)[:READER_URLS]
    problems, reads = [], 0
    stop = threading.Event()

    def reader():
        nonlocal reads
        while not stop.is_set():
            for name in names:
                try:
                    problem = read_complete(live / name)
                except OSError as error:
                    problem = f"{name}: {error}"
                if problem:
                    problems.append(problem)
                reads += 1

    reading = threading.Thread(target=reader)
    reading.start()
    randomness = random.Random(20240619)
    mid_write = 0
    try:
        for _kill in range(KILLS):
            baker = start_baker(site_root)
            assert baker.stdout.readline() == b"baking\n", baker.stderr.read().decode()[-2000:]
            time.sleep(randomness.uniform(0.0, 1.5))
            assert baker.poll() is None, baker.stderr.read().decode()[-2000:]
            baker.send_signal(signal.SIGKILL)
            baker.wait()
            assert verify_tree(live_tree()) == []
            mid_write += caught_mid_write(site_root)
    finally:
        stop.set()
        reading.join()
    assert problems == []
    assert reads > KILLS * READER_URLS
    # Some kills did land while files were being written, or the test proved nothing.
    assert mid_write >= 2
    # The next run settles what the killed ones left and the site is whole again.
    from masthead.baking.bake import bake_site

    bake_site()
    assert verify_tree(live_tree()) == []
