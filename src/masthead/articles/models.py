"""Articles, their ordered bylines, and the dated permalinks /articles/YYYY/MM/DD/<slug>/."""

import datetime
import functools
import re
from collections import Counter
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from masthead.core.blocks import ArticleBodyBlock
from masthead.core.memo import bake_memo, per_bake, within_bake
from masthead.core.models import (
    PAGES_NEWEST_FIRST,
    ArticleListingPage,
    MastheadPage,
    baked_private_q,
    remembered_or_fetched,
)
from masthead.core.sanitize import clean_plain_text, clean_plain_text_line
from masthead.editorial.forms import ArticlePageForm
from masthead.editorial.scheduling import EmbargoRespectingPublishAction
from masthead.editorial.workflows import desk_workflow_for

RELATED_ARTICLES = 4
# How many of the newest articles of each of an article's topics, and of its section, its
# related articles are chosen from.
RELATED_CANDIDATES = 50
# The fragment under which article_page.html remembers each related article's teaser.
RELATED_TEASER = "related_teaser"
# Wagtail's picture tag looks among prefetched renditions before its cache and the database.
LEAD_PHOTO_RENDITIONS = "lead_photo__renditions"
DATE_COMPONENT = re.compile(r"^\d{1,4}$")
# In a bake's memo: an article fetched ahead for the page about to be rendered (see
# `remember_articles`), under its url_path.
REMEMBERED_ARTICLE = "article fetched ahead"
# In a full bake's memo: {id: article} of related articles fetched ahead for a run of pages,
# with their bylines (see `remember_articles`); emptied when it holds this many.
RELATED_AHEAD = "related articles fetched ahead"
RELATED_AHEAD_LIMIT = 2000
NOTE_MAX_LENGTH = 1500


class ArticleQuerySet(PageQuerySet):
    def private_q(self):
        return baked_private_q() or super().private_q()

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

    def counted_by(self, field: str) -> dict:
        """Return {value of `field`: how many listed articles have it} (see `for_listing`)."""
        listed = self.for_listing().select_related(None).prefetch_related(None).order_by()
        return dict(listed.values_list(field).annotate(count=Count("pk", distinct=True)))


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
    routes_through_children = False  # dated permalinks: see `route`

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
        memo = bake_memo()
        if memo is not None:
            remembered = memo.pop((REMEMBERED_ARTICLE, f"{self.url_path}{slug}/"), None)
            if remembered is not None:
                return remembered
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
    # The photo's caption is written once, in one language; a translation says it in its own.
    lead_photo_caption = models.CharField(
        _("lead photo caption"),
        max_length=500,
        blank=True,
        help_text=_(
            "Leave empty to show the photo's own caption. In a translation, write the caption "
            "in the article's language; the credit stays the photo's."
        ),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    updated_at = models.DateTimeField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("Set when the story changed materially; readers see “Updated” with this time."),
    )
    # Fixed at first publication so the permalink never moves, even if the time zone setting does.
    # Indexed: a month's sitemap file reads its articles by it, in time that does not grow with
    # the archive.
    permalink_date = models.DateField(null=True, blank=True, editable=False, db_index=True)
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
    # A copy is a new article: it gets its own date, and so its own permalink, when published,
    # and none of the original's corrections.
    exclude_fields_in_copy = ["permalink_date", "notes"]

    content_panels = [
        # As Wagtail's title field: until the article is first published, typing the headline
        # fills the slug, transliterated (masthead.editions.slugs does the same in code).
        TitleFieldPanel("headline", placeholder=False),
        FieldPanel("standfirst"),
        InlinePanel("bylines", label=_("Bylines"), min_num=0),
        MultiFieldPanel([FieldPanel("primary_section"), FieldPanel("topics")], heading=_("Filing")),
        FieldPanel("lead_photo"),
        FieldPanel("lead_photo_caption"),
        FieldPanel("body"),
        FieldPanel("updated_at"),
        InlinePanel(
            "notes",
            label=_("Corrections and updates"),
            help_text=_(
                "Readers see each note at the end of the article, with the date it was published "
                "(“Correction, 20 June 2024: …”), and “Corrected” or “Updated” next to the date "
                "at the top. The date is set when you publish and cannot be changed; once "
                "published, a note can be changed or removed only by the editor in chief."
            ),
            min_num=0,
        ),
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
        # SQLite's FTS5 cannot stem Russian: the index gets the stems too (masthead.search).
        index.SearchField("search_stems"),
        index.FilterField("primary_section"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")

    def full_clean(self, *args, **kwargs):
        self.headline = clean_plain_text(self.headline)
        self.standfirst = clean_plain_text(self.standfirst)
        self.lead_photo_caption = clean_plain_text(self.lead_photo_caption)
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
        # Saves with `update_fields` (drafts, revisions) leave the notes' rows alone.
        full_save = kwargs.get("update_fields") is None
        if full_save and self.pk:
            self.keep_note_dates()
        super().save(*args, **kwargs)
        if full_save and self.live:
            self.date_new_notes()

    def with_content_json(self, content):
        # Revisions keep the notes as the editor saved them, before publication dated them: the
        # editor, previews and the publish itself take the dates from the published rows.
        page = super().with_content_json(content)
        page.keep_note_dates()
        return page

    def keep_note_dates(self) -> None:
        """Give each note in memory the date it was first published, or none if it is new.

        A revision's copy of a note cannot carry another date: nobody backdates a correction.
        """
        notes = list(self.notes.all())
        if not notes or self.pk is None:
            return
        published = dict(
            ArticleNote.objects.filter(page_id=self.pk, published_at__isnull=False).values_list(
                "pk", "published_at"
            )
        )
        for note in notes:
            note.published_at = published.get(note.pk)

    def date_new_notes(self) -> None:
        """Date the notes that have just become public (the article is live) with this moment."""
        ArticleNote.objects.filter(page_id=self.pk, published_at__isnull=True).update(
            published_at=timezone.now()
        )
        self.__dict__.pop("reader_notes", None)

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

    def search_stems(self) -> str:
        """Return the Snowball stems of the article's words where the search index needs them."""
        from masthead.search.query import index_uses_stems
        from masthead.search.text import article_text, stems

        if not index_uses_stems():
            return ""
        # Every occurrence, not each stem once: relevance counts how often a word is used.
        return " ".join(stems(f"{self.headline}\n{article_text(self)}"))

    @cached_property
    def reader_notes(self) -> list["ArticleNote"]:
        """Return the notes in the order they were published; a preview's new ones come last."""
        return sorted(
            self.notes.all(),
            key=lambda note: (note.published_at is None, note.published_at or 0, note.sort_order),
        )

    @property
    def latest_change_note(self) -> "ArticleNote | None":
        """Return the newest published correction or update (editor's notes change no facts)."""
        changes = [
            note
            for note in self.reader_notes
            if note.published_at and note.kind != ArticleNote.Kind.EDITORS_NOTE
        ]
        return changes[-1] if changes else None

    @property
    def reader_updated_at(self) -> datetime.datetime | None:
        """Return the “Updated” time readers see (and dateModified): set by hand or by a note."""
        note = self.latest_change_note
        times = [t for t in (self.updated_at, note and note.published_at) if t]
        return max(times) if times else None

    @property
    def updated_by_note(self) -> "ArticleNote | None":
        """Return the note whose publication is the “Updated” time shown, if one is."""
        note = self.latest_change_note
        return note if note and note.published_at == self.reader_updated_at else None

    def get_workflow(self):
        # Workflows are assigned by place in the tree, and every article lives in the archive:
        # the desk chooses one by the article's section instead, unless one is assigned.
        if not hasattr(self, "_desk_workflow"):
            self._desk_workflow = desk_workflow_for(self) or super().get_workflow()
        return self._desk_workflow

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def get_related_articles(self, request=None):
        """Return a few live articles sharing the most topics, then the section; newest first
        (see `related_listing`). Their bylines are not fetched: `get_context` fetches them with
        the page's own. Within a bake, those whose related teaser is rendered already come as
        stand-ins (see `remembered_or_fetched`), and a full bake fetched the others ahead for a
        run of pages (see `remember_articles`).
        """
        listed = self.related_listing()
        if bake_memo() is None:
            fetched = fetch_related([pk for pk, _at in listed])
            return [fetched[pk] for pk, _at in listed if pk in fetched]

        def fetch(ids):
            return fetch_related(ids).values()

        return remembered_or_fetched(request, ArticlePage, listed, RELATED_TEASER, fetch)

    def related_listing(self) -> list[tuple]:
        """Return (id, publication time) of the related articles, the best first.

        Chosen among the newest `RELATED_CANDIDATES` of each of its topics and of its section:
        counting the topics every article of a section shares took time growing with the
        archive (22 ms a page in one of 20,000).
        """
        topic_ids = [topic.pk for topic in self.topics.all()]
        # Built once, and only if a bake has not read the candidates yet: `public()` reads the
        # view restrictions (outside a bake) and building it took a quarter of a full bake's
        # fetching ahead.
        visible = functools.cache(lambda: ArticlePage.objects.live().public())
        # Counted here: an article sharing two topics comes in both topics' rows.
        by_topic = [
            row
            for topic_id in topic_ids
            for row in newest_candidates(visible, "topic", topic_id, self.pk)
        ]
        in_section = (
            newest_candidates(visible, "section", self.primary_section_id, self.pk)
            if self.primary_section_id
            else []
        )
        # Readers of one edition are offered articles in its language (filtered here: asked of
        # the database, SQLite reads the whole edition through its locale's index instead).
        published = {
            pk: at for pk, at, locale_id in by_topic + in_section if locale_id == self.locale_id
        }
        shared = Counter(pk for pk, _at, _locale in by_topic)
        best = sorted(published, key=lambda pk: (shared[pk], published[pk], pk), reverse=True)
        return [(pk, published[pk]) for pk in best[:RELATED_ARTICLES]]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A saved page's topics are read twice (related articles, footer) and its bylines come
        # with the related articles' ones; a preview of a new page has them in memory only.
        saved = [self] if self.pk is not None else []
        prefetch_related_objects(saved, "topics")
        related = self.get_related_articles(request)
        prefetch_teasers([*saved, *(each for each in related if not hasattr(each, "is_stand_in"))])
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


def fetch_related(ids) -> dict:
    """Return {id: article} of related articles (live and public already: see
    `related_listing`), those a full bake fetched ahead taken from its memo."""
    memo = bake_memo()
    ahead = memo.get(RELATED_AHEAD, {}) if memo is not None else {}
    found = {pk: ahead[pk] for pk in ids if pk in ahead}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        found |= ArticlePage.objects.filter(pk__in=missing).defer_streamfields().in_bulk()
    return found


def remember_articles(memo: dict, urls: list[str]) -> None:
    """Fetch the live articles a bake is about to render among `urls`, with what their pages
    show (section, photo and its renditions, topics, bylines, notes, translations), for
    `find_article`: a few queries for a run of pages instead of six for each.

    Each is taken out of the memo by the page that uses it: a bake of thousands of articles does
    not keep them all.
    """
    from masthead.editions.links import remember_translations

    slugs = {urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] for url in urls if url.endswith("/")}
    with within_bake(memo):
        articles = list(
            ArticlePage.objects.live()
            .filter(slug__in=slugs - {""})
            .select_related("primary_section", "lead_photo")
            .prefetch_related("topics", "notes", *teaser_prefetches(with_photos=True))
        )
        # Their language switchers and hreflang alternates.
        remember_translations(memo, articles)
        # Their related articles, with what a related teaser shows: one query for the run
        # instead of two for each page.
        ahead = memo.setdefault(RELATED_AHEAD, {})
        if len(ahead) >= RELATED_AHEAD_LIMIT:
            ahead.clear()
        wanted = {pk for article in articles for pk, _at in article.related_listing()}
        if wanted - ahead.keys():
            related = fetch_related(wanted - ahead.keys())
            prefetch_teasers(related.values())
            ahead |= related
    for article in articles:
        memo[(REMEMBERED_ARTICLE, article.url_path)] = article


def newest_candidates(visible, kind: str, pk: int, excluded: int) -> list[tuple]:
    """Return (pk, first_published_at, locale_id) of the newest `RELATED_CANDIDATES` articles
    of `visible()` (live and public) in a topic or section (`kind`), `excluded` left out.

    One query per topic and section in a bake, whose articles share them (see
    masthead.core.memo): one more row than needed is read, for the article asking.
    """
    rows = per_bake(
        ("related candidates", kind, pk),
        lambda: newest_of(visible(), kind, pk, RELATED_CANDIDATES + 1),
    )
    return [row for row in rows if row[0] != excluded][:RELATED_CANDIDATES]


def newest_of(visible, kind: str, pk: int, count: int) -> list[tuple]:
    # Each condition in a subquery: SQLite then walks the index of publication times from the
    # newest and stops at the limit, instead of reading and sorting every article of a topic or
    # section through their own index (0.05 ms against 3-4 in an archive of 20,000; a topic
    # that has very few articles is the slow case, a walk of the archive).
    if kind == "topic":
        belongs = ArticlePage.topics.through.objects.filter(
            articlepage_id=OuterRef("pk"), topicpage_id=pk
        )
    else:
        belongs = ArticlePage.objects.filter(pk=OuterRef("pk"), primary_section=pk)
    return list(
        visible.filter(Exists(belongs))
        .order_by(*PAGES_NEWEST_FIRST)
        .values_list("pk", "first_published_at", "locale_id")[:count]
    )


class ArticleByline(Orderable):
    """One byline: an author of the newsroom, or an agency such as “Reuters”."""

    # Wagtail's reference index records a page's bylines and notes under the page when the page
    # is saved. By default it also queues a task on every save of one of them, which does the
    # same; when the row is gone by the time the task runs (a publication replaces them), the
    # task fails with DoesNotExist and fills the worker's log. So their saves queue nothing.
    wagtail_reference_index_ignore = True

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


class NoteDatePanel(FieldPanel):
    """Shows the editor when readers started seeing a note, or that publishing will date it."""

    def format_value_for_display(self, value):
        if value is None:
            return _("Not published yet: dated when you publish.")
        return formats.date_format(timezone.localtime(value), "j E Y, H:i")


class ArticleNote(Orderable):
    """A correction, update or editor's note, shown at the end of the article with its date.

    Part of the article's revisions, so the history shows who added or changed one and when.
    `published_at` is set when the version carrying the note goes live, and kept after that.
    """

    wagtail_reference_index_ignore = True  # see ArticleByline

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Correction")
        UPDATE = "update", _("Update")
        EDITORS_NOTE = "editors_note", _("Editor's note")

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.CORRECTION,
        help_text=_(
            "Correction: something published was wrong. Update: the story moved on. "
            "Editor's note: context about the article itself."
        ),
    )
    text = models.TextField(
        _("text"),
        max_length=NOTE_MAX_LENGTH,
        # TextField's max_length only limits the form; this holds for every way in.
        validators=[MaxLengthValidator(NOTE_MAX_LENGTH)],
        help_text=_(
            "Plain text, shown after “Correction, 20 June 2024:”. Say what was wrong and what is "
            "right, e.g. “An earlier version gave the wrong date of the vote; it was on Tuesday.”"
        ),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        NoteDatePanel(
            "published_at",
            read_only=True,
            heading=_("Shown to readers since"),
            help_text=_("Set by publishing; nobody can change it."),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")

    def __str__(self):
        return f"{self.get_kind_display()}: {Truncator(self.text).chars(60)}"

    def clean(self):
        self.text = clean_plain_text_line(self.text)
        if not self.text:
            raise ValidationError({"text": _("Write what was corrected or updated.")})

    def save(self, *args, **kwargs):
        # Imports and scripts do not pass through the form; the text is cleaned for them too.
        self.text = clean_plain_text_line(self.text)
        super().save(*args, **kwargs)
