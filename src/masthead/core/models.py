"""Abstract pieces shared by Masthead's page types; no model here owns data."""

from django.conf import settings
from wagtail.models import Page


class MastheadPage(Page):
    """Base of every public page type."""

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """Return the plain-text description for meta tags and cards."""
        return self.search_description or ""

    @property
    def reader_title(self) -> str:
        return self.seo_title or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["canonical_url"] = self.get_canonical_url(request)
        return context

    def get_canonical_url(self, request=None) -> str:
        """Return the page's address on the main site, so a mirror's copy still names it."""
        url_parts = self.get_url_parts(request=request)
        path = url_parts[2] if url_parts and url_parts[2] else "/"
        return settings.MASTHEAD_SITE_URL + path
