"""What search engines and link previews read from a page: JSON-LD, Open Graph, Twitter cards.

Every address here is absolute and on `MASTHEAD_SITE_URL`, whoever serves the copy: a mirror's
baked page still names the main site. JSON-LD follows schema.org as search engines document it
(`NewsArticle`, `BreadcrumbList`, `WebSite` with a `SearchAction`); nothing here makes a request.
"""

import datetime
import json
import re

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.images.models import SourceImageIOError

from masthead.editions.links import live_translations
from masthead.editions.links import locales as _locales
from masthead.photos.models import CREDIT_SEPARATOR, image_filter, split_agencies

SCHEMA_CONTEXT = "https://schema.org"
# The renditions the lead photo's `<picture>` shows (theme/includes/photo_figure.html: keep the
# two in step). Asked for together, they land in Wagtail's rendition cache in one query, where
# the `<picture>` finds them: the image below costs no query of its own, even in a bake.
LEAD_PICTURE_FILTERS = [
    f"format-{image_format}|width-{width}"
    for image_format in ("avif", "webp", "jpeg")
    for width in (480, 800, 1200)
]
# One of them, so the file og:image names is made and baked with the page.
LEAD_IMAGE_FILTER = "format-jpeg|width-1200"
# Cards and search engines want a raster logo that fits 600x60: the newsroom's own (a photo in
# the library, chosen in the newsroom settings) made to fit, else Masthead's mark.
PUBLISHER_LOGO_FILTER = "max-600x60|format-png"
PUBLISHER_LOGO = "theme/img/publisher-logo.png"
PUBLISHER_LOGO_SIZE = (60, 60)
SEARCH_TERM = "search_term_string"
# Open Graph wants language_TERRITORY; a bare language gets its most usual territory.
OPEN_GRAPH_TERRITORIES = {"en": "GB", "uk": "UA", "be": "BY", "kk": "KZ", "ka": "GE", "hy": "AM"}

# Inside <script>, "</script>" or "<!--" in a headline would end or confuse the element; as
# JSON escapes these characters mean the same text. U+2028/9 end lines in older JavaScript.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
# A lone surrogate cannot be encoded as UTF-8: written as an escape, the page still renders.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_for_script(data) -> str:
    """Return `data` as JSON that is safe as the content of a `<script>` element.

    Non-ASCII text stays as it is (Russian text would triple in size as escapes).
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.translate(_SCRIPT_ESCAPES)
    return _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def absolute_url(url: str) -> str:
    """Return `url` on the main site (media on another host, e.g. object storage, stays)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.MASTHEAD_SITE_URL + url


def page_address(page, request=None) -> str:
    """Return a page's canonical address on the main site."""
    if hasattr(page, "get_canonical_url"):
        return page.get_canonical_url(request)
    return absolute_url(page.get_url(request=request) or "/")


def iso_time(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def open_graph_locale(language_code: str) -> str:
    """Return Open Graph's form of a language: "ru" -> "ru_RU", "en" -> "en_GB"."""
    language, _, territory = language_code.replace("_", "-").partition("-")
    territory = territory or OPEN_GRAPH_TERRITORIES.get(language, language)
    return f"{language.lower()}_{territory.upper()}"


NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def lead_image(photo, caption: str = "") -> dict | None:
    """Return the lead photo as an ImageObject with its credit, or None without a photo.

    `caption` is the article's own (a translation's, in its language), else the photo's."""
    if photo is None:
        return None
    try:
        renditions = photo.get_renditions(*map(image_filter, LEAD_PICTURE_FILTERS))
        rendition = renditions[LEAD_IMAGE_FILTER]
    except SourceImageIOError:
        # The photo's file is missing: the page still renders (the <picture> shows a broken
        # image), and no card promises a picture that is not there.
        return None
    image = {
        "@type": "ImageObject",
        "url": absolute_url(rendition.url),
        "contentUrl": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
    caption = caption or photo.caption_text
    if caption:
        image["caption"] = caption
    alt_text = photo.alt_text
    if alt_text:
        image["description"] = alt_text
    credit = photo.credit_line
    if credit:
        image["creditText"] = credit
    # Whoever holds the rights: the agencies when there are any, else the photographer.
    agencies = split_agencies(photo.credit_agencies)
    holder = CREDIT_SEPARATOR.join(agencies) or photo.credit_photographer or photo.credit_source
    if holder:
        image["copyrightNotice"] = holder
    if photo.credit_photographer:
        image["creator"] = {"@type": "Person", "name": photo.credit_photographer}
    elif agencies:
        image["creator"] = [{"@type": "Organization", "name": name} for name in agencies]
    return image


def publisher_logo(photo) -> dict:
    """Return the newsroom's logo as an ImageObject within 600x60, else Masthead's mark."""
    url, (width, height) = static(PUBLISHER_LOGO), PUBLISHER_LOGO_SIZE
    if photo is not None:
        try:
            rendition = photo.get_rendition(image_filter(PUBLISHER_LOGO_FILTER))
        except SourceImageIOError:
            pass  # the logo's file is missing: Masthead's mark stands in
        else:
            url, width, height = rendition.url, rendition.width, rendition.height
    return {"@type": "ImageObject", "url": absolute_url(url), "width": width, "height": height}


class PageMetadata:
    """The JSON-LD blocks and card tags of one page, built from what its context already holds."""

    def __init__(self, page, request, context):
        self.page = page
        self.request = request
        self.context = context

    @cached_property
    def canonical_url(self) -> str:
        return self.context.get("canonical_url") or page_address(self.page, self.request)

    @cached_property
    def newsroom(self):
        site_settings = self.context.get("settings")
        if site_settings is not None:
            return site_settings["newsroom"]["NewsroomSettings"]
        from masthead.newsroom.models import NewsroomSettings

        return NewsroomSettings.for_request(self.request)

    @cached_property
    def language_code(self) -> str:
        locale = _locales(self.request).get(getattr(self.page, "locale_id", None))
        return locale.language_code if locale else settings.LANGUAGE_CODE

    @cached_property
    def translations(self) -> list:
        """Return the page's live translations in the other editions, oldest first."""
        found = [
            page
            for page in live_translations(self.request, self.page).values()
            if page.pk != self.page.pk
        ]
        # A page made live without a publication (a migration, a script) has no date: oldest.
        return sorted(found, key=lambda page: (page.first_published_at or NEVER, page.pk))

    @cached_property
    def is_article(self) -> bool:
        from masthead.articles.models import ArticlePage

        return isinstance(self.page, ArticlePage)

    @cached_property
    def lead_image(self) -> dict | None:
        return lead_image(
            getattr(self.page, "lead_photo", None), getattr(self.page, "lead_photo_caption", "")
        )

    def language_of(self, page) -> str:
        locale = _locales(self.request).get(page.locale_id)
        return locale.language_code if locale else settings.LANGUAGE_CODE

    # JSON-LD

    def json_ld(self) -> list[dict]:
        """Return the page's JSON-LD objects, each for one `<script>` block."""
        from masthead.sections.models import HomePage, SectionPage

        page = self.page
        blocks = []
        if self.is_article and page.first_published_at:
            blocks.append(self.news_article())
            trail = self.context.get("section_trail") or []
            if trail:
                blocks.append(self.breadcrumb_list([*trail, page], page.headline))
        elif isinstance(page, SectionPage):
            # As the visible breadcrumb: only a subsection has one.
            trail = self.context.get("section_trail") or []
            if len(trail) > 1:
                blocks.append(self.breadcrumb_list(trail, page.title))
        elif isinstance(page, HomePage):
            blocks.append(self.website())
        return blocks

    def publisher(self) -> dict:
        from masthead.theme.templatetags.masthead_theme_tags import web_url

        newsroom = self.newsroom
        publisher = {
            "@type": "NewsMediaOrganization",
            "name": newsroom.text_in("publication_name", self.language_code),
            "url": settings.MASTHEAD_SITE_URL + "/",
            "logo": publisher_logo(newsroom.logo),
        }
        channels = [web_url(channel.value["url"]) for channel in newsroom.social_channels]
        if any(channels):
            publisher["sameAs"] = [url for url in channels if url]
        return publisher

    def authors(self) -> list[dict]:
        authors = []
        for byline in self.page.bylines.all():
            if byline.author_id and byline.author:
                person = {"@type": "Person", "name": byline.author.title}
                if byline.author.live:
                    person["url"] = page_address(byline.author, self.request)
                authors.append(person)
            elif byline.agency:
                authors.append({"@type": "Organization", "name": byline.agency})
        return authors

    def news_article(self) -> dict:
        page = self.page
        published = page.first_published_at
        modified = max(filter(None, [published, page.reader_updated_at]))
        article = {
            "@context": SCHEMA_CONTEXT,
            "@type": "NewsArticle",
            "@id": self.canonical_url,
            "url": self.canonical_url,
            "mainEntityOfPage": self.canonical_url,
            "headline": page.headline,
            "datePublished": iso_time(published),
            "dateModified": iso_time(modified),
            "inLanguage": self.language_code,
            "isAccessibleForFree": True,
            "publisher": self.publisher(),
        }
        description = page.get_meta_description()
        if description:
            article["description"] = description
        if self.lead_image:
            article["image"] = [self.lead_image]
        authors = self.authors()
        if authors:
            article["author"] = authors
        if page.primary_section:
            article["articleSection"] = page.primary_section.title
        keywords = [topic.title for topic in page.topics.all() if topic.live]
        if keywords:
            article["keywords"] = keywords
        corrections = [
            {
                "@type": "CorrectionComment",
                "text": note.text,
                "datePublished": iso_time(note.published_at),
            }
            for note in page.reader_notes
            if note.published_at and note.kind == note.Kind.CORRECTION
        ]
        if corrections:
            article["correction"] = corrections
        original, others = self.original_and_translations()
        if original is page and others:
            article["workTranslation"] = [self.work_reference(other) for other in others]
        elif original is not page:
            article["translationOfWork"] = self.work_reference(original)
        return article

    def original_and_translations(self) -> tuple:
        """Return the original of the page's translations, and every live one but the page.

        The original is the one in the site's main language, else the first published.
        """
        group = [self.page, *self.translations]
        default = [p for p in group if self.language_of(p) == settings.LANGUAGE_CODE]
        published = [p for p in group if p.first_published_at]
        original = (default or sorted(published, key=lambda p: p.first_published_at) or group)[0]
        return original, self.translations

    def work_reference(self, page) -> dict:
        # The language switcher reads the same translation, so its URL costs no second query.
        address = page_address(page.specific_deferred, self.request)
        return {
            "@type": "NewsArticle",
            "@id": address,
            "url": address,
            "inLanguage": self.language_of(page),
        }

    def breadcrumb_list(self, pages, last_name: str) -> dict:
        items = [
            {
                "@type": "ListItem",
                "position": position,
                "name": last_name if position == len(pages) else crumb.title,
                "item": self.canonical_url
                if crumb is self.page
                else page_address(crumb, self.request),
            }
            for position, crumb in enumerate(pages, start=1)
        ]
        return {"@context": SCHEMA_CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}

    def website(self) -> dict:
        newsroom = self.newsroom
        home_url = page_address(self.page, self.request)
        website = {
            "@context": SCHEMA_CONTEXT,
            "@type": "WebSite",
            "name": newsroom.text_in("publication_name", self.language_code),
            "url": home_url,
            "inLanguage": self.language_code,
            "publisher": self.publisher(),
            "potentialAction": {
                "@type": "SearchAction",
                # Each edition searches in its own language: /search/, /ru/search/.
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": f"{home_url}search/?q={{{SEARCH_TERM}}}",
                },
                "query-input": f"required name={SEARCH_TERM}",
            },
        }
        tagline = newsroom.text_in("tagline", self.language_code)
        if tagline:
            website["description"] = tagline
        return website

    # Open Graph and Twitter cards

    def card_tags(self) -> list[tuple[str, str, str]]:
        """Return (attribute, name, content) for each `<meta>`: Open Graph, then Twitter."""
        from masthead.sections.models import HomePage

        page = self.page
        newsroom = self.newsroom
        publication_name = newsroom.text_in("publication_name", self.language_code)
        if self.is_article:
            title = page.headline
        elif isinstance(page, HomePage):
            title = publication_name
        else:
            title = page.reader_title
        description = page.get_meta_description() or (
            newsroom.text_in("tagline", self.language_code) if isinstance(page, HomePage) else ""
        )
        og = [
            ("og:type", "article" if self.is_article else "website"),
            ("og:title", title),
            ("og:url", self.canonical_url),
            ("og:site_name", publication_name),
            ("og:locale", open_graph_locale(self.language_code)),
        ]
        if description:
            og.append(("og:description", description))
        alternates = {self.language_of(other) for other in self.translations}
        og += [
            ("og:locale:alternate", open_graph_locale(code))
            for code in sorted(alternates - {self.language_code})
        ]
        image = self.lead_image if self.is_article else None
        if image:
            og += [
                ("og:image", image["url"]),
                ("og:image:width", str(image["width"])),
                ("og:image:height", str(image["height"])),
                ("og:image:alt", page.lead_photo.alt_text),
            ]
        if self.is_article and page.first_published_at:
            published = page.first_published_at
            modified = max(filter(None, [published, page.reader_updated_at]))
            og += [
                ("article:published_time", iso_time(published)),
                ("article:modified_time", iso_time(modified)),
            ]
            if page.primary_section:
                og.append(("article:section", page.primary_section.title))
            og += [("article:tag", topic.title) for topic in page.topics.all() if topic.live]
        twitter = [
            ("twitter:card", "summary_large_image" if image else "summary"),
            ("twitter:title", title),
        ]
        if description:
            twitter.append(("twitter:description", description))
        if image:
            twitter += [
                ("twitter:image", image["url"]),
                ("twitter:image:alt", page.lead_photo.alt_text),
            ]
        return [("property", name, value) for name, value in og] + [
            ("name", name, value) for name, value in twitter
        ]
