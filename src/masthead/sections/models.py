"""The home page, section fronts (a tree: News > Politics) and topic pages."""

from itertools import chain

from django.db import models
from django.db.models import Exists, OuterRef, Value
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from masthead.core.memo import fragment_key, is_remembered, per_bake, per_request
from masthead.core.models import (
    PAGES_NEWEST_FIRST,
    ArticleListingPage,
    MastheadPage,
    teaser_stand_in,
)
from masthead.core.sanitize import clean_plain_text
from masthead.syndication.pages import EditionFeedsMixin, FeedsMixin

LATEST_ON_HOME = 10
ARTICLES_PER_SECTION_ON_HOME = 4
# How many of the newest articles the section blocks look among first.
RECENT_ON_HOME = 100
# The fragments under which home_page.html remembers the teasers of its three kinds.
HOME_TOP_TEASER = "home_top_teaser"
HOME_LATEST_TEASER = "home_latest_teaser"
HOME_BLOCK_TEASER = "home_block_teaser"


def edition_sections(home, request=None) -> list["SectionPage"]:
    """Return the live sections right under an edition's home page, in tree order.

    The navigation and the home page's blocks both show them: one query per request.
    """
    return per_request(
        request,
        ("edition_sections", home.pk),
        lambda: list(SectionPage.objects.live().child_of(home).order_by("path")),
    )


class HomePage(EditionFeedsMixin, MastheadPage):
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

    # Wagtail's own route fetches the child twice, plain then as its own type. The children
    # here are archives and indexes with no fields of their own, and sections and information
    # pages with one: fields load when read, so the second query never comes.
    routed_children_deferred = True

    def get_context(self, request, *args, **kwargs):
        from masthead.articles.models import ArticlePage, prefetch_teasers

        context = super().get_context(request, *args, **kwargs)
        # Which articles go where is decided on their ids, then every article shown comes from
        # one unordered query: Django takes several times longer to compile an ordered or
        # windowed query of whole articles than of ids, and an article shown twice is made once.
        # One queryset throughout: Wagtail reads the privacy rules when it is made.
        listed = ArticlePage.objects.for_listing().prefetch_related(None)
        recent = list(
            listed.descendant_of(self)
            .order_by(*PAGES_NEWEST_FIRST)
            .values_list("pk", "first_published_at", "lead_photo_id", "primary_section__path")[
                :RECENT_ON_HOME
            ]
        )
        latest_ids = [pk for pk, *_rest in recent[: LATEST_ON_HOME + 1]]
        sections = edition_sections(self, request)
        block_ids = self.newest_by_section(
            listed, sections, ARTICLES_PER_SECTION_ON_HOME, recent, len(recent) < RECENT_ON_HOME
        )
        # A chosen top story leads unless it was since unpublished, made private or moved out
        # of this edition; else the latest article with a photo (else the latest).
        chosen = self.top_story_id and listed.descendant_of(self).filter(pk=self.top_story_id)
        with_photo = {pk for pk, _published, photo, _path in recent if photo}
        top_id = (self.top_story_id if chosen and chosen.exists() else None) or next(
            (pk for pk in latest_ids if pk in with_photo), latest_ids[0] if latest_ids else None
        )
        shown = {
            HOME_TOP_TEASER: [top_id] if top_id else [],
            HOME_LATEST_TEASER: [pk for pk in latest_ids if pk != top_id][:LATEST_ON_HOME],
            HOME_BLOCK_TEASER: list(chain.from_iterable(block_ids.values())),
        }
        # Within a rebake, an article whose teasers here are carried (see masthead.baking.carry)
        # comes as a stand-in.
        remembered = {
            pk
            for pk in chain.from_iterable(shown.values())
            if all(
                is_remembered(request, fragment_key(fragment, pk))
                for fragment, ids in shown.items()
                if pk in ids
            )
        }
        wanted = set(chain.from_iterable(shown.values())) - remembered
        # An article unpublished meanwhile is simply left out.
        found = listed.order_by().in_bulk(wanted)
        published = {pk: at for pk, at, *_rest in recent}
        found.update((pk, teaser_stand_in(ArticlePage, pk, published.get(pk))) for pk in remembered)
        context["top_story"] = found.get(top_id)
        context["latest_articles"] = [found[pk] for pk in shown[HOME_LATEST_TEASER] if pk in found]
        blocks = {path: [found[pk] for pk in ids if pk in found] for path, ids in block_ids.items()}
        context["section_blocks"] = [
            (section, blocks.get(section.path, [])) for section in sections
        ]
        fetched = [article for article in found.values() if not hasattr(article, "is_stand_in")]
        # Only the top story and the section blocks show photos.
        photo_ids = {*shown[HOME_TOP_TEASER], *shown[HOME_BLOCK_TEASER]}
        prefetch_teasers(fetched, shown_with_photo=[a for a in fetched if a.pk in photo_ids])
        return context

    @staticmethod
    def newest_by_section(articles, sections, count: int, recent, complete: bool):
        """Return {section path: ids of up to `count` newest of `articles` in the section}.

        Taken from `recent`, the newest articles of the edition as (id, publication time, photo
        id, section path), newest first, which are all of them when `complete`; a section with
        fewer than `count` there is looked up among all `articles` after, in one query.
        """
        newest = {}
        for section in sections:
            ids = [pk for pk, _at, _photo, path in recent if path and path.startswith(section.path)]
            newest[section.path] = ids[:count]
        short = [section for section in sections if len(newest[section.path]) < count]
        if short and not complete:
            newest.update(newest_in_each(articles, short, count))
        return {path: ids for path, ids in newest.items() if ids}


def newest_in_each(articles, sections, count: int) -> dict[str, list[int]]:
    """Return {section path: ids of up to `count` newest of `articles` in it}, in one query.

    A union of one part per section, each walking the articles from the newest and stopping at
    `count`: a window over every article of the sections grew with the archive.
    """
    if not sections:
        return {}
    # Ordered and limited inside `IN`: SQLite allows neither on a part of a union itself.
    blocks = [
        articles.model.objects.filter(
            pk__in=articles.filter(primary_section__path__startswith=section.path).values("pk")[
                :count
            ]
        )
        .annotate(block_path=Value(section.path, output_field=models.CharField()))
        .order_by()
        .values_list("block_path", "first_published_at", "pk")
        for section in sections
    ]
    newest = {}
    rows = blocks[0].union(*blocks[1:], all=True)
    for path, _published, pk in sorted(rows, key=lambda row: row[1:], reverse=True):
        newest.setdefault(path, []).append(pk)
    return newest


class SectionPage(FeedsMixin, ArticleListingPage):
    """A section front, listing the newest articles of the section and its subsections."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    requires_chief_review = models.BooleanField(
        _("chief review"),
        default=False,
        help_text=_("Articles here go to the editor in chief after the desk approves them."),
    )
    requires_second_person = models.BooleanField(
        _("two-person rule"),
        default=False,
        help_text=_("Articles here go live only when approved by someone who did not write them."),
    )

    content_panels = [*MastheadPage.content_panels, FieldPanel("intro")]
    settings_panels = [
        *MastheadPage.settings_panels,
        # On each field, not the group: a group's permission only hides it, and its fields
        # would then be saved as unticked by anyone else.
        MultiFieldPanel(
            [
                FieldPanel("requires_chief_review", permission="editorial.mark_sensitive"),
                FieldPanel("requires_second_person", permission="editorial.mark_sensitive"),
            ],
            heading=_("Review"),
        ),
    ]
    parent_page_types = ["sections.HomePage", "sections.SectionPage"]
    subpage_types = ["sections.SectionPage"]

    class Meta:
        verbose_name = _("section")

    def save(self, *args, **kwargs):
        self.intro = clean_plain_text(self.intro)
        super().save(*args, **kwargs)

    def feed_description(self) -> str:
        return self.intro

    def get_listing_articles(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.for_listing().filter(primary_section__path__startswith=self.path)

    @classmethod
    def listing_sizes(cls, listings) -> dict[int, int]:
        from masthead.articles.models import ArticlePage

        # A section lists its subsections' articles too: counted by section, then summed.
        by_path = ArticlePage.objects.counted_by("primary_section__path")
        return {
            section.pk: sum(
                n for path, n in by_path.items() if path and path.startswith(section.path)
            )
            for section in listings
        }

    def get_section_trail(self):
        """Return the sections from the top of the tree down to this one, for breadcrumbs."""
        # Every article of a section shows the same trail: within a bake, read once.
        return per_bake(
            (SectionPage.get_section_trail, self.pk),
            lambda: self.sections_around(with_subsections=False)[0],
        )

    def sections_around(self, with_subsections: bool = True) -> tuple[list, list]:
        """Return the breadcrumb trail down to this section and its live subsections: one query."""
        live = SectionPage.objects.live()
        wanted = live.ancestor_of_q(self)
        if with_subsections:
            wanted |= live.child_of_q(self)
        # In tree order: the ancestors from the top down, then the subsections.
        around = list(live.filter(wanted))
        trail = [*(section for section in around if section.depth < self.depth), self]
        return trail, [section for section in around if section.depth > self.depth]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_trail"], context["subsections"] = self.sections_around()
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


class TopicPage(FeedsMixin, ArticleListingPage):
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

    def feed_description(self) -> str:
        return self.description

    def get_listing_articles(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.for_listing().filter(topics=self)

    @classmethod
    def listing_sizes(cls, listings) -> dict[int, int]:
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.counted_by("topics")

    def dense_listing(self):
        from masthead.articles.models import ArticlePage

        tagged = ArticlePage.topics.through.objects.filter(
            topicpage=self, articlepage=OuterRef("pk")
        )
        return ArticlePage.objects.for_listing().filter(Exists(tagged))
