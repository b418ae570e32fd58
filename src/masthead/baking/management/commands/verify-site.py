"""`masthead verify-site`: check the live tree against its manifest."""

from django.core.management.base import BaseCommand, CommandError

from masthead.baking.tree import live_tree, verify_tree


class Command(BaseCommand):
    help = "Check every file of the live baked site against the manifest written when it was baked."

    def handle(self, *args, **options):
        tree = live_tree()
        if tree is None:
            raise CommandError("Nothing has been baked yet; run `masthead bake` first.")
        problems = verify_tree(tree)
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"The live site at {tree} does not match its manifest.")
        self.stdout.write(f"The live site at {tree} matches its manifest.")
