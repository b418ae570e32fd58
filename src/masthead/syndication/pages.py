"""Pages that own feeds: each edition's home, sections, topics and authors.

Feeds live beside the page they follow (`/news/politics/feed.xml`, `/ru/feed.json`) rather than
under one `/feeds/` tree: the page declares them in `get_cached_paths()`, so the baker, a cache
purge and a mirror find them with the page, and a section moved in the tree takes its feeds along.
"""

from django.conf import settings
from django.utils.translation import gettext, override
from wagtail.url_routing import RouteResult

from masthead.core.memo import bake_memo, per_request
from masthead.syndication import entries
from masthead.syndication.entries import feed_text
from masthead.syndication.names import FEED_NAMES, JSON_NAME, RSS_NAME, STYLESHEET_NAME
from masthead.syndication.views import FeedInfo, serve_feed, serve_stylesheet


def edition_home_url(language_code: str) -> str:
    """Return the path of an edition's home: "/" for the default language, else "/<code>/"."""
    return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"


class FeedsMixin:
    """Gives a listing page RSS, Atom and JSON feeds of its newest articles.

    Put it first among the bases: its `route` answers the feed names before the page's own.
    """

    feed_names = FEED_NAMES
    # True where the feeds follow the page's own listing: its newest ids are the feeds' ids.
    feeds_follow_listing = True

    def feed_articles(self):
        """Return the queryset the feeds follow, newest first: by default, what the page lists."""
        return self.get_listing_articles()

    def feed_article_ids(self) -> list[int]:
        """Return the ids the feeds show now, newest first: what a rebake compares."""
        return list(
            self.feed_articles()
            .prefetch_related(None)
            .values_list("pk", flat=True)[: entries.FEED_LENGTH]
        )

    def listing_page_articles(self, request, page_slice: slice) -> list:
        articles = super().listing_page_articles(request, page_slice)
        shows_the_feeds_articles = page_slice.start == 0 and (
            len(articles) >= entries.FEED_LENGTH or len(articles) == self.listing_layout().total
        )
        if self.feeds_follow_listing and shows_the_feeds_articles and bake_memo() is not None:
            # Its feeds, rendered next in a bake, need not read the newest articles again.
            per_request(
                request,
                entries.feed_ids_key(self.pk),
                lambda: [article.pk for article in articles[: entries.FEED_LENGTH]],
            )
        return articles

    def feed_description(self) -> str:
        return ""

    def feed_title(self, publication: str) -> str:
        return f"{self.title} — {publication}"

    def feed_author(self) -> tuple[str, str] | None:
        """Return (name, URL) when every article in the feed is by one author."""
        return None

    def feed_urls(self, request=None) -> dict[str, str]:
        base = self.get_canonical_url(request)
        return {name: base + name for name in self.feed_names}

    def feed_paths(self, request=None) -> list[str]:
        base = self.get_url(request=request)
        return [base + name for name in self.feed_names] if base else []

    def feed_info(self, request=None) -> FeedInfo:
        from masthead.editions.links import page_language
        from masthead.newsroom.models import NewsroomSettings

        # From the locales read once per request (per bake), not the page's own query.
        language = page_language(request, self) if request else self.locale.language_code
        publication = NewsroomSettings.for_request(request).text_in("publication_name", language)
        with override(language):
            author = self.feed_author()
            return FeedInfo(
                title=feed_text(self.feed_title(publication)),
                description=feed_text(self.feed_description()),
                url=feed_text(self.get_canonical_url(request)),
                feed_urls={name: feed_text(url) for name, url in self.feed_urls(request).items()},
                language=language,
                publication=feed_text(publication),
                stylesheet_url=edition_home_url(language) + STYLESHEET_NAME,
                author=feed_text(author[0]) if author else None,
                author_url=feed_text(author[1]) if author else None,
            )

    def feed_links(self, request=None) -> list[dict[str, str]]:
        """Return the `<link rel="alternate">` a page's head shows for these feeds."""
        formats = {RSS_NAME: "RSS", "atom.xml": "Atom", JSON_NAME: "JSON Feed"}
        types = {
            RSS_NAME: "application/rss+xml",
            "atom.xml": "application/atom+xml",
            JSON_NAME: "application/feed+json",
        }
        from masthead.editions.links import page_language
        from masthead.newsroom.models import NewsroomSettings

        # Settings are read once per request (Wagtail keeps them on it), and the edition's
        # language from the locales the page's render has already read.
        publication = (
            NewsroomSettings.for_request(request).text_in(
                "publication_name", page_language(request, self)
            )
            if request
            else ""
        )
        title = self.feed_title(publication) if publication else self.title
        return [
            {"href": path, "type": types[name], "title": f"{title} ({formats[name]})"}
            for name, path in zip(self.feed_names, self.feed_paths(request), strict=True)
        ]

    def owns_file(self, path_components) -> bool:
        """True for `[<feed name>]`: a page that overrides `route` asks this first."""
        return len(path_components) == 1 and path_components[0] in self.feed_names

    def route(self, request, path_components):
        if self.owns_file(path_components):
            return RouteResult(self, kwargs={"feed_file": path_components[0]})
        return super().route(request, path_components)

    def serve(self, request, *args, feed_file=None, **kwargs):
        if feed_file is not None:
            return serve_feed(self, request, feed_file)
        return super().serve(request, *args, **kwargs)

    def get_cached_paths(self):
        return [*super().get_cached_paths(), *(f"/{name}" for name in self.feed_names)]


class EditionFeedsMixin(FeedsMixin):
    """The edition's home: feeds of every article of the edition, and the feeds' stylesheet."""

    feeds_follow_listing = False

    def feed_articles(self):
        from masthead.articles.models import ArticlePage

        return ArticlePage.objects.for_listing().descendant_of(self)

    def feed_title(self, publication: str) -> str:
        return publication

    def feed_description(self) -> str:
        return gettext("The latest articles")

    def owns_file(self, path_components) -> bool:
        return path_components == [STYLESHEET_NAME] or super().owns_file(path_components)

    def route(self, request, path_components):
        if path_components == [STYLESHEET_NAME]:
            return RouteResult(self, kwargs={"feed_stylesheet": True})
        return super().route(request, path_components)

    def serve(self, request, *args, feed_stylesheet=False, **kwargs):
        if feed_stylesheet:
            return serve_stylesheet(self, request)
        return super().serve(request, *args, **kwargs)

    def get_cached_paths(self):
        return [*super().get_cached_paths(), f"/{STYLESHEET_NAME}"]
