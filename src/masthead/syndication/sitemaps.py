"""Sitemaps for search engines, baked like every other file readers get.

- `/sitemap.xml`: the index of the files below, each month file with its `lastmod`.
- `/sitemaps/<language>/pages.xml`: an edition's pages other than articles (home, sections,
  topics, authors, legal pages), with `hreflang` alternates.
- `/sitemaps/<language>/<YYYY-MM>.xml`: an edition's articles of one month, by the date in their
  permalink; each entry with `lastmod`, `hreflang` alternates and the lead photo.
- `/news-sitemap.xml`: every edition's articles first published in the last 48 hours (at most
  1,000), in Google's News sitemap format.

Split by month so that publishing one article renders one month file, the index and the news
sitemap, whatever the size of the archive. Every query here is constant in the number of
articles. Entries are written by hand rather than with a template: each value passes through
`xml_text`, which also drops characters XML cannot carry at all.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone

from masthead.core.memo import bake_memo
from masthead.photos.models import image_filter

INDEX_URL = "/sitemap.xml"
NEWS_URL = "/news-sitemap.xml"
SITEMAPS_PREFIX = "/sitemaps/"
PAGES_FILE = "pages"
MONTH_FILE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"

# Google News reads articles of the last two days from a news sitemap, at most 1,000 of them.
NEWS_WINDOW = datetime.timedelta(hours=48)
NEWS_MAX_ENTRIES = 1000
# The largest JPEG the article page itself shows (theme/includes/photo_figure.html).
LEAD_PHOTO_SPEC = "format-jpeg|width-1200"
X_DEFAULT = "x-default"

# Everything XML 1.0 allows; the rest (C0 controls, lone surrogates, U+FFFE/FFFF) is dropped.
NOT_XML_CHARACTERS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value) -> str:
    """Return `value` as escaped XML character data (safe in attributes too, when quoted)."""
    return escape(NOT_XML_CHARACTERS.sub("", str(value)))


def xml_attribute(value) -> str:
    return quoteattr(NOT_XML_CHARACTERS.sub("", str(value)))


def w3c_datetime(moment: datetime.datetime) -> str:
    """Return a W3C datetime in UTC to the second: `2024-06-19T14:30:00+00:00`."""
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat()


def public_url(page, request=None) -> str | None:
    """Return a page's absolute address, or None for a page no site serves."""
    url = page.get_url(request)
    return absolute(url) if url else None


def absolute(url: str) -> str:
    """Return `url` on the main site (sitemaps need absolute URLs; a mirror still names it)."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.MASTHEAD_SITE_URL + url


def month_url(language_code: str, year: int, month: int) -> str:
    return f"{SITEMAPS_PREFIX}{language_code}/{year:04d}-{month:02d}.xml"


def pages_url(language_code: str) -> str:
    return f"{SITEMAPS_PREFIX}{language_code}/{PAGES_FILE}.xml"


def news_language(language_code: str) -> str:
    """Return the ISO 639 code Google News asks for (`zh-cn` and `zh-tw` keep their region)."""
    code = language_code.lower()
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


@dataclass
class SitemapEntry:
    """One `<url>`: its address, and what search engines may know about it."""

    location: str
    lastmod: datetime.datetime | None = None
    # (hreflang, absolute URL), the page itself and `x-default` included; empty when untranslated.
    alternates: list[tuple[str, str]] = field(default_factory=list)
    images: list[str] = field(default_factory=list)

    def xml(self) -> str:
        parts = [f"<url><loc>{xml_text(self.location)}</loc>"]
        if self.lastmod:
            parts.append(f"<lastmod>{w3c_datetime(self.lastmod)}</lastmod>")
        parts.extend(
            f'<xhtml:link rel="alternate" hreflang={xml_attribute(code)}'
            f" href={xml_attribute(url)}/>"
            for code, url in self.alternates
        )
        parts.extend(
            f"<image:image><image:loc>{xml_text(image)}</image:loc></image:image>"
            for image in self.images
        )
        parts.append("</url>")
        return "".join(parts)


def urlset(entries, namespaces: dict[str, str]) -> str:
    declarations = "".join(f" xmlns:{prefix}={quoteattr(ns)}" for prefix, ns in namespaces.items())
    body = "\n".join(entry if isinstance(entry, str) else entry.xml() for entry in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{SITEMAP_NS}"{declarations}>\n{body}\n</urlset>\n'
    )


def alternates_by_key(pages, default_language: str) -> dict:
    """Return {translation_key: [(hreflang, absolute URL), …, ("x-default", URL)]} for keys
    with more than one live version; `pages` are (translation_key, language, URL, pk) tuples.

    `x-default` is the version in the site's default language, else the oldest version: every
    member of a group names the same one, so the annotations are reciprocal.
    """
    groups = defaultdict(list)
    for key, language, url, pk in pages:
        groups[key].append((language, url, pk))
    alternates = {}
    for key, versions in groups.items():
        if len(versions) < 2:
            continue
        versions.sort(key=lambda version: (version[0] != default_language, version[2]))
        alternates[key] = [
            *sorted((language, url) for language, url, _pk in versions),
            (X_DEFAULT, versions[0][1]),
        ]
    return alternates


def live_articles():
    from masthead.articles.models import ArticlePage

    return ArticlePage.objects.live().public().order_by()


def lead_photo_renditions():
    """Prefetch only the rendition `lead_photo_url` looks for: a photo has a dozen or more (the
    page's formats and widths), and making each one's objects was most of a month file's time."""
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=LEAD_PHOTO_SPEC)
    return Prefetch("lead_photo__renditions", queryset=renditions)


def lead_photo_url(photo) -> str | None:
    """Return the URL of the lead photo's largest JPEG as the article page shows it.

    The very rendition the page's `srcset` names, so the baker copies its file into the tree
    with the page (an original is never baked). Made here if the page has not made it yet, as
    the page would; a photo whose file is missing gets no entry rather than a broken one.
    """
    from wagtail.images.shortcuts import get_rendition_or_not_found

    if photo is None:
        return None
    photo_filter = image_filter(LEAD_PHOTO_SPEC)
    # Among the prefetched renditions first: no cache or database lookup per article.
    rendition = photo.find_existing_renditions(photo_filter).get(photo_filter)
    if rendition is None:
        rendition = get_rendition_or_not_found(photo, photo_filter)
    return absolute(rendition.url) if rendition.width else None


def article_lastmod(article) -> datetime.datetime:
    """The later of first publication and the "Updated" time readers see on the page."""
    updated = article.reader_updated_at
    return max(article.first_published_at, updated) if updated else article.first_published_at


def sitemap_entry_key(article_id: int) -> tuple:
    """The memo key of an article's month file entry (see `month_entries`)."""
    return ("sitemap entry", article_id)


def month_entries(language_code: str, year: int, month: int, request=None) -> list[SitemapEntry]:
    """Return the entries of one edition's month file, oldest first; empty if it has none.

    A rebake makes only the entries it does not carry from the previous one (see
    `masthead.baking.carry`): publishing reads one article in full, not the month's hundreds.
    An entry's alternates name its article's translations: its version takes in their paths.
    """
    from masthead.baking.carry import carrying, page_link_versions, record_version

    first_day, next_month = month_dates(year, month)
    locale_ids = [pk for pk, code in language_codes().items() if code == language_code]
    # The month's articles in every edition, then this edition's (see `months_filter`).
    ids = [
        pk
        for pk, locale_id in live_articles()
        .filter(permalink_date__gte=first_day, permalink_date__lt=next_month)
        .order_by("first_published_at", "pk")
        .values_list("pk", "locale_id")
        if locale_id in locale_ids
    ]
    memo = bake_memo()
    if not carrying(memo):
        made = articles_entries(live_articles().filter(pk__in=ids), language_code, request)
        return [entry for _article, entry in made.values()]
    missing = [pk for pk in ids if sitemap_entry_key(pk) not in memo]
    if missing:
        # Read before the entries are made: a translation published in between makes them stale.
        translations = page_link_versions(missing)
        made = articles_entries(live_articles().filter(pk__in=missing), language_code, request)
        for article, entry in made.values():
            key = sitemap_entry_key(article.pk)
            memo[key] = entry
            record_version(memo, key, article, ((article.pk, translations.get(article.pk)),))
    # An article outside every site has no address, and no entry.
    return [memo[key] for pk in ids if (key := sitemap_entry_key(pk)) in memo]


def articles_entries(articles, language_code: str, request=None) -> dict:
    """Return {article id: (article, its entry)} for the `articles` of one edition, oldest first."""
    articles = list(
        articles.defer_streamfields()
        .select_related("lead_photo")
        # The notes are what `reader_updated_at` reads.
        .prefetch_related("notes", lead_photo_renditions())
        .order_by("first_published_at", "pk")
    )
    if not articles:
        return {}
    translations = (
        live_articles()
        .filter(translation_key__in={article.translation_key for article in articles})
        .exclude(locale__language_code=language_code)
        .defer_streamfields()
        .select_related("locale")
    )
    versions = [
        (page.translation_key, page.locale.language_code, public_url(page, request), page.pk)
        for page in translations
    ]
    urls = {article.pk: public_url(article, request) for article in articles}
    versions += [(a.translation_key, language_code, urls[a.pk], a.pk) for a in articles]
    # A page outside every site has no address to offer (nor does the baker write one).
    versions = [version for version in versions if version[2]]
    articles = [article for article in articles if urls[article.pk]]
    alternates = alternates_by_key(versions, settings.LANGUAGE_CODE)
    photos = {
        article.lead_photo_id: lead_photo_url(article.lead_photo)
        for article in articles
        if article.lead_photo_id
    }
    return {
        article.pk: (
            article,
            SitemapEntry(
                location=urls[article.pk],
                lastmod=article_lastmod(article),
                alternates=alternates.get(article.translation_key, []),
                images=[url for url in [photos.get(article.lead_photo_id)] if url],
            ),
        )
        for article in articles
    }


def edition_pages():
    """Return the live, public pages of every edition that are not articles."""
    from masthead.articles.models import ArticlePage
    from masthead.baking.paths import public_pages

    return public_pages().not_type(ArticlePage)


def language_codes() -> dict[int, str]:
    """Return {locale id: language code}: pages of several types cannot join their locale."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def pages_entries(language_code: str, request=None) -> list[SitemapEntry]:
    """Return the entries of an edition's pages file: home, fronts, topics, authors, legal pages.

    Listing pages change with every article, so they carry no `lastmod`; other pages (legal
    pages, about) carry the time they were last published.
    """
    from masthead.baking.paths import is_dynamic
    from masthead.core.models import ArticleListingPage

    languages = language_codes()
    pages = []
    for page in edition_pages():
        url = page.get_url(request)
        if url and not is_dynamic(url):
            pages.append((page, absolute(url)))
    alternates = alternates_by_key(
        [(p.translation_key, languages[p.locale_id], url, p.pk) for p, url in pages],
        settings.LANGUAGE_CODE,
    )
    return [
        SitemapEntry(
            location=url,
            lastmod=(
                None
                if isinstance(page, ArticleListingPage) or page.depth <= 2
                else page.last_published_at
            ),
            alternates=alternates.get(page.translation_key, []),
        )
        for page, url in pages
        if languages[page.locale_id] == language_code
    ]


def month_lastmods(only: list[str] | None = None) -> dict[str, datetime.datetime]:
    """Return {month file URL: lastmod} for every edition and month with live articles, or
    for the month files `only` names.

    The lastmod of a month is the latest `article_lastmod` of its articles. Grouped by day and
    summed up into months here: SQLite extracts a month through a Python function per row,
    which took over twice as long on 20,000 articles. Notes are a second, small query.
    """
    from masthead.articles.models import ArticleNote

    languages = language_codes()
    articles = live_articles()
    if only is not None:
        articles = articles.filter(months_filter(only))
    by_day = articles.values("locale_id", "permalink_date").annotate(
        published=Max("first_published_at"), updated=Max("updated_at")
    )
    noted = (
        ArticleNote.objects.filter(published_at__isnull=False, page__in=articles.values("pk"))
        .exclude(kind=ArticleNote.Kind.EDITORS_NOTE)
        .order_by()
        .values("page__locale_id", "page__permalink_date")
        .annotate(noted=Max("published_at"))
    )
    moments = defaultdict(list)
    for row in by_day:
        if row["permalink_date"]:
            key = (row["locale_id"], row["permalink_date"].year, row["permalink_date"].month)
            moments[key] += [moment for moment in (row["published"], row["updated"]) if moment]
    for row in noted:
        date = row["page__permalink_date"]
        key = (row["page__locale_id"], date.year, date.month) if date else None
        if key in moments:
            moments[key].append(row["noted"])
    months = {
        month_url(languages[locale_id], year, month): max(times)
        for (locale_id, year, month), times in moments.items()
        if times
    }
    if only is not None:
        # The filter took the other editions' articles of those months too.
        months = {url: lastmod for url, lastmod in months.items() if url in only}
    return dict(sorted(months.items()))


MONTH_URL = re.compile(r"^/sitemaps/(?P<language>[^/]+)/(?P<year>\d{4})-(?P<month>\d{2})\.xml$")


def month_dates(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """Return the first day of a month and of the next one."""
    first_day = datetime.date(year, month, 1)
    return first_day, (first_day + datetime.timedelta(days=32)).replace(day=1)


def months_filter(urls: list[str]) -> Q:
    """Return a filter for the articles of the months of the files `urls`, in every edition
    (nothing when there are none).

    By date only: the edition is left to the caller. With it, SQLite reads the edition's every
    article through its locale's index; without, the month's few through the date's.
    """
    condition = Q(pk__in=[])
    for url in urls:
        match = MONTH_URL.match(url)
        if match:
            first_day, next_month = month_dates(int(match["year"]), int(match["month"]))
            condition |= Q(permalink_date__gte=first_day, permalink_date__lt=next_month)
    return condition


def pages_files() -> list[str]:
    """Return the pages file of each edition that has pages."""
    languages = (
        edition_pages().order_by().values_list("locale__language_code", flat=True).distinct()
    )
    return sorted(pages_url(code) for code in set(languages))


# The key under which a rebake hands the index the month lastmods it worked out (see
# `sitemap_changes`), in the memo its requests share (masthead.core.memo).
MONTH_LASTMODS_MEMO_KEY = "masthead.sitemap_month_lastmods"


def index_entries(months: dict[str, datetime.datetime] | None = None):
    """Return {sitemap URL: lastmod or None} as the index lists them: the pages files, then
    `months` ({month file URL: lastmod}, every month with live articles when not given)."""
    return {**dict.fromkeys(pages_files()), **(month_lastmods() if months is None else months)}


def index_xml(entries: dict[str, datetime.datetime | None]) -> str:
    items = []
    for url, lastmod in entries.items():
        modified = f"<lastmod>{w3c_datetime(lastmod)}</lastmod>" if lastmod else ""
        items.append(f"<sitemap><loc>{xml_text(absolute(url))}</loc>{modified}</sitemap>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="{SITEMAP_NS}">\n' + "\n".join(items) + "\n</sitemapindex>\n"
    )


def news_sitemap_outdated(tree: Path, now: datetime.datetime | None = None) -> bool:
    """True when an article in the baked news sitemap has left the 48-hour window since then.

    Publishing renders the news sitemap again; a quiet weekend does not, so without this its
    articles would stay listed as news for days. The file's own time says when it was baked.
    """
    try:
        baked_at = (tree / NEWS_URL.lstrip("/")).stat().st_mtime
    except FileNotFoundError:
        return False
    baked_at = datetime.datetime.fromtimestamp(baked_at, tz=datetime.UTC)
    return (
        live_articles()
        .filter(
            first_published_at__gte=baked_at - NEWS_WINDOW,
            first_published_at__lt=(now or timezone.now()) - NEWS_WINDOW,
        )
        .exists()
    )


def publication_name(newsroom, article) -> str:
    """The publication's name in the article's edition: Google News knows each by its own."""
    return newsroom.text_in("publication_name", article.locale.language_code) if newsroom else ""


def news_entry_key(article_id: int) -> tuple:
    """The memo key of an article's news sitemap entry (see `news_entries`)."""
    return ("news entry", article_id)


def news_entries(now: datetime.datetime | None = None, request=None) -> list[str]:
    """Return the `<url>` elements of the news sitemap, newest first.

    Like a month file's, a rebake makes only the entries it does not carry from the previous
    one: a newsroom that publishes a hundred articles a day renders one on each publication,
    not the day's hundred. An entry shows its article's address, headline and publication
    time, which its version covers, and the publication's name, a setting (whose change drops
    every carried entry).
    """
    from masthead.baking.carry import carrying, record_version
    from masthead.newsroom.models import NewsroomSettings

    since = (now or timezone.now()) - NEWS_WINDOW
    ids = list(
        live_articles()
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)[:NEWS_MAX_ENTRIES]
    )
    if not ids:
        return []
    memo = bake_memo()
    carried = carrying(memo)
    missing = [pk for pk in ids if news_entry_key(pk) not in memo] if carried else ids
    made = {}
    if missing:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        newsroom = NewsroomSettings.for_site(site) if site else None
        for article in (
            live_articles().filter(pk__in=missing).defer_streamfields().select_related("locale")
        ):
            # An article outside every site has no address, and no entry.
            if url := public_url(article, request):
                made[article.pk] = news_entry(article, url, newsroom)
                if carried:
                    memo[news_entry_key(article.pk)] = made[article.pk]
                    record_version(memo, news_entry_key(article.pk), article)
    if carried:
        return [memo[key] for pk in ids if (key := news_entry_key(pk)) in memo]
    return [made[pk] for pk in ids if pk in made]


def news_entry(article, url: str, newsroom) -> str:
    return (
        "<url>"
        f"<loc>{xml_text(url)}</loc>"
        "<news:news><news:publication>"
        f"<news:name>{xml_text(publication_name(newsroom, article))}</news:name>"
        f"<news:language>{xml_text(news_language(article.locale.language_code))}</news:language>"
        "</news:publication>"
        f"<news:publication_date>{w3c_datetime(article.first_published_at)}"
        "</news:publication_date>"
        f"<news:title>{xml_text(article.headline)}</news:title>"
        "</news:news></url>"
    )


def sitemap_files() -> list[str]:
    """Return every sitemap URL of the site, for a full bake."""
    return [INDEX_URL, NEWS_URL, *index_entries()]


def versions_of(article_id: int) -> tuple[list[str], list[int]]:
    """Return the month files of an article's live versions, itself included, and the ids of
    its live translations. Its translations' files name it in their `hreflang` alternates, so
    they change with it, also when it is unpublished."""
    from masthead.articles.models import ArticlePage

    key = ArticlePage.objects.filter(pk=article_id).values_list("translation_key", flat=True)
    versions = live_articles().filter(translation_key__in=key)
    files, translations = set(), []
    for pk, language, date in versions.values_list("pk", "locale__language_code", "permalink_date"):
        if date:
            files.add(month_url(language, date.year, date.month))
        if pk != article_id:
            translations.append(pk)
    return sorted(files), sorted(translations)


def all_article_sitemap_files() -> dict[int, list[str]]:
    """Return {article id: month files of its versions} for every live article, in one query."""
    rows = list(
        live_articles().values_list(
            "pk", "translation_key", "locale__language_code", "permalink_date"
        )
    )
    by_key = defaultdict(set)
    for _pk, key, language, date in rows:
        if date:
            by_key[key].add(month_url(language, date.year, date.month))
    return {pk: sorted(by_key[key]) for pk, key, _language, _date in rows}


def baked_index_entries(tree: Path) -> dict[str, str | None] | None:
    """Return {URL: lastmod text} as the live tree's index lists them, or None if unreadable."""
    try:
        root = ElementTree.parse(tree / INDEX_URL.lstrip("/")).getroot()
    except (OSError, ElementTree.ParseError):
        return None
    entries = {}
    for sitemap in root.iter(f"{{{SITEMAP_NS}}}sitemap"):
        entries[sitemap.findtext(f"{{{SITEMAP_NS}}}loc")] = sitemap.findtext(
            f"{{{SITEMAP_NS}}}lastmod"
        )
    return entries


@dataclass
class SitemapChanges:
    """What a change to one article does to the sitemaps: files to render and to remove."""

    render: list[str]
    removed: list[str]
    # The month files of the article's versions now, and its live translations' ids: for the
    # baker's state, so that its deletion later finds every file that names it.
    touched: list[str]
    translations: list[int]
    # {month file URL: lastmod} of every month the index lists now, when it is rendered again:
    # the live index's months with the touched ones brought up to date, so that rendering it
    # does not aggregate every article of the archive again (see MONTH_LASTMODS_MEMO_KEY).
    index_months: dict[str, datetime.datetime] | None = None


def sitemap_changes(tree: Path, article_id: int, baked_before: list[str]) -> SitemapChanges:
    """Return the sitemap files to render and remove after an article changed.

    The month files of its versions, before and after, are rendered again (their alternates name
    it), or removed when no article is left in them; the index only when one of these files
    appeared, disappeared or has another lastmod than the live tree's index says (no other
    entry of the index can have changed); the news sitemap always.
    """
    touched, translations = versions_of(article_id)
    candidates = sorted(set(touched) | set(baked_before))
    lastmods = month_lastmods(only=candidates)
    render = [url for url in candidates if url in lastmods]
    removed = [url for url in candidates if url not in lastmods]
    baked = baked_index_entries(tree)
    index_months = None
    if (
        baked is None
        or any(baked.get(absolute(url)) != w3c_datetime(lastmods[url]) for url in render)
        or any(absolute(url) in baked for url in removed)
    ):
        render.append(INDEX_URL)
        if baked is not None:
            index_months = updated_months(baked, lastmods, removed)
    return SitemapChanges(
        render=[*render, NEWS_URL],
        removed=removed,
        touched=touched,
        translations=translations,
        index_months=index_months,
    )


def updated_months(baked: dict[str, str | None], lastmods: dict, removed: list[str]):
    """Return {month file URL: lastmod}: the months of the baked index, with `lastmods` put in
    and `removed` taken out, in the index's order; None if the index names another site.

    No other month changed: the rebake of any change to one renders the index (its time or
    presence differs from what the index says).
    """
    months = {}
    for location, lastmod in baked.items():
        url = location.removeprefix(settings.MASTHEAD_SITE_URL)
        if url == location:
            # Baked before the site's address changed: every month is looked up again.
            return None
        if lastmod and MONTH_URL.match(url):
            months[url] = datetime.datetime.fromisoformat(lastmod)
    months.update(lastmods)
    for url in removed:
        months.pop(url, None)
    return dict(sorted(months.items()))
