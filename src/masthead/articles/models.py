"""Articles, their ordered bylines, and the dated permalinks /articles/YYYY/MM/DD/<slug>/."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from masthead.core.blocks import ArticleBodyBlock
from masthead.core.models import ArticleListingPage, MastheadPage
from masthead.core.sanitize import clean_plain_text
from masthead.editorial.forms import ArticlePageForm
from masthead.editorial.scheduling import EmbargoRespectingPublishAction
from masthead.editorial.workflows import desk_workflow_for

RELATED_ARTICLES = 4
# Wagtail's picture tag looks among prefetched renditions before its cache and the database.
LEAD_PHOTO_RENDITIONS = "lead_photo__renditions"
DATE_COMPONENT = re.compile(r"^\d{1,4}$")


class ArticleQuerySet(PageQuerySet):
    def for_listing(self, with_photos: bool = True):
        """Return live articles, newest first, with what a teaser needs fetched in a few queries."""
        joined = ["primary_section", "lead_photo"] if with_photos else ["primary_section"]
        return (
            self.live()
            .public()
            # Teasers never show the body, the largest column by far.
            .defer_streamfields()
            .select_related(*joined)
            .prefetch_related(*teaser_prefetches(with_photos))
            .order_by("-first_published_at", "-pk")
        )


def teaser_prefetches(with_photos: bool = True) -> list[Prefetch | str]:
    """Return the related objects a teaser shows: bylines with authors, the photo's renditions."""
    bylines = Prefetch("bylines", queryset=ArticleByline.objects.select_related("author"))
    return [bylines, LEAD_PHOTO_RENDITIONS] if with_photos else [bylines]


def prefetch_teasers(articles, shown_with_photo=()) -> None:
    """Fetch, once for articles gathered from several queries, what their teasers show.

    Every teaser shows its bylines; only those in `shown_with_photo` show their lead photo.
    """
    prefetch_related_objects(list(articles), *teaser_prefetches(with_photos=False))
    prefetch_related_objects(list(shown_with_photo), LEAD_PHOTO_RENDITIONS)


ArticlePageManager = PageManager.from_queryset(ArticleQuerySet)


class ArticleIndexPage(ArticleListingPage):
    """The /articles/ archive; routes dated permalinks to its child articles."""

    parent_page_types = ["sections.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("article archive")

    def route(self, request, path_components):
        if not path_components or path_components[0] == "page":
            return super().route(request, path_components)
        if len(path_components) == 1:
            # /articles/<slug>/ is Wagtail's own path; send readers to the dated permalink.
            article = self.find_article(path_components[0])
            return RouteResult(article, kwargs={"redirect_to": article.url})
        if len(path_components) != 4 or not all(
            DATE_COMPONENT.match(p) for p in path_components[:3]
        ):
            raise Http404
        article = self.find_article(path_components[3])
        if path_components[:3] != article.permalink_date_parts():
            return RouteResult(article, kwargs={"redirect_to": article.url})
        return RouteResult(article)

    def find_article(self, slug: str) -> "ArticlePage":
        try:
            # get(), not first(): slugs are unique among siblings, and no ORDER BY to compile.
            return (
                ArticlePage.objects.child_of(self)
                .live()
                # The page shows both (the breadcrumb starts from the section): one query, not 3.
                .select_related("primary_section", "lead_photo")
                .get(slug=slug)
            )
        except ArticlePage.DoesNotExist as error:
            raise Http404 from error

    def get_listing_articles(self):
        return ArticlePage.objects.for_listing().child_of(self)


class ArticlePage(MastheadPage):
    headline = models.CharField(
        _("headline"),
        max_length=400,
        help_text=_("Shown on the article and in listings; the page title is made from it."),
    )
    standfirst = models.TextField(
        _("standfirst"),
        max_length=800,
        blank=True,
        help_text=_("One or two plain-text sentences under the headline."),
    )
    primary_section = models.ForeignKey(
        "sections.SectionPage",
        verbose_name=_("section"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    topics = ParentalManyToManyField("sections.TopicPage", verbose_name=_("topics"), blank=True)
    lead_photo = models.ForeignKey(
        "photos.Photo",
        verbose_name=_("lead photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    updated_at = models.DateTimeField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("Set when the story changed materially; readers see “Updated” with this time."),
    )
    # Fixed at first publication so the permalink never moves, even if the time zone setting does.
    permalink_date = models.DateField(null=True, blank=True, editable=False)
    sensitive = models.BooleanField(
        _("sensitive: two-person rule"),
        default=False,
        help_text=_(
            "Publishing needs a second person, who did not write this version, to approve it."
        ),
    )
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_(
            "The article cannot go live before this time, whoever publishes it. To publish it "
            "then, also set its go-live time to this time or later. In the newsroom's time zone."
        ),
    )

    objects = ArticlePageManager()
    # A copy is a new article: it gets its own date, and so its own permalink, when published.
    exclude_fields_in_copy = ["permalink_date"]

    content_panels = [
        FieldPanel("headline"),
        FieldPanel("standfirst"),
        InlinePanel("bylines", label=_("Bylines"), min_num=0),
        MultiFieldPanel([FieldPanel("primary_section"), FieldPanel("topics")], heading=_("Filing")),
        FieldPanel("lead_photo"),
        FieldPanel("body"),
        FieldPanel("updated_at"),
    ]
    settings_panels = [
        *MastheadPage.settings_panels,
        FieldPanel("sensitive", permission="editorial.mark_sensitive"),
        FieldPanel("embargo_until"),
    ]
    base_form_class = ArticlePageForm
    search_fields = [
        *MastheadPage.search_fields,
        index.SearchField("headline", boost=3),
        index.SearchField("standfirst", boost=2),
        index.SearchField("body"),
        index.FilterField("primary_section"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")

    def full_clean(self, *args, **kwargs):
        self.headline = clean_plain_text(self.headline)
        self.standfirst = clean_plain_text(self.standfirst)
        # Wagtail's title is limited to 255 characters; the headline is the source of truth.
        self.title = Truncator(self.headline).chars(255) if self.headline else self.title
        if not self.headline:
            self.headline = self.title
        super().full_clean(*args, **kwargs)

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        # Every way to go live passes here (the editor's button, an approved review, the
        # scheduler, a script): a version under embargo is scheduled for the embargo instead.
        return EmbargoRespectingPublishAction(
            revision,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
        ).execute(skip_permission_checks=skip_permission_checks)

    def save(self, *args, **kwargs):
        if self.permalink_date is None and self.first_published_at:
            self.permalink_date = timezone.localdate(self.first_published_at)
        super().save(*args, **kwargs)

    @property
    def dateline(self) -> datetime.date:
        """The date in the permalink: first publication, or today for an unpublished draft."""
        return self.permalink_date or timezone.localdate()

    def permalink_date_parts(self) -> list[str]:
        return [f"{self.dateline:%Y}", f"{self.dateline:%m}", f"{self.dateline:%d}"]

    def get_url_parts(self, request=None):
        url_parts = super().get_url_parts(request=request)
        if not url_parts or url_parts[2] is None:
            return url_parts
        site_id, root_url, page_path = url_parts
        archive_path = page_path[: -(len(self.slug) + 1)]
        return (
            site_id,
            root_url,
            f"{archive_path}{'/'.join(self.permalink_date_parts())}/{self.slug}/",
        )

    @property
    def pdf_url(self) -> str:
        return f"{self.url}{self.slug}.pdf"

    def get_cached_paths(self):
        return ["/", f"/{self.slug}.pdf"]

    @property
    def authors(self):
        return [byline.author for byline in self.bylines.all() if byline.author_id]

    @property
    def section_trail(self):
        return self.primary_section.get_section_trail() if self.primary_section else []

    def get_meta_description(self) -> str:
        return self.search_description or self.standfirst

    def get_workflow(self):
        # Workflows are assigned by place in the tree, and every article lives in the archive:
        # the desk chooses one by the article's section instead, unless one is assigned.
        if not hasattr(self, "_desk_workflow"):
            self._desk_workflow = desk_workflow_for(self) or super().get_workflow()
        return self._desk_workflow

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def get_related_articles(self):
        """Return a few live articles sharing the most topics, then the section; newest first.

        Their bylines are not fetched: `get_context` fetches them with the page's own.
        """
        topic_ids = [topic.pk for topic in self.topics.all()]
        return list(
            ArticlePage.objects.for_listing(with_photos=False)
            # Related teasers show no section; without it the grouped query is much smaller.
            .select_related(None)
            .prefetch_related(None)
            .exclude(pk=self.pk)
            .filter(Q(topics__in=topic_ids) | Q(primary_section=self.primary_section_id))
            .annotate(shared_topics=Count("topics", filter=Q(topics__in=topic_ids)))
            .order_by("-shared_topics", "-first_published_at")[:RELATED_ARTICLES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A saved page's topics are read twice (related articles, footer) and its bylines come
        # with the related articles' ones; a preview of a new page has them in memory only.
        saved = [self] if self.pk is not None else []
        prefetch_related_objects(saved, "topics")
        related = self.get_related_articles()
        prefetch_teasers([*saved, *related])
        context["related_articles"] = related
        context["section_trail"] = self.section_trail
        return context

    def serve(self, request, *args, redirect_to=None, **kwargs):
        pdf_request = getattr(request, "pdf_request", None)
        if pdf_request == "sibling" or (pdf_request and redirect_to):
            return redirect(self.pdf_url, permanent=True)
        if redirect_to:
            return redirect(redirect_to, permanent=True)
        if pdf_request == "own":
            from masthead.printing.views import serve_article_pdf

            return serve_article_pdf(request, self)
        return super().serve(request, *args, **kwargs)


class ArticleByline(Orderable):
    """One byline: an author of the newsroom, or an agency such as “Reuters”."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        "people.AuthorPage",
        verbose_name=_("author"),
        null=True,
        blank=True,
        # An author page may go; the article and its other bylines must stay.
        on_delete=models.SET_NULL,
        related_name="bylines",
    )
    agency = models.CharField(
        _("agency"),
        max_length=120,
        blank=True,
        help_text=_("For a wire story, the agency's name instead of an author."),
    )

    panels = [FieldPanel("author"), FieldPanel("agency")]

    class Meta(Orderable.Meta):
        verbose_name = _("byline")

    def clean(self):
        self.agency = clean_plain_text(self.agency)
        if bool(self.author_id) == bool(self.agency):
            raise ValidationError(_("Choose an author or type an agency name, not both."))

    @property
    def display_name(self) -> str:
        return self.author.title if self.author else self.agency
