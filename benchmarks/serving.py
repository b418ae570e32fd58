"""Benchmark serving the baked site: nginx, `masthead serve` from the tree, Django's render.

Measures, in one run on one machine, the same demo article page for a client that accepts gzip:
- req/s through nginx with the configuration `masthead nginx-config` prints (gzip_static);
- req/s through `masthead serve` (default options) answering from the baked tree;
- req/s through `masthead serve` with no baked tree, so Django renders every request;
- the peak memory of all `masthead serve` processes during its load: the sum of their RSS, and the
  sum of their PSS (which counts the pages the workers share with their parent once); then again
  under readers' load while `--publishes` articles are published from another process, which the
  task worker inside `masthead serve` rebakes.
nginx and `masthead serve` take turns over several rounds and the medians are compared: the machine
is shared, and a neighbour's burst would otherwise land on one side only.

Run:  .venv/bin/python benchmarks/serving.py [--seconds 10] [--rounds 3] [--var-dir DIR]
Needs `wrk` and `nginx` (Debian packages). Without --var-dir it loads the demo newsroom into a
temporary folder and bakes it (a few minutes, mostly PDFs); --var-dir reuses a baked one.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from article_page import MASTHEAD, fetch, free_port, wait_until_up, wrk

GZIP = "Accept-Encoding: gzip"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def process_tree(pid: int) -> list[int]:
    """Return `pid` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(children.get(current, []))
    return found


def memory_kib(pids: list[int]) -> tuple[int, int]:
    """Return the summed RSS and PSS, in KiB, of the processes still alive."""
    rss = pss = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        rss += int(re.search(r"VmRSS:\s+(\d+)", status)[1])
        pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M)[1])
    return rss, pss


class PeakMemory(threading.Thread):
    """Samples the memory of a process and its descendants until stopped; keeps the peaks."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss, self.processes = pid, 0, 0, 0
        self.finished = threading.Event()

    def run(self):
        while not self.finished.wait(0.25):
            pids = process_tree(self.pid)
            rss, pss = memory_kib(pids)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.processes = max(self.processes, len(pids))

    def stop(self):
        self.finished.set()
        self.join()


def start_serve(env: dict, port: int, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [MASTHEAD, "serve", "--port", str(port), *options],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def start_nginx(env: dict, port: int, upstream_port: int, temp: Path) -> subprocess.Popen:
    config = subprocess.run(
        [
            MASTHEAD,
            "nginx-config",
            "--listen",
            f"127.0.0.1:{port}",
            "--upstream",
            f"127.0.0.1:{upstream_port}",
            "--standalone",
            str(temp),
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (temp / "nginx.conf").write_text(config)
    return subprocess.Popen([NGINX, "-p", str(temp), "-c", str(temp / "nginx.conf")])


# Run by `masthead shell` while readers load the server: an editor republishes the newest
# articles, one every few seconds; the task worker rebakes each.
PUBLISHING = """
import time
from masthead.articles.models import ArticlePage
for article in ArticlePage.objects.live().order_by("-first_published_at")[:{count}]:
    time.sleep({pause})
    article.specific.save_revision().publish()
"""


def load_while_publishing(env: dict, serve: subprocess.Popen, url: str, seconds: int, count: int):
    """Return (req/s, peak memory) of `masthead serve` under readers' load for `seconds` while
    `count` articles are published from another process."""
    memory = PeakMemory(serve.pid)
    memory.start()
    loaded = {}
    readers = threading.Thread(target=lambda: loaded.update(rps=wrk(url, seconds, GZIP)))
    readers.start()
    script = PUBLISHING.format(count=count, pause=seconds / (count + 2))
    subprocess.run([MASTHEAD, "shell", "-c", script], env=env, check=True, capture_output=True)
    readers.join()
    # The last rebake may still be running: the worker's memory is what it is after it.
    time.sleep(2)
    memory.stop()
    return loaded["rps"], memory


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--var-dir", type=Path, help="A MASTHEAD_VAR_DIR already baked.")
    parser.add_argument(
        "--publishes",
        type=int,
        default=3,
        help="Articles published during a last load of `masthead serve` (0: none).",
    )
    args = parser.parse_args()

    temp = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    var_dir = args.var_dir or temp / "var"
    env = {**os.environ, "MASTHEAD_VAR_DIR": str(var_dir), "MASTHEAD_LOG_LEVEL": "WARNING"}
    env.pop("MASTHEAD_SITE_DIR", None)
    if args.var_dir is None:
        subprocess.run([MASTHEAD, "demo"], env=env, check=True, capture_output=True)
        subprocess.run([MASTHEAD, "bake"], env=env, check=True, capture_output=True)
    home = (var_dir / "site" / "live" / "index.html").read_text()
    article = re.search(r'class="front__top".*?href="(/articles/[^"]+)"', home, re.S)[1]

    serve_port, nginx_port, dynamic_port = free_port(), free_port(), free_port()
    serve = start_serve(env, serve_port)
    nginx = start_nginx(env, nginx_port, serve_port, temp)
    # The same server with an empty site folder: no live tree, so Django renders every request.
    (temp / "no-site").mkdir()
    # Without its task worker: with nothing baked, the worker would start a full bake of the
    # site (PDFs included) and take the CPU from the measurements.
    dynamic = start_serve(
        {**env, "MASTHEAD_SITE_DIR": str(temp / "no-site")}, dynamic_port, "--no-worker"
    )
    try:
        urls = {
            name: f"http://127.0.0.1:{port}{article}"
            for name, port in [
                ("nginx", nginx_port),
                ("serve", serve_port),
                ("dynamic", dynamic_port),
            ]
        }
        for url in urls.values():
            wait_until_up(url)
            fetch(url)
        results = {"nginx": [], "serve": []}
        memory = PeakMemory(serve.pid)
        memory.start()
        for _ in range(args.rounds):
            results["nginx"].append(wrk(urls["nginx"], args.seconds, GZIP))
            results["serve"].append(wrk(urls["serve"], args.seconds, GZIP))
        memory.stop()
        stop(nginx)
        if args.publishes:
            publishing_rps, publishing_memory = load_while_publishing(
                env, serve, urls["serve"], args.seconds * 4, args.publishes
            )
        dynamic_rps = wrk(urls["dynamic"], args.seconds, GZIP)
    finally:
        for process in (serve, nginx, dynamic):
            if process.poll() is None:
                stop(process)
        shutil.rmtree(temp, ignore_errors=True)

    nginx_rps = statistics.median(results["nginx"])
    serve_rps = statistics.median(results["serve"])
    print(f"article: {article}  (wrk -t2 -c32 -d{args.seconds}s -H '{GZIP}')")
    print(f"{'server':44} {'req/s':>9}   rounds")
    for label, name, rps in [
        ("nginx, `masthead nginx-config` (gzip_static)", "nginx", nginx_rps),
        ("masthead serve, from the baked tree", "serve", serve_rps),
    ]:
        rounds = ", ".join(f"{value:.0f}" for value in results[name])
        print(f"{label:44} {rps:9.1f}   {rounds}")
    print(f"{'masthead serve, no tree (Django renders)':44} {dynamic_rps:9.1f}")
    print(f"serve/nginx:   {serve_rps / nginx_rps:.2f}")
    print(f"serve/dynamic: {serve_rps / dynamic_rps:.0f}")
    print(
        f"masthead serve peak memory under load, {memory.processes} processes: "
        f"RSS {memory.peak_rss / 1024:.0f} MB summed, PSS {memory.peak_pss / 1024:.0f} MB"
    )
    if args.publishes:
        print(
            f"the same while {args.publishes} articles are published ({publishing_rps:.0f} req/s),"
            f" {publishing_memory.processes} processes: RSS "
            f"{publishing_memory.peak_rss / 1024:.0f} MB summed, "
            f"PSS {publishing_memory.peak_pss / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
