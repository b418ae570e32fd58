"""`masthead deploy`: copy the live baked site to a folder or bucket, only what changed."""

from django.core.management.base import BaseCommand, CommandError

from masthead.baking.deploy import deploy_site, get_deploy_target


class Command(BaseCommand):
    help = (
        "Copy the live baked site to a deploy target (MASTHEAD_DEPLOY_TARGETS), changed files only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--target", default="default", help="Which configured target.")

    def handle(self, *args, target, **options):
        try:
            report = deploy_site(get_deploy_target(target))
        except (KeyError, FileNotFoundError) as error:
            raise CommandError(str(error).strip("'\"")) from error
        self.stdout.write(
            f"Deployed to {target!r}: {len(report.uploaded)} uploaded, {len(report.deleted)} "
            f"deleted, {report.unchanged} unchanged."
        )
