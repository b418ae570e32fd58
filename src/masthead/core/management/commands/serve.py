"""`masthead serve`: the whole site in one command, for a single-machine newsroom: granian
serving the baked tree and Django, and the task worker with the scheduler beside it."""

import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from masthead.baking.tasks import rebake_site
from masthead.baking.tree import live_tree

# Defaults measured on the project's machine kind (2 cores, shared and noisy): a baked article
# page, gzip, wrk -t2 -c32 on the same machine, req/s over 3-4 interleaved rounds of 6 s (see
# benchmarks/RESULTS.md, "Serving the baked site"):
# - workers: 1 gave 6,500-7,900, 2 gave 9,700-12,200 (nginx 8,300-15,700 meanwhile; in an
#   earlier run 1 and 2 were level); 3 were no faster than 2 (8,500-11,500 against 9,400-9,900).
#   A worker is forked from a process without Django (masthead.baking.server) and loads Django
#   only for the first request the baked tree cannot answer;
# - runtime threads (granian's network threads, --threads): 2 per worker gave 9,100-11,600
#   against 9,400-9,900 with 1, no gain for another thread;
# - backpressure (requests a worker takes at once): 8 gave 6,800-11,600, 64 gave 7,100-10,100,
#   granian's default (backlog / workers = 512) 8,000-11,800, so the default stays; Django's share
#   is limited in masthead.baking.serving instead (DJANGO_CONCURRENCY);
# - blocking threads: granian allows only one for ASGI (asgiref gives Django's views theirs).
DEFAULT_WORKERS = 2
DEFAULT_RUNTIME_THREADS = 1


class Command(BaseCommand):
    help = (
        "Serve the site with granian: readers' pages from the baked tree (MASTHEAD_SITE_DIR/live), "
        "the admin, search and everything not baked from Django."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on.")
        parser.add_argument(
            "--workers",
            type=int,
            default=DEFAULT_WORKERS,
            help="Worker processes (default 2: on 2 cores, 2 served a baked page about 1.5 times "
            "as fast as 1, and 3 no faster than 2).",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=DEFAULT_RUNTIME_THREADS,
            help="Network threads per worker (granian's runtime threads; default 1: a second "
            "one measured no faster).",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start the task worker and scheduler (when `masthead worker` runs as its "
            "own service).",
        )

    def handle(self, *args, host, port, workers, threads, no_worker, **options):
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        # The server runs in a fresh interpreter that loads the same settings as this one.
        os.environ["DJANGO_SETTINGS_MODULE"] = settings.SETTINGS_MODULE
        self.stdout.write(f"Serving on http://{host}:{port}/ (admin: http://{host}:{port}/admin/)")
        if not no_worker and live_tree() is None:
            # Readers get Django's pages until the first bake is live; the worker bakes it.
            rebake_site.enqueue()
            self.stdout.write("Nothing is baked yet: the worker bakes the site now.")
        command = [sys.executable, "-m", "masthead.baking.server", f"--host={host}"]
        command += [f"--port={port}", f"--workers={workers}", f"--threads={threads}"]
        if no_worker:
            command.append("--no-worker")
        self.stdout.flush()
        sys.stderr.flush()
        connections.close_all()
        # Replaced, not left waiting: this process has loaded Django, and granian's workers are
        # forked from the server's process (see masthead.baking.server).
        os.execv(sys.executable, command)
