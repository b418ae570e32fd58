"""What `masthead serve` becomes once Django has checked its arguments: granian serving
`masthead.asgi:application`, and the task worker beside it, from a process that never loads
Django.

Granian forks its workers from this process: had it loaded Django, as a management command has,
every worker would start with Django's 110 MB mapped. From here a worker starts at about 30 MB,
answers readers from the baked tree, and loads Django on the first request the tree cannot
answer (the admin, search, previews). Run it through `masthead serve`, which sets
DJANGO_SETTINGS_MODULE and queues the first bake when nothing is baked yet.
"""

import argparse

from masthead.core.worker_process import start_worker_process, stop_worker_process


def serve(*, host: str, port: int, workers: int, threads: int, with_worker: bool) -> None:
    from granian import Granian
    from granian.constants import Interfaces

    worker = start_worker_process() if with_worker else None
    try:
        Granian(
            "masthead.asgi:application",
            address=host,
            port=port,
            interface=Interfaces.ASGI,
            workers=workers,
            runtime_threads=threads,
            websockets=False,
        ).serve()
    finally:
        if worker is not None:
            # Long enough for a full rebake to finish; a killed one leaves the old site live.
            stop_worker_process(worker, timeout=120)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m masthead.baking.server")
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--no-worker", action="store_true")
    arguments = parser.parse_args(argv)
    serve(
        host=arguments.host,
        port=arguments.port,
        workers=arguments.workers,
        threads=arguments.threads,
        with_worker=not arguments.no_worker,
    )


if __name__ == "__main__":
    main()
