"""Benchmark the article page as readers get it today (rendered by Django under `masthead serve`).

Measures, in one run on one machine:
- requests/s for a demo article page, and for the site's own CSS file through the same server
  (the reference: the same process, the same HTTP stack, no page rendering);
- the article page's weight: HTML + CSS + JS, raw and gzip-compressed;
- the time to render one article PDF (median of several renders, cache bypassed).

Run:  .venv/bin/python benchmarks/article_page.py [--seconds 10]
Needs `wrk` (Debian package `wrk`) for the throughput part; without it that part is skipped.
"""

import argparse
import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MASTHEAD = str(ROOT / ".venv" / "bin" / "masthead")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server did not answer at {url}")


def wrk(url: str, seconds: int, *headers: str) -> float:
    """Return the requests/s wrk measures with 2 threads and 32 connections; headers as -H."""
    header_args = [arg for header in headers for arg in ("-H", header)]
    output = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{seconds}s", *header_args, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()

    var_dir = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    env = {**os.environ, "MASTHEAD_VAR_DIR": str(var_dir), "MASTHEAD_LOG_LEVEL": "WARNING"}
    subprocess.run([MASTHEAD, "demo"], env=env, check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [MASTHEAD, "serve", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(base + "/")
        home = fetch(base + "/").decode()
        article_path = re.search(r'class="front__top".*?href="(/articles/[^"]+)"', home, re.S)[1]
        html = fetch(base + article_path)
        css_paths = re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html)
        js_paths = re.findall(rb'<script src="([^"]+)"', html)
        css = b"".join(fetch(base + p.decode()) for p in css_paths)
        js = b"".join(fetch(base + p.decode()) for p in js_paths)
        for name, body in [("HTML", html), ("CSS", css), ("JS", js)]:
            print(f"{name:5} {len(body):7d} bytes raw, {len(gzip.compress(body)):6d} gzip")
        total = len(html) + len(css) + len(js)
        total_gzip = sum(len(gzip.compress(b)) for b in (html, css, js))
        print(f"total {total:7d} bytes raw, {total_gzip:6d} gzip (HTML+CSS+JS, photos excluded)")

        slug = article_path.rstrip("/").rsplit("/", 1)[-1]
        timings = []
        for _ in range(5):
            result = subprocess.run(
                [
                    MASTHEAD,
                    "shell",
                    "-c",
                    "from masthead.articles.models import ArticlePage as A;"
                    "from masthead.printing.views import article_pdf_html as h;"
                    "from masthead.printing.backends import get_pdf_renderer as g;"
                    "from django.test import RequestFactory;"
                    f"import time; a=A.objects.live().get(slug={slug!r});"
                    "q=RequestFactory().get(a.url, HTTP_HOST='127.0.0.1');"
                    "html=h(a, q); t=time.perf_counter(); g().render(html, a.get_canonical_url(q));"
                    "print(time.perf_counter()-t)",
                ],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            timings.append(float(result.stdout.strip().splitlines()[-1]))
        print(
            f"PDF render of that article: median {sorted(timings)[2]:.2f} s of 5, "
            "each the first in its process"
        )

        if shutil.which("wrk"):
            fetch(base + article_path)
            page_rps = wrk(base + article_path, args.seconds)
            css_rps = wrk(base + css_paths[0].decode(), args.seconds)
            print(f"article page, rendered by Django: {page_rps:9.1f} req/s")
            print(f"site CSS, same server (reference): {css_rps:9.1f} req/s")
            print(f"ratio article/reference: {page_rps / css_rps:.3f}")
        else:
            print("wrk not installed: throughput skipped", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
