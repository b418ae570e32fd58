"""Which URLs make up the public site: read from the pages themselves (`get_cached_paths`)."""

from dataclasses import dataclass, field
from pathlib import Path

from django.db.models import Q
from django.utils.translation import gettext
from wagtail.models import Page, Site

from masthead.baking.listings import (
    baked_article,
    baked_listing,
    changed_pages,
    current_listing,
    forget_article,
    remember_article,
    remember_listing,
)

# Files every site has besides its pages; `site_files()` adds those that depend on content.
SITE_FILES = ["/robots.txt"]


def site_files() -> list[str]:
    """Return every site-wide file of a full bake: robots.txt and the sitemaps."""
    from masthead.syndication.sitemaps import sitemap_files

    return [*SITE_FILES, *sitemap_files()]


def is_dynamic(url_path: str) -> bool:
    """True for addresses Django always answers (admin, preview links, search): never baked.

    A page slugged "preview" or a redirect from /preview/… must not put files there: the
    servers send those paths to Django whatever the tree holds, and a draft must never be baked.
    """
    # Imported here: serving imports the baker, which imports this module.
    from masthead.baking.serving import dynamic_path_prefixes

    return url_path.startswith(dynamic_path_prefixes())


def page_urls(page, request=None) -> list[str]:
    """Return the public URLs a live page owns: its own and every variant it declares."""
    base = page.get_url(request=request)
    if not base or base.startswith(("http://", "https://")) or is_dynamic(base):
        return []
    return [base + path.lstrip("/") for path in page.get_cached_paths()]


def public_pages():
    """Return every live, public page of every site, in every language."""
    roots = [site.root_page for site in Site.objects.select_related("root_page")]
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
        # Translations of a site root are the roots of its other editions.
        for translation in root.get_translations():
            pages |= Page.objects.descendant_of(translation, inclusive=True)
    return pages.live().public().specific().order_by("path")


def redirect_target(redirect, request=None) -> str | None:
    if redirect.redirect_page_id:
        page = redirect.redirect_page.specific
        return page.get_url(request=request) if page.live else None
    return redirect.redirect_link or None


def baked_redirect_path(old_path: str) -> str:
    """Wagtail stores redirects without the trailing slash; the baked file sits at the folder."""
    last = old_path.rstrip("/").rsplit("/", 1)[-1]
    return old_path if "." in last else old_path.rstrip("/") + "/"


def site_redirects(page_url_set: set[str], redirects=None) -> dict[str, str]:
    """Return {old URL path: new URL} for Wagtail's redirects that no live page shadows."""
    from wagtail.contrib.redirects.models import Redirect

    if redirects is None:
        redirects = Redirect.objects.select_related("redirect_page")
    found = {}
    for redirect in redirects:
        path = baked_redirect_path(redirect.old_path)
        if is_dynamic(path):
            continue
        target = redirect_target(redirect)
        if target and path not in page_url_set:
            found[path] = target
    return found


def listings_showing(article) -> list:
    """Return the live listing pages that show an article: archive, sections, topics, authors."""
    from masthead.core.models import ArticleListingPage
    from masthead.sections.models import SectionPage

    sections = (
        SectionPage.objects.ancestor_of(article.primary_section, inclusive=True)
        if article.primary_section_id
        else []
    )
    listings = [
        *Page.objects.ancestor_of(article).filter(depth__gte=2).specific(),
        *sections,
        *article.topics.all(),
        *[byline.author for byline in article.bylines.all() if byline.author_id],
    ]
    return [page for page in listings if page.live and isinstance(page, ArticleListingPage)]


def articles_showing_photo(photo_id: int) -> list[int]:
    """Return the ids of live articles that show a photo, as lead photo or in the body."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.images import get_image_model
    from wagtail.models import ReferenceIndex

    from masthead.articles.models import ArticlePage

    photo_type = ContentType.objects.get_for_model(get_image_model())
    # Wagtail's reference index knows which pages' StreamFields point at the photo.
    in_bodies = ReferenceIndex.objects.filter(
        to_content_type=photo_type,
        to_object_id=str(photo_id),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    showing = ArticlePage.objects.live().filter(
        Q(lead_photo_id=photo_id) | Q(pk__in=[int(pk) for pk in in_bodies])
    )
    return list(showing.order_by("-first_published_at").values_list("pk", flat=True))


def translation_urls(article_id: int, translation_key: str = "") -> list[str]:
    """Return the page URLs of an article's live translations: their language switcher and
    hreflang links name it, so they change when it is published, unpublished or deleted."""
    key = (
        Page.objects.filter(pk=article_id).values_list("translation_key", flat=True).first()
        or translation_key
    )
    if not key:
        return []
    translations = Page.objects.live().public().filter(translation_key=key).exclude(pk=article_id)
    return [urls[0] for page in translations.specific() if (urls := page_urls(page))]


def home_pages() -> list:
    """Every edition's home page: it shows the latest articles, whatever changed.

    The sites' roots and their translations, found through their translation keys: picking
    them out of `public_pages()` read every page of the archive.
    """
    from masthead.core.models import ArticleListingPage

    keys = Site.objects.values_list("root_page__translation_key", flat=True)
    homes = Page.objects.filter(translation_key__in=keys).live().public().specific()
    return [page for page in homes.order_by("path") if not isinstance(page, ArticleListingPage)]


def feed_window_changed(before: list[int] | None, after: list[int], article_id: int) -> bool:
    """True when a page's feeds must be rendered again after a change to `article_id`.

    `before` and `after` are the page's article ids, newest first, as baked and now: the feeds
    show the first FEED_LENGTH. They change when the article is among those now (published or
    corrected), when it was and has left (unpublished, moved), or when others moved in or out.
    """
    from masthead.syndication.entries import FEED_LENGTH

    if before is None:
        return True
    return before[:FEED_LENGTH] != after[:FEED_LENGTH] or article_id in after[:FEED_LENGTH]


def home_url(home) -> str:
    return next(url for url in page_urls(home) if url.endswith("/"))


def editions_of(urls, home_urls: set[str]) -> set[str]:
    """Return the home URLs that `urls` lie under: for each, the home with the longest prefix
    (`/ru/articles/...` is under `/ru/`, not `/`)."""
    found = set()
    for url in urls:
        under = [home for home in home_urls if url.startswith(home)]
        if under:
            found.add(max(under, key=len))
    return found


def home_urls(home, refresh_feeds: bool) -> list[str]:
    """Return an edition home's URLs for a rebake: its feeds only if they changed; never the
    feeds' stylesheet, which changes with the templates (a full bake) only."""
    feeds = set(home.feed_paths()) if refresh_feeds else set()
    return [url for url in page_urls(home) if url.endswith("/") or url in feeds]


@dataclass
class RebakePlan:
    """URLs to render again and URLs to remove, as one journalled change of the live tree."""

    urls: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)
    # What the admin's bake state shows for this change.
    description: str = ""
    # What resolving the plan looked up that its pages would look up again (see bake_client).
    memo: dict = field(default_factory=dict)

    def resolve(self, tree: Path) -> "RebakePlan":
        """Work out the details against the live tree; called while holding the bake lock."""
        return self

    def early_urls(self) -> list[str]:
        """A few pages (no PDFs) the resolved plan will render that need none of its lookups,
        quick to find: they may be rendered while it resolves."""
        return []

    def replay_args(self) -> dict:
        """The arguments that make this plan again, to apply it to another tree (see replay)."""
        return {"urls": self.urls, "removed": self.removed, "description": self.description}

    def remember_before(self, tree: Path) -> None:
        """Record, before files change, what must be known if the baker is killed meanwhile."""

    def remember_after(self, tree: Path) -> None:
        """Record what the tree now holds, once the change is committed."""


@dataclass
class ArticleRebakePlan(RebakePlan):
    """After an article was published, edited, unpublished, moved or deleted: its own URLs,
    the listing pages whose articles changed (also in listings it has just left), the home page
    of its edition (of the one it left too), the sitemaps it is or was in, and redirects to it;
    its old URLs are removed."""

    article_id: int = 0
    listing_ids: dict[int, list[int]] = field(default_factory=dict)
    shown_in: set[int] = field(default_factory=set)
    article_urls: list[str] = field(default_factory=list)
    baked_before: dict = field(default_factory=dict)
    # Given when the article is deleted: its translations are still found by it.
    translation_key: str = ""
    sitemaps: list[str] = field(default_factory=list)
    translation_ids: list[int] = field(default_factory=list)

    def replay_args(self) -> dict:
        return {
            "article_id": self.article_id,
            "removed": self.removed,
            "translation_key": self.translation_key,
        }

    def early_urls(self) -> list[str]:
        from masthead.articles.models import ArticlePage

        article = ArticlePage.objects.live().public().filter(pk=self.article_id).first()
        return [url for url in page_urls(article) if not url.endswith(".pdf")] if article else []

    def resolve(self, tree: Path) -> "ArticleRebakePlan":
        from wagtail.contrib.redirects.models import Redirect

        from masthead.articles.models import ArticlePage
        from masthead.core.models import listing_ids_key
        from masthead.syndication.entries import FEED_LENGTH, feed_ids_key
        from masthead.syndication.sitemaps import MONTH_LASTMODS_MEMO_KEY, sitemap_changes

        article = ArticlePage.objects.live().public().filter(pk=self.article_id).specific().first()
        self.baked_before = baked_article(tree, self.article_id)
        self.description = (
            gettext("Article “%(headline)s”") % {"headline": article.headline}
            if article
            else gettext("Article %(id)s, removed") % {"id": self.article_id}
        )
        self.article_urls = page_urls(article) if article else []
        urls = list(self.article_urls)
        removed = (set(self.baked_before["urls"]) | set(self.removed)) - set(urls)
        wanted = set(self.baked_before["listings"])
        if article:
            wanted |= {listing.pk for listing in listings_showing(article)}
        for listing in Page.objects.filter(pk__in=wanted).live().public().specific():
            baked = baked_listing(tree, listing.pk)
            ids = current_listing(listing, baked, self.article_id, may_list_it=article is not None)
            render, gone = changed_pages(baked, ids, listing.articles_per_page, self.article_id)
            urls.extend(listing.listing_page_url(number) for number in render)
            if hasattr(listing, "feed_paths") and feed_window_changed(baked, ids, self.article_id):
                urls.extend(listing.feed_paths())
            removed.update(listing.listing_page_url(number) for number in gone)
            self.listing_ids[listing.pk] = ids
            # Its pages and feeds would read the same ids again, at a cost growing with it.
            self.memo[listing_ids_key(listing.pk)] = ids
            if getattr(listing, "feeds_follow_listing", False):
                self.memo[feed_ids_key(listing.pk)] = ids[:FEED_LENGTH]
            if self.article_id in ids:
                self.shown_in.add(listing.pk)
        homes = home_pages()
        # An edition's home shows only its own articles: the homes the article is or was under.
        touched_homes = editions_of(
            [*self.article_urls, *self.baked_before["urls"]], {home_url(home) for home in homes}
        )
        for home in homes:
            # The edition's feed: its window is remembered like a listing's, under the home's id.
            window = home.feed_article_ids()
            refresh = feed_window_changed(baked_listing(tree, home.pk), window, self.article_id)
            if refresh or home_url(home) in touched_homes:
                urls.extend(home_urls(home, refresh))
            self.listing_ids[home.pk] = window
            self.memo[feed_ids_key(home.pk)] = window
        urls.extend(translation_urls(self.article_id, self.translation_key))
        sitemaps = sitemap_changes(tree, self.article_id, self.baked_before["sitemaps"])
        urls.extend(sitemaps.render)
        removed.update(sitemaps.removed)
        self.sitemaps, self.translation_ids = sitemaps.touched, sitemaps.translations
        if sitemaps.index_months is not None:
            self.memo[MONTH_LASTMODS_MEMO_KEY] = sitemaps.index_months
        if article:
            self.redirects = site_redirects(
                set(urls), Redirect.objects.filter(redirect_page_id=self.article_id)
            )
        self.urls = list(dict.fromkeys(urls))
        self.removed = sorted(removed - set(self.redirects))
        return self

    def remember_before(self, tree: Path) -> None:
        # A superset of old and new: if the baker dies now, the next rebake looks everywhere.
        remember_article(
            tree,
            self.article_id,
            set(self.baked_before["listings"]) | self.shown_in,
            dict.fromkeys([*self.baked_before["urls"], *self.article_urls]),
            {*self.baked_before["sitemaps"], *self.sitemaps},
        )

    def remember_after(self, tree: Path) -> None:
        for listing_id, ids in self.listing_ids.items():
            remember_listing(tree, listing_id, ids)
        # Its translations' files now name it too: their own deletion must find these.
        for translation_id in self.translation_ids:
            baked = baked_article(tree, translation_id)
            if baked["urls"]:
                remember_article(
                    tree,
                    translation_id,
                    baked["listings"],
                    baked["urls"],
                    {*baked["sitemaps"], *self.sitemaps},
                )
        if self.article_urls:
            remember_article(tree, self.article_id, self.shown_in, self.article_urls, self.sitemaps)
        else:
            forget_article(tree, self.article_id)
