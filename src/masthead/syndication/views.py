"""RSS 2.0, Atom and JSON Feed 1.1 of a page's newest articles, and the stylesheet that lets a
browser show an RSS or Atom feed as a readable page.

Each listing page (edition home, section, topic, author) owns its feeds: `<page>/feed.xml`,
`<page>/atom.xml` and `<page>/feed.json`, declared in its `get_cached_paths()` and baked like
its pages (see `masthead.syndication.pages`).
"""

import io
import json
from dataclasses import dataclass
from html import escape

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.dates import MONTHS_ALT
from django.utils.feedgenerator import (
    Atom1Feed,
    Enclosure,
    Rss201rev2Feed,
    Stylesheet,
    rfc3339_date,
)
from django.utils.http import http_date
from django.utils.translation import override
from django.utils.xmlutils import SimplerXMLGenerator

from masthead.syndication.entries import (
    FeedEntry,
    FeedPhoto,
    feed_text,
    listing_feed_entries,
)
from masthead.syndication.names import (
    CONTENT_TYPES,
    JSON_NAME,
    RSS_NAME,
    STYLESHEET_NAME,
    XML_FEED_TYPE,
)

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/"
MEDIA_RSS = "http://search.yahoo.com/mrss/"


@dataclass
class FeedInfo:
    """What a feed says about itself; `url` is the page, `feed_urls` the page's three feeds."""

    title: str
    description: str
    url: str
    feed_urls: dict[str, str]
    language: str
    publication: str
    stylesheet_url: str
    author: str | None = None
    author_url: str | None = None


def write_media_content(handler, photo: FeedPhoto) -> None:
    """Write Media RSS's `media:content` for a photo: caption as description, and its credit."""
    handler.startElement(
        "media:content",
        {
            "url": photo.url,
            "type": photo.mime_type,
            "medium": "image",
            "width": str(photo.width),
            "height": str(photo.height),
            "fileSize": str(photo.length),
        },
    )
    if photo.caption:
        handler.addQuickElement("media:description", photo.caption, {"type": "plain"})
    if photo.credit:
        handler.addQuickElement("media:credit", photo.credit)
    if photo.alt_text:
        handler.addQuickElement("media:text", photo.alt_text, {"type": "plain"})
    handler.endElement("media:content")


class EntryXmlMixin:
    """Write each entry's XML once per format (kept on the entry, which a bake makes once): an
    article is in the feeds of its edition, sections, topics and authors, and writing its element
    is most of a feed's time.

    An entry's element depends on the entry and the format only (`FeedEntry` is all it shows).
    """

    item_element = "item"

    def write_items(self, handler):
        for item in self.items:
            entry: FeedEntry = item["entry"]
            if self.item_element not in entry.xml:
                entry.xml[self.item_element] = self.item_xml(item)
            # Written as is: the text is the XML of the element, escaped when it was written.
            handler.ignorableWhitespace(entry.xml[self.item_element])

    def item_xml(self, item) -> str:
        text = io.StringIO()
        handler = SimplerXMLGenerator(text, "utf-8", short_empty_elements=True)
        handler.startElement(self.item_element, self.item_attributes(item))
        self.add_item_elements(handler, item)
        handler.endElement(self.item_element)
        return text.getvalue()


class MastheadRssFeed(EntryXmlMixin, Rss201rev2Feed):
    """RSS 2.0 with full text (`content:encoded`), every byline, the update time and Media RSS."""

    content_type = XML_FEED_TYPE

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DUBLIN_CORE,
            "xmlns:content": CONTENT_MODULE,
            "xmlns:media": MEDIA_RSS,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry: FeedEntry = item["entry"]
        for author in entry.authors:
            handler.addQuickElement("dc:creator", author.name)
        if entry.updated:
            # RSS has no update time of its own; readers take Atom's.
            handler.addQuickElement("atom:updated", rfc3339_date(entry.updated))
        handler.addQuickElement("content:encoded", entry.content_html)
        if entry.photo:
            write_media_content(handler, entry.photo)


class MastheadAtomFeed(EntryXmlMixin, Atom1Feed):
    """Atom with full text (`content`), every byline as an author, and Media RSS for credits."""

    item_element = "entry"

    content_type = XML_FEED_TYPE

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def write(self, outfile, encoding):
        # Django adds stylesheets to RSS only; browsers apply them to Atom just the same.
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        for stylesheet in self.feed["stylesheets"] or []:
            handler.processingInstruction("xml-stylesheet", stylesheet)
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry: FeedEntry = item["entry"]
        for author in entry.authors:
            handler.startElement("author", {})
            handler.addQuickElement("name", author.name)
            if author.url:
                handler.addQuickElement("uri", author.url)
            handler.endElement("author")
        handler.addQuickElement("content", entry.content_html, {"type": "html"})
        if entry.photo:
            write_media_content(handler, entry.photo)


class ArticlesFeed(Feed):
    """Django's feed view over entries made beforehand, so the three formats share one text."""

    def __init__(self, feed_type, info: FeedInfo, entries: list[FeedEntry], feed_url: str):
        super().__init__()
        self.feed_type = feed_type
        self.info = info
        self.entries = entries
        self.own_url = feed_url
        self.language = info.language

    def __call__(self, request, *args, **kwargs):
        # Django's own writes the feed into the response one XML token at a time (some 1,500
        # calls of HttpResponse.write for 20 entries, half the feed's time): here into memory,
        # then handed to the response whole. Otherwise as Django's.
        feed = self.get_feed(self.info, request)
        body = io.BytesIO()
        feed.write(body, "utf-8")
        response = HttpResponse(body.getvalue(), content_type=feed.content_type)
        response.headers["Last-Modified"] = http_date(feed.latest_post_date().timestamp())
        return response

    def get_object(self, request, *args, **kwargs):
        return self.info

    def title(self, info):
        return info.title

    def link(self, info):
        return info.url

    def description(self, info):
        return info.description or info.title

    def subtitle(self, info):
        return info.description or None

    def feed_url(self, info):
        return self.own_url

    def feed_guid(self, info):
        return self.own_url

    def author_name(self, info):
        return info.author or info.publication

    def author_link(self, info):
        return info.author_url

    def stylesheets(self, info):
        return [Stylesheet(info.stylesheet_url, mimetype="text/xsl")]

    def items(self, info):
        return self.entries

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.url

    def item_guid_is_permalink(self, entry):
        return True

    def item_description(self, entry):
        # RSS descriptions and Atom's `summary type="html"` are HTML: the standfirst is text.
        return escape(entry.summary, quote=False) if entry.summary else None

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        # Atom requires an update time on every entry: publication, when nothing changed since.
        if self.feed_type is MastheadAtomFeed:
            return entry.updated or entry.published
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_enclosures(self, entry):
        photo = entry.photo
        return [Enclosure(photo.url, str(photo.length), photo.mime_type)] if photo else []

    def item_extra_kwargs(self, entry):
        return {"entry": entry}


def json_feed(info: FeedInfo, entries: list[FeedEntry]) -> dict:
    """Return a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1)."""
    items = []
    for entry in entries:
        item = {
            "id": entry.url,
            "url": entry.url,
            "title": entry.title,
            "content_html": entry.content_html,
            "date_published": rfc3339_date(entry.published),
            "language": entry.language,
        }
        if entry.summary:
            item["summary"] = entry.summary
        if entry.updated:
            item["date_modified"] = rfc3339_date(entry.updated)
        if entry.authors:
            item["authors"] = [
                {"name": a.name, **({"url": a.url} if a.url else {})} for a in entry.authors
            ]
        if entry.categories:
            item["tags"] = entry.categories
        if entry.photo:
            photo = entry.photo
            item["image"] = photo.url
            item["attachments"] = [
                {
                    "url": photo.url,
                    "mime_type": photo.mime_type,
                    "title": photo.caption or photo.alt_text,
                    "size_in_bytes": photo.length,
                }
            ]
            # JSON Feed has no place for a credit; extensions start with an underscore.
            item["_masthead"] = {
                "image_caption": photo.caption,
                "image_credit": photo.credit,
                "image_alt_text": photo.alt_text,
            }
        items.append(item)
    document = {
        "version": JSON_FEED_VERSION,
        "title": info.title,
        "home_page_url": info.url,
        "feed_url": info.feed_urls[JSON_NAME],
        "language": info.language,
        "authors": [
            {
                "name": info.author or info.publication,
                **({"url": info.author_url} if info.author_url else {}),
            }
        ],
        "items": items,
    }
    if info.description:
        document["description"] = info.description
    return document


def serve_feed(page, request, name: str) -> HttpResponse:
    """Answer `<page>/<name>`: one of the page's three feeds."""
    info = page.feed_info(request)
    with override(info.language):
        entries = listing_feed_entries(page, request)
        if name == JSON_NAME:
            # Compact: indenting makes Python's JSON encoder take its slow path (4x here), and
            # feed readers do not read the spaces; a browser's JSON viewer indents on its own.
            body = json.dumps(json_feed(info, entries), ensure_ascii=False)
            return HttpResponse(body.encode(), content_type=CONTENT_TYPES[JSON_NAME])
        feed_type = MastheadRssFeed if name == RSS_NAME else MastheadAtomFeed
        return ArticlesFeed(feed_type, info, entries, info.feed_urls[name])(request)


def serve_stylesheet(home, request) -> HttpResponse:
    """Answer `<edition>/feed.xsl`: the XSLT that shows an RSS or Atom feed as a page."""
    info = home.feed_info(request)
    with override(info.language):
        # The month as in "19 June 2024" / "19 июня 2024": Django's own translated names.
        month_names = [(number, str(name)) for number, name in MONTHS_ALT.items()]
        body = render_to_string(
            "syndication/feed.xsl",
            {
                "publication": feed_text(info.publication),
                "home_url": home.get_url(request),
                "month_names": month_names,
            },
            request=request,
        )
    return HttpResponse(body.encode(), content_type=CONTENT_TYPES[STYLESHEET_NAME])


def serve_feed_path(request, page_path: str, filename: str):
    """Serve `<page>/feed.xml` and its siblings through Wagtail's routing of `<page>/`.

    Wagtail's own URL pattern only matches folders; routing the name as a last path component
    keeps privacy rules, redirects and the page's own `route` in charge.
    """
    from wagtail.views import serve

    return serve(request, f"{page_path}{filename}/")
