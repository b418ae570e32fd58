"""`masthead nginx-config`: print an nginx configuration for the baked site."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from masthead.baking.nginx import nginx_server_config, standalone_nginx_config


class Command(BaseCommand):
    help = "Print nginx upstream and server blocks that serve the baked site (include in http {})."

    def add_arguments(self, parser):
        parser.add_argument("--listen", default="80", help="nginx `listen` value (default 80).")
        parser.add_argument("--server-name", default="_", help="nginx `server_name` value.")
        parser.add_argument(
            "--upstream", default="127.0.0.1:8000", help="Where `masthead serve` listens."
        )
        parser.add_argument(
            "--brotli",
            action="store_true",
            help="Add brotli_static (needs an nginx brotli module; serves the .br files).",
        )

        parser.add_argument(
            "--standalone",
            metavar="DIR",
            help="Print a whole nginx.conf that keeps nginx's own files in DIR, to try the site "
            "with `nginx -p DIR -c DIR/nginx.conf`.",
        )

    def handle(self, *args, listen, server_name, upstream, brotli, standalone, **options):
        server = nginx_server_config(
            settings.MASTHEAD_SITE_DIR,
            listen=listen,
            server_name=server_name,
            upstream=upstream,
            brotli=brotli,
        )
        if standalone:
            server = standalone_nginx_config(server, Path(standalone).resolve())
        self.stdout.write(server)
