"""The record of each bake: what the admin shows an operator about the public site."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BakeRun(models.Model):
    """One full bake or partial rebake: when it ran, what it wrote and what went wrong."""

    class Kind(models.TextChoices):
        FULL = "full", _("Full bake")
        PARTIAL = "partial", _("Partial rebake")

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        SUCCEEDED_WITH_FAILURES = "succeeded_with_failures", _("Succeeded with failures")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    description = models.CharField(_("description"), max_length=255)
    started_at = models.DateTimeField(_("started at"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=32, choices=Status.choices, default=Status.RUNNING
    )
    pages = models.PositiveIntegerField(_("pages"), default=0)
    files = models.PositiveIntegerField(_("files"), default=0)
    seconds = models.FloatField(_("seconds"), null=True, blank=True)
    # [[url, reason], ...]: the pages that kept their previous version, and why.
    failures = models.JSONField(_("failures"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    tree = models.CharField(_("tree"), max_length=64, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("bake run")
        verbose_name_plural = _("bake runs")
        # Runs are written by the baker only; the one thing staff may be allowed is to rebake.
        default_permissions = ()
        permissions = [("rebake_site", _("Can rebake the public site"))]

    @property
    def succeeded(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.SUCCEEDED_WITH_FAILURES)

    def __str__(self):
        return f"{self.description} ({self.get_status_display()})"
