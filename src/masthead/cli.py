"""The `masthead` command: Django's management commands with Masthead's settings as default."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command, e.g. `masthead demo`, `masthead serve`, `masthead migrate`."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["masthead", *(sys.argv[1:] if argv is None else argv)])
