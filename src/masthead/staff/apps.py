from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Staff accounts: sign-in with a second factor, lock-outs, sessions, the sign-in audit."""

    name = "masthead.staff"
    label = "staff"
    verbose_name = _("Staff accounts")

    def ready(self):
        from masthead.staff import signal_handlers

        signal_handlers.connect()
