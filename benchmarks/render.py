"""Benchmark rendering one public page through Django, as the baker does for every page it writes.

Measures, per page of the demo newsroom (an article, the home page, the /news/ section front, a
topic page and an author page): the median time of 20 renders through `bake_client()` after a
warm-up, and the number of database queries one render makes. `--save-html DIR` also writes each
page's HTML there, to compare the output of two versions of the code.

Run:  MASTHEAD_VAR_DIR=/tmp/render-var DJANGO_SETTINGS_MODULE=masthead.settings.dev \
        .venv/bin/masthead demo   # once
      MASTHEAD_VAR_DIR=/tmp/render-var DJANGO_SETTINGS_MODULE=masthead.settings.dev \
        .venv/bin/python benchmarks/render.py [--renders 20] [--save-html DIR]
"""

import argparse
import os
import re
import statistics
import time
from pathlib import Path

import django

WARM_UP_RENDERS = 3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=20)
    parser.add_argument("--save-html", type=Path, help="write each page's HTML to this folder")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
    os.environ.setdefault("MASTHEAD_LOG_LEVEL", "WARNING")
    django.setup()

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from masthead.baking.bake import bake_client

    client = bake_client()

    def render(path: str) -> bytes:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered HTTP {response.status_code}")
        return response.content

    def first_link(*places: tuple[str, str]) -> str:
        """Return the first link found by (page path, pattern), in order."""
        for path, pattern in places:
            if found := re.search(pattern, render(path).decode(), re.S):
                return found[1]
        raise SystemExit(f"No link found: {places}")

    article = first_link(("/", r'class="front__top".*?href="(/articles/[^"]+)"'))
    pages = {
        "article": article,
        "home": "/",
        "section": "/news/",
        # The top story's own topic and author, else the first listed (it may have neither).
        "topic": first_link(
            (article, r'href="(/topics/[^"]+/)"'), ("/topics/", r'href="(/topics/[^"/]+/)"')
        ),
        "author": first_link(
            (article, r'href="(/authors/[^"]+/)" rel="author"'),
            ("/authors/", r'href="(/authors/[^"/]+/)"'),
        ),
    }
    if args.save_html:
        args.save_html.mkdir(parents=True, exist_ok=True)
    print(f"{'page':8} {'path':70} {'median ms':>9} {'queries':>7}")
    for name, path in pages.items():
        for _ in range(WARM_UP_RENDERS):
            render(path)
        timings = []
        for _ in range(args.renders):
            started = time.perf_counter()
            render(path)
            timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            html = render(path)
        if args.save_html:
            (args.save_html / f"{name}.html").write_bytes(html)
        print(f"{name:8} {path:70} {statistics.median(timings):9.1f} {len(queries):7d}")


if __name__ == "__main__":
    main()
