"""`masthead demo`: migrate and load the demo newsroom (written for this project, built offline)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from masthead.demo.loader import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, build_demo_newsroom


class Command(BaseCommand):
    help = "Create the database tables and load the demo newsroom; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url", default="http://127.0.0.1:8000", help="Address printed at the end."
        )

    def handle(self, *args, site_url, **options):
        call_command("migrate", interactive=False, verbosity=0)
        summary = build_demo_newsroom(site_url=site_url)
        self.stdout.write(
            f"Demo newsroom ready: {summary.articles_total} articles "
            f"({summary.articles_created} new), {summary.photos_total} photos.\n"
            f"Site:  {summary.site_url}/\n"
            f"Admin: {summary.site_url}/admin/  user {DEMO_ADMIN_USERNAME!r}, "
            f"password {DEMO_ADMIN_PASSWORD!r} (demo only; change it before going public).\n"
            "       At the first sign-in the admin asks you to set up a second factor: an "
            "authenticator app or a passkey."
        )
