"""Preview links: an expiring, revocable address that shows a page's draft without an account.

Only a SHA-256 hash of each link's token is stored. The token is 256 random bits, so a plain
hash (no salt, no slow hashing) is as good as a password hash here, and a copy of the database
(a backup, a read-only replica, a leaked dump) holds no working link. The price: the full address
is shown once, when the link is made; an editor who loses it revokes it and makes another.
"""

import datetime
import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

TOKEN_BYTES = 32
# What `secrets.token_urlsafe(32)` gives: 43 characters of the URL-safe base64 alphabet. Anything
# else is refused before it is hashed or reaches the database.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")
MIN_LIFETIME = datetime.timedelta(hours=1)
MAX_LIFETIME = datetime.timedelta(days=30)
DEFAULT_LIFETIME = datetime.timedelta(days=7)
LIFETIME_CHOICES = [
    ("1h", _("1 hour"), datetime.timedelta(hours=1)),
    ("1d", _("1 day"), datetime.timedelta(days=1)),
    ("3d", _("3 days"), datetime.timedelta(days=3)),
    ("7d", _("7 days"), datetime.timedelta(days=7)),
    ("14d", _("14 days"), datetime.timedelta(days=14)),
    ("30d", _("30 days"), datetime.timedelta(days=30)),
]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def default_expiry() -> datetime.datetime:
    return timezone.now() + DEFAULT_LIFETIME


def can_have_preview_links(page) -> bool:
    """True for pages readers could see: they have a public template to show the draft with."""
    from masthead.core.models import MastheadPage

    return not page.is_root() and issubclass(page.specific_class or Page, MastheadPage)


class PreviewLinkQuerySet(models.QuerySet):
    def find_usable(self, token: str) -> "PreviewLink | None":
        """Return the link a token opens, or None: unknown, malformed, revoked or expired ones,
        and links whose maker may no longer edit the page, all alike."""
        if not isinstance(token, str) or not TOKEN_PATTERN.fullmatch(token):
            return None
        token_hash = hash_token(token)
        link = (
            self.select_related("page", "created_by")
            .filter(token_hash=token_hash, revoked_at=None, expires_at__gt=timezone.now())
            .first()
        )
        # The database found the row by its hash; comparing again in constant time costs
        # nothing and keeps the check independent of how the backend compares strings.
        if link is None or not hmac.compare_digest(link.token_hash, token_hash):
            return None
        return link if link.maker_may_still_edit() else None


class PreviewLink(models.Model):
    """An address that shows the latest saved version of one page to whoever holds it."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="preview_links",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Who the link is for, e.g. “for our lawyer”."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), default=default_expiry)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("last opened at"), null=True, blank=True)
    use_count = models.PositiveIntegerField(_("times opened"), default=0)

    objects = PreviewLinkQuerySet.as_manager()

    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.note or str(_("Preview link %(id)s")) % {"id": self.pk}

    @classmethod
    def create_for(cls, page, user, *, lifetime=DEFAULT_LIFETIME, note="") -> tuple:
        """Make a link to the page's draft; return (link, token). The token is never stored."""
        if not MIN_LIFETIME <= lifetime <= MAX_LIFETIME:
            raise ValueError(f"a preview link lives 1 hour to 30 days, not {lifetime}")
        token = secrets.token_urlsafe(TOKEN_BYTES)
        now = timezone.now()
        link = cls.objects.create(
            page=page,
            token_hash=hash_token(token),
            note=note,
            created_by=user,
            created_at=now,
            expires_at=now + lifetime,
        )
        return link, token

    @staticmethod
    def path_for(token: str) -> str:
        return reverse("masthead_preview_link", args=[token])

    @staticmethod
    def url_for(token: str) -> str:
        """The address to hand out: on the public site, whose server sends /preview/ to Django."""
        return settings.MASTHEAD_SITE_URL + PreviewLink.path_for(token)

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return self.REVOKED
        if self.expires_at <= timezone.now():
            return self.EXPIRED
        return self.ACTIVE

    def maker_may_still_edit(self) -> bool:
        # A link speaks for the person who made it: when they leave the desk, lose the section
        # or are deactivated, what they shared stops working with them.
        maker = self.created_by
        if maker is None or not maker.is_active:
            return False
        return self.page.specific.permissions_for_user(maker).can_edit()

    def revoke(self, user) -> bool:
        """Revoke the link; return False when it was already revoked."""
        updated = PreviewLink.objects.filter(pk=self.pk, revoked_at=None).update(
            revoked_at=timezone.now(), revoked_by=user
        )
        self.refresh_from_db()
        return bool(updated)

    def record_use(self) -> None:
        # One UPDATE, no read-modify-write: two people opening the link at once both count.
        PreviewLink.objects.filter(pk=self.pk).update(
            use_count=F("use_count") + 1, last_used_at=timezone.now()
        )
