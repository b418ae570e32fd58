"""The home page, section fronts (a tree: News > Politics) and topic pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from masthead.core.models import ArticleListingPage, MastheadPage
from masthead.core.sanitize import clean_plain_text

LATEST_ON_HOME = 10
ARTICLES_PER_SECTION_ON_HOME = 4


class HomePage(MastheadPage):
    """The front page of an edition: top story, latest news and a block per section."""

    top_story = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("top story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to lead with the latest article that has a photo."),
    )

    content_panels = [*MastheadPage.content_panels, FieldPanel("top_story")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.SectionPage",
        "sections.TopicIndexPage",
        "articles.ArticleIndexPage",
        "people.AuthorIndexPage",
        "newsroom.InfoPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from masthead.articles.models import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.for_listing().descendant_of(self)
        latest = list(articles[: LATEST_ON_HOME + 1])
        # A chosen top story that was since unpublished or made private must not leak here.
        top_story = articles.filter(pk=self.top_story_id).first() if self.top_story_id else None
        if top_story is None:
            top_story = next((a for a in latest if a.lead_photo_id), latest[0] if latest else None)
        context["top_story"] = top_story
        context["latest_articles"] = [a for a in latest if a != top_story][:LATEST_ON_HOME]
        context["section_blocks"] = [
            (section, list(section.get_listing_articles()[:ARTICLES_PER_SECTION_ON_HOME]))
            for section in SectionPage.objects.live().child_of(self).order_by("path")
        ]
        return context


class SectionPage(ArticleListingPage):
    """A section front, listing the newest articles of the section and its subsections."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*MastheadPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["sections.HomePage", "sections.SectionPage"]
    subpage_types = ["sections.SectionPage"]

    class Meta:
        verbose_name = _("section")

    def save(self, *args, **kwargs):
        self.intro = clean_plain_text(self.intro)
        super().save(*args, **kwargs)

    def get_listing_articles(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.for_listing().filter(primary_section__path__startswith=self.path)

    def get_section_trail(self):
        """Return the sections from the top of the tree down to this one, for breadcrumbs."""
        return [
            *SectionPage.objects.live().ancestor_of(self).order_by("depth"),
            self,
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = SectionPage.objects.live().child_of(self)
        context["section_trail"] = self.get_section_trail()
        return context


class TopicIndexPage(MastheadPage):
    """The /topics/ page: every topic the newsroom follows."""

    parent_page_types = ["sections.HomePage"]
    subpage_types = ["sections.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.live().child_of(self).order_by("title")
        return context


class TopicPage(ArticleListingPage):
    """A topic (Elections, Sanctions…) that cuts across sections."""

    description = models.TextField(_("description"), max_length=500, blank=True)

    content_panels = [*MastheadPage.content_panels, FieldPanel("description")]
    parent_page_types = ["sections.TopicIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("topic")

    def save(self, *args, **kwargs):
        self.description = clean_plain_text(self.description)
        super().save(*args, **kwargs)

    def get_listing_articles(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.for_listing().filter(topics=self)
