"""Find an edition's articles for a search: Wagtail's index, then relevance and recency.

Matching and relevance come from Wagtail's database search backend (`WAGTAILSEARCH_BACKENDS`):
FTS5 on SQLite, full text search on PostgreSQL. Russian inflections match on both:

- PostgreSQL indexes and queries with the text search configuration of the backend's
  `SEARCH_CONFIG` (`MASTHEAD_SEARCH_CONFIG`, default `russian`: Snowball Russian stems for
  Cyrillic words, Snowball English stems for Latin ones).
- SQLite's FTS5 has no stemmer for Russian, so each article also indexes the same Snowball stems
  of its words (`ArticlePage.search_stems`), and the query is made of the stems of its words.

The ranking is `relevance × (1 + RECENCY_WEIGHT × 2^(−age in days / RECENCY_HALF_LIFE_DAYS))`:
a story published today counts one and a half times, one a month old 1.25 times, one a year old
once; among equal ranks the newer comes first. So a story that mentions the words in passing
does not push an older one about them down, but of two about them the newer leads. Relevance is
the backend's own (SQLite: BM25; PostgreSQL: `ts_rank`, headline weighted highest). Only the
`MAX_RESULTS` most relevant matches are ranked and shown.
"""

import datetime
from dataclasses import dataclass

from django.db import connections, router
from django.utils import timezone

from masthead.search.text import stem

MAX_RESULTS = 500
RESULTS_PER_PAGE = 10
RECENCY_WEIGHT = 0.5
RECENCY_HALF_LIFE_DAYS = 30


@dataclass(frozen=True)
class Filters:
    locale: object
    section: object = None
    author: object = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


@dataclass(frozen=True)
class Match:
    pk: int
    rank: float
    published_at: datetime.datetime | None


def index_vendor() -> str:
    """Return the database the search index lives in: "sqlite", "postgresql", …"""
    from modelsearch.conf import get_app_config

    index_entry = get_app_config().get_model("IndexEntry")
    return connections[router.db_for_write(index_entry)].vendor


def index_uses_stems() -> bool:
    """True where the index holds Snowball stems of every article (SQLite; see module doc)."""
    return index_vendor() == "sqlite"


def query_terms(search_words: list[str]) -> list[str]:
    """Return what is sent to the backend: the stems where the index holds stems, else words."""
    if index_uses_stems():
        return list(dict.fromkeys(stem(word) for word in search_words))
    return search_words


def start_of_day(day: datetime.date) -> datetime.datetime:
    """Return the first moment of a day in the newsroom's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def candidate_articles(filters: Filters):
    """Return the live, public articles of the edition that pass the filters."""
    from masthead.articles.models import ArticlePage
    from masthead.sections.models import SectionPage

    articles = ArticlePage.objects.live().public().filter(locale=filters.locale)
    if filters.section is not None:
        sections = SectionPage.objects.descendant_of(filters.section, inclusive=True)
        articles = articles.filter(primary_section__in=sections.values("pk"))
    if filters.author is not None:
        # By the author's translation key: a translated article may still name the author's
        # page in the other edition.
        articles = articles.filter(bylines__author__translation_key=filters.author.translation_key)
    if filters.date_from is not None:
        articles = articles.filter(first_published_at__gte=start_of_day(filters.date_from))
    if filters.date_to is not None:
        next_day = filters.date_to + datetime.timedelta(days=1)
        articles = articles.filter(first_published_at__lt=start_of_day(next_day))
    return articles


def recency_factor(published_at, now) -> float:
    if published_at is None:
        return 1.0
    age_days = max((now - published_at).total_seconds() / 86400, 0.0)
    return 1.0 + RECENCY_WEIGHT * 2.0 ** (-age_days / RECENCY_HALF_LIFE_DAYS)


def find_matches(search_words: list[str], filters: Filters, now=None) -> list[Match]:
    """Return up to `MAX_RESULTS` matching articles, best first (one query)."""
    from masthead.articles.models import ArticlePage

    now = now or timezone.now()
    candidates = candidate_articles(filters)
    if not search_words:
        # Filters alone: the newest articles that pass them.
        rows = candidates.order_by("-first_published_at", "-pk").values_list(
            "pk", "first_published_at"
        )[:MAX_RESULTS]
        return [Match(pk, 0.0, published_at) for pk, published_at in rows]
    # Wagtail's backends accept filters on indexed fields only; a filter on the primary key of
    # the articles (the `page_ptr`) is always accepted, and carries every other filter with it.
    results = (
        ArticlePage.objects.filter(pk__in=candidates.values("pk"))
        .only("pk", "first_published_at")
        .search(" ".join(query_terms(search_words)), operator="and")
        .annotate_score("_score")
    )
    sqlite = index_vendor() == "sqlite"
    matches = []
    for article in results[:MAX_RESULTS]:
        score = article._score or 0.0
        # SQLite's bm25() is negative, lower meaning better; PostgreSQL's ts_rank is positive.
        relevance = max(-score if sqlite else score, 0.0)
        rank = relevance * recency_factor(article.first_published_at, now)
        matches.append(Match(article.pk, rank, article.first_published_at))
    epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    matches.sort(key=lambda m: (m.rank, m.published_at or epoch, m.pk), reverse=True)
    return matches


def articles_by_id(ids: list[int]) -> list:
    """Return the articles with these ids, in this order, with what a result shows (3 queries)."""
    from masthead.articles.models import ArticlePage, teaser_prefetches

    found = ArticlePage.objects.filter(pk__in=ids).select_related("primary_section")
    by_id = {a.pk: a for a in found.prefetch_related(*teaser_prefetches(with_photos=False))}
    return [by_id[pk] for pk in ids if pk in by_id]
