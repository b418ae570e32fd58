"""Authors: a page per person, listing their articles."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from masthead.core.models import ArticleListingPage, MastheadPage
from masthead.core.sanitize import clean_plain_text
from masthead.syndication.pages import FeedsMixin


class AuthorIndexPage(MastheadPage):
    """The /authors/ page: everyone who writes for the newsroom."""

    parent_page_types = ["sections.HomePage"]
    subpage_types = ["people.AuthorPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("author index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = (
            AuthorPage.objects.live().child_of(self).select_related("photo").order_by("title")
        )
        return context


class AuthorPage(FeedsMixin, ArticleListingPage):
    """One author: name (the page title), role, a short plain-text bio and a photo."""

    role = models.CharField(_("role"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    photo = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        FieldPanel("title", heading=_("Name")),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [*MastheadPage.search_fields, index.SearchField("bio")]
    parent_page_types = ["people.AuthorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("author")

    @property
    def name(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.bio = clean_plain_text(self.bio)
        super().save(*args, **kwargs)

    def feed_description(self) -> str:
        return self.bio

    def feed_author(self) -> tuple[str, str]:
        return self.title, self.get_canonical_url()

    def get_listing_articles(self):
        from masthead.articles.models import ArticleByline, ArticlePage

        # A subquery, not a join: joined, an article with two bylines would need DISTINCT over
        # whole rows, which sorts every article of the author (60 ms in a 20,000 archive).
        bylined = ArticleByline.objects.filter(author=self).values("page_id")
        return ArticlePage.objects.for_listing().filter(pk__in=bylined)

    @classmethod
    def listing_sizes(cls, listings) -> dict[int, int]:
        from masthead.articles.models import ArticlePage

        # Distinct articles: one with two bylines of the same author is listed once.
        return ArticlePage.objects.counted_by("bylines__author")

    def dense_listing(self):
        from masthead.articles.models import ArticleByline, ArticlePage

        bylined = ArticleByline.objects.filter(author=self, page=OuterRef("pk"))
        return ArticlePage.objects.for_listing().filter(Exists(bylined))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["article_count"] = context["listing_total"]
        return context
