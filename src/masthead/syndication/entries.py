"""What a feed says about each article: full text as clean HTML with absolute URLs, the lead
photo with its credit, bylines, categories and dates, fetched for a whole feed in a few queries.

RSS, Atom and JSON Feed are written from these entries (see `masthead.syndication.views`), so
the three formats always carry the same text.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

import nh3
from django.conf import settings
from django.db.models import Prefetch
from django.utils import formats, timezone
from django.utils.translation import gettext, override
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

from masthead.core.memo import bake_memo, is_remembered, per_request, remembered
from masthead.core.sanitize import CONTROL_CHARACTERS
from masthead.photos.models import image_filter

# Newest articles in every feed. A listing's front page always shows at least this many, so a
# feed changes only when its listing's front does.
FEED_LENGTH = 20
# The lead and body photos in feeds are the JPEGs the article page offers its widest screens:
# every feed reader can show them, and the baked site already holds the file.
FEED_PHOTO_SPEC = "format-jpeg|width-1200"
FEED_PHOTO_MIME_TYPE = "image/jpeg"
# What full text may hold in a feed; anything else (scripts, styles, classes) is dropped.
FEED_HTML_TAGS = {
    *("p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "h2", "h3", "h4"),
    *("blockquote", "figure", "figcaption", "img", "small"),
}
FEED_HTML_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}
# Not allowed anywhere in XML 1.0, so never in a feed: C0 controls but tab and newlines, DEL,
# lone surrogates, and the two non-characters U+FFFE and U+FFFF.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Rich text fragments of every article are expanded in one pass (one query per link type for
# the whole feed), joined with a character cleaned text never holds.
FRAGMENT_SEPARATOR = "\x00"
# A link to a page in stored rich text: `<a linktype="page" id="12">`, attributes in any order.
PAGE_LINK = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>')
LINK_ID = re.compile(r'\bid="(\d+)"')


def feed_text(value) -> str:
    """Return `value` as text any XML 1.0 or JSON file can hold (see NOT_IN_XML)."""
    return NOT_IN_XML.sub("", str(value or ""))


def absolute_url(url: str) -> str:
    """Return a site URL as an absolute one on the main site (renditions may already be)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.MASTHEAD_SITE_URL + url


def clean_feed_html(html: str) -> str:
    """Return HTML fit for a feed reader: allowed tags only, every URL absolute."""
    return nh3.clean(
        feed_text(CONTROL_CHARACTERS.sub("", html)),
        tags=FEED_HTML_TAGS,
        attributes=FEED_HTML_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        url_relative=("rewrite_with_base", settings.MASTHEAD_SITE_URL + "/"),
        link_rel=None,
        strip_comments=True,
    )


@dataclass
class FeedPhoto:
    url: str
    width: int
    height: int
    length: int
    caption: str
    credit: str
    alt_text: str
    mime_type: str = FEED_PHOTO_MIME_TYPE


@dataclass
class FeedAuthor:
    name: str
    url: str | None = None


@dataclass
class FeedEntry:
    """One article as every feed format shows it; every string is safe for XML and JSON."""

    url: str
    title: str
    summary: str
    content_html: str
    published: datetime
    updated: datetime | None
    authors: list[FeedAuthor] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    photo: FeedPhoto | None = None
    language: str = ""
    # {feed format: this entry's element in it}, written once (see `EntryXmlMixin`): an article
    # is in the feeds of its edition, sections, topics and authors, and carried between rebakes.
    xml: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def feed_articles(articles):
    """Return the newest FEED_LENGTH of a listing's `articles` queryset, with all a feed shows.

    A fixed number of queries whatever the length: articles, bylines with authors, topics,
    notes, lead photos' renditions; body photos and internal links come in `feed_entries`.
    """
    from masthead.articles.models import LEAD_PHOTO_RENDITIONS, ArticleByline

    return list(
        articles.defer(None)  # the listing defers the body, which a feed shows in full
        .select_related("primary_section", "lead_photo", "locale")
        .prefetch_related(None)
        .prefetch_related(
            Prefetch(
                "bylines",
                queryset=ArticleByline.objects.select_related("author", "author__locale"),
            ),
            "topics",
            "notes",
            LEAD_PHOTO_RENDITIONS,
        )[:FEED_LENGTH]
    )


def feed_entries(articles: list) -> list[FeedEntry]:
    """Return the entries of `articles` (from `feed_articles`), each in its article's language."""
    body_photos = fetch_body_photos(articles)
    fragments = expand_rich_text(articles)
    entries = []
    for article in articles:
        with override(article.locale.language_code):
            entries.append(article_entry(article, body_photos, fragments))
    return entries


def feed_ids_key(page_id: int) -> tuple:
    """The memo key of a page's feed article ids: a rebake that read them hands them over."""
    return ("feed article ids", page_id)


def feed_entry_key(article_id: int) -> tuple:
    """The memo key of an article's feed entry (see `listing_feed_entries`)."""
    return ("feed entry", article_id)


def linked_page_ids(article) -> set[int]:
    """Return the ids of the pages the article's rich text links to."""
    return {
        int(page_id)
        for source in rich_text_sources(article)
        for link in PAGE_LINK.findall(source)
        for page_id in LINK_ID.findall(link)
    }


def listing_feed_entries(listing, request) -> list[FeedEntry]:
    """Return the entries of a listing page's feeds, newest first.

    An article is in the feeds of its edition, sections, topics and authors, three formats
    each: within a bake (see `masthead.core.memo`) its entry is made once, not a dozen times,
    and a rebake may carry it to the next (see `masthead.baking.carry`). An entry depends on its
    article, and the pages its text links to, only.
    """
    from masthead.articles.models import ArticlePage
    from masthead.baking.carry import carrying, page_link_versions, record_version

    ids = per_request(request, feed_ids_key(listing.pk), listing.feed_article_ids)
    missing = [pk for pk in ids if not is_remembered(request, feed_entry_key(pk))]
    if missing:
        articles = feed_articles(ArticlePage.objects.filter(pk__in=missing))
        memo = bake_memo()
        linked = {article.pk: linked_page_ids(article) for article in articles}
        # Read before the links are expanded: a change in between makes the entry stale.
        link_versions = page_link_versions(set().union(*linked.values())) if carrying(memo) else {}
        for article, entry in zip(articles, feed_entries(articles), strict=True):
            key = feed_entry_key(article.pk)
            per_request(request, key, lambda entry=entry: entry)
            links = tuple((pk, link_versions.get(pk)) for pk in sorted(linked[article.pk]))
            record_version(memo, key, article, links)
    # An article unpublished since its id was read has no entry.
    return [entry for pk in ids if (entry := remembered(request, feed_entry_key(pk)))]


def photo_ids_in(body_raw: list) -> list[int]:
    ids = []
    for block in body_raw or []:
        if block.get("type") == "photo" and isinstance(block.get("value"), dict):
            photo_id = block["value"].get("photo")
            if isinstance(photo_id, int):
                ids.append(photo_id)
    return ids


def fetch_body_photos(articles) -> dict:
    """Return {id: photo} for every photo in the bodies of `articles`, renditions prefetched."""
    wanted = {pk for article in articles for pk in photo_ids_in(article.body.raw_data)}
    if not wanted:
        return {}
    return get_image_model().objects.prefetch_related("renditions").in_bulk(wanted)


def rich_text_sources(article) -> list[str]:
    """Return the stored HTML of every rich text in the body, in order (paragraphs, fact boxes)."""
    sources = []
    for block in article.body.raw_data or []:
        value = block.get("value")
        if block.get("type") == "paragraph" and isinstance(value, str):
            sources.append(value)
        elif block.get("type") == "fact_box" and isinstance(value, dict):
            sources.append(str(value.get("body") or ""))
    return sources


def expand_rich_text(articles) -> dict[int, list[str]]:
    """Return {article id: its rich text fragments with internal links expanded}."""
    keyed = [(article.pk, source) for article in articles for source in rich_text_sources(article)]
    if not keyed:
        return {}
    joined = FRAGMENT_SEPARATOR.join(
        source.replace(FRAGMENT_SEPARATOR, "") for _pk, source in keyed
    )
    expanded = expand_db_html(joined).split(FRAGMENT_SEPARATOR)
    fragments: dict[int, list[str]] = {}
    for (pk, _source), html in zip(keyed, expanded, strict=True):
        fragments.setdefault(pk, []).append(html)
    return fragments


def feed_photo(photo, caption: str = "") -> FeedPhoto | None:
    """Return the feed's view of a photo: its JPEG rendition, caption and credit line."""
    if photo is None:
        return None
    rendition = photo.get_rendition(image_filter(FEED_PHOTO_SPEC))
    try:
        length = rendition.file.size
    except OSError:
        # The size is advisory in RSS; a missing file must not cost the whole feed.
        length = 0
    return FeedPhoto(
        url=feed_text(absolute_url(rendition.url)),
        width=rendition.width,
        height=rendition.height,
        length=length,
        caption=feed_text(caption or photo.caption_text),
        credit=feed_text(photo.credit_line),
        alt_text=feed_text(photo.alt_text),
    )


def figure_html(photo: FeedPhoto) -> str:
    """Return a photo as a figure with its caption and the credit readers see on the site."""
    parts = []
    if photo.caption:
        parts.append(escape(photo.caption))
    if photo.credit:
        parts.append(f"<small>{escape(gettext('Photo:'))} {escape(photo.credit)}</small>")
    caption = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    return (
        f'<figure><img src="{escape(photo.url)}" alt="{escape(photo.alt_text)}" '
        f'width="{photo.width}" height="{photo.height}">{caption}</figure>'
    )


def block_html(block: dict, body_photos: dict, rich_texts) -> str:
    """Return one body block (stored form) as plain HTML for a feed reader."""
    kind, value = block.get("type"), block.get("value")
    if kind == "paragraph":
        return next(rich_texts, "")
    if not isinstance(value, dict):
        return f"<h2>{escape(str(value))}</h2>" if kind == "subheading" and value else ""
    if kind in ("quote", "pull_quote"):
        text = "<br>".join(escape(line) for line in str(value.get("text") or "").splitlines())
        attribution = value.get("attribution")
        cite = f"<p>— {escape(str(attribution))}</p>" if attribution else ""
        return f"<blockquote><p>{text}</p>{cite}</blockquote>"
    if kind == "fact_box":
        title = escape(str(value.get("title") or ""))
        return f"<blockquote><h3>{title}</h3>{next(rich_texts, '')}</blockquote>"
    if kind == "photo":
        photo = feed_photo(body_photos.get(value.get("photo")), str(value.get("caption") or ""))
        return figure_html(photo) if photo else ""
    if kind == "link_card":
        url = str(value.get("url") or "")
        if not url.lower().startswith(("https://", "http://")):
            return ""
        site = value.get("site_name")
        description = value.get("description")
        return (
            f'<p><a href="{escape(url)}">{escape(str(value.get("title") or url))}</a>'
            + (f" ({escape(str(site))})" if site else "")
            + (f"<br>{escape(str(description))}" if description else "")
            + "</p>"
        )
    return ""


def notes_html(article) -> str:
    """Return the published corrections and updates, dated as on the article page."""
    paragraphs = []
    for note in article.reader_notes:
        if note.published_at is None:
            continue
        date = formats.date_format(timezone.localtime(note.published_at), "j E Y")
        label = gettext("%(kind)s, %(date)s:") % {"kind": note.get_kind_display(), "date": date}
        paragraphs.append(f"<p><strong>{escape(label)}</strong> {escape(note.text)}</p>")
    return "".join(paragraphs)


def article_entry(article, body_photos: dict, fragments: dict) -> FeedEntry:
    lead = feed_photo(article.lead_photo, article.lead_photo_caption)
    rich_texts = iter(fragments.get(article.pk, []))
    body = "".join(
        block_html(block, body_photos, rich_texts) for block in article.body.raw_data or []
    )
    standfirst = (
        f"<p><strong>{escape(article.standfirst)}</strong></p>" if article.standfirst else ""
    )
    content = clean_feed_html(
        standfirst + (figure_html(lead) if lead else "") + body + notes_html(article)
    )
    authors = []
    for byline in article.bylines.all():
        if byline.author_id and byline.author.live:
            authors.append(
                FeedAuthor(
                    feed_text(byline.author.title),
                    feed_text(byline.author.get_canonical_url()),
                )
            )
        elif byline.display_name:
            authors.append(FeedAuthor(feed_text(byline.display_name)))
    section = article.primary_section
    categories = [section.title] if section and section.live else []
    categories += sorted(topic.title for topic in article.topics.all() if topic.live)
    return FeedEntry(
        url=feed_text(article.get_canonical_url()),
        title=feed_text(article.headline),
        summary=feed_text(article.standfirst),
        content_html=content,
        published=article.first_published_at,
        updated=article.reader_updated_at,
        authors=authors,
        categories=[feed_text(name) for name in dict.fromkeys(categories)],
        photo=lead,
        language=article.locale.language_code,
    )
