"""`masthead bake`: render the whole public site into a new tree and switch it live."""

from django.core.management.base import BaseCommand, CommandError

from masthead.baking.bake import BakeError, bake_site


class Command(BaseCommand):
    help = "Bake the public site into MASTHEAD_SITE_DIR and make the new tree live."

    def handle(self, *args, **options):
        try:
            report = bake_site()
        except BakeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Baked {report.pages} pages ({report.files} files) in {report.seconds:.1f} s "
            f"into {report.tree}"
        )
        for url, reason in report.failures:
            self.stderr.write(f"Not baked: {url} ({reason}); the previous version stays live.")
        if report.failures:
            raise CommandError(f"{len(report.failures)} URLs could not be baked.")
