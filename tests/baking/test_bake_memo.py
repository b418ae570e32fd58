"""What a bake looks up once for all its pages, and what it still asks every time."""

import datetime
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from masthead.baking.bake import bake_client
from tests.syndication.conftest import translate

pytestmark = pytest.mark.django_db


def queries_of(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


def test_wagtail_finds_the_edition_root_and_the_restrictions_once_per_bake(newsroom):
    newsroom.publish_article(headline="Story", slug="story", topics=[newsroom.topic])
    client = bake_client()
    for url in ["/news/feed.xml", "/news/politics/feed.xml", "/terms/"]:
        queries_of(client, url)
    later = [*queries_of(client, "/news/politics/"), *queries_of(client, "/privacy/")]
    assert not [sql for sql in later if "wagtailcore_locale" in sql]
    assert not [sql for sql in later if "wagtailcore_pageviewrestriction" in sql]
    # The three formats of one listing read it once.
    assert queries_of(client, "/news/atom.xml") == []


def test_a_listing_fetches_only_the_articles_whose_teaser_the_bake_has_not_shown(newsroom):
    for n in range(3):
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
    client = bake_client()
    queries_of(client, newsroom.topic.url)
    section_queries = queries_of(client, newsroom.politics.url)
    assert not [sql for sql in section_queries if "articles_articlebyline" in sql]
    assert not [sql for sql in section_queries if "photos_photorendition" in sql]
    # The page is the one a reader gets.
    assert (
        client.get(newsroom.politics.url).content
        == bake_client().get(newsroom.politics.url).content
    )


def test_a_bake_still_refuses_a_private_page(newsroom):
    article = newsroom.publish_article(headline="Kept for subscribers", slug="kept")
    client = bake_client()
    assert b"Kept for subscribers" in client.get(article.url).content
    PageViewRestriction.objects.create(
        page=newsroom.archive, restriction_type=PageViewRestriction.LOGIN
    )
    client = bake_client()
    assert client.get(article.url).status_code != 200
    assert b"Kept for subscribers" not in client.get(newsroom.politics.url).content
    assert b"Kept for subscribers" not in client.get("/news/feed.xml").content


def test_an_article_fetches_only_related_articles_whose_teaser_the_bake_has_not_shown(newsroom):
    first, second, third = (
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
        for n in range(3)
    )
    client = bake_client()
    queries_of(client, first.url)
    queries_of(client, second.url)
    # The third's related articles are the first two, whose teasers are shown already: only
    # its own bylines are read.
    bylines = [sql for sql in queries_of(client, third.url) if "articles_articlebyline" in sql]
    assert len(bylines) == 1 and f"IN ({third.pk})" in bylines[0]
    html = client.get(third.url).content.decode()
    assert "Story 0" in html and "Story 1" in html
    assert client.get(third.url).content == bake_client().get(third.url).content


def test_an_article_without_topics_is_offered_its_sections_articles_in_a_bake(newsroom):
    newsroom.publish_article(headline="Earlier in politics", slug="earlier")
    article = newsroom.publish_article(headline="No topics here", slug="no-topics")
    baked = bake_client().get(article.url).content
    assert b'class="related"' in baked and b"Earlier in politics" in baked
    assert baked == Client(HTTP_HOST=bake_client().defaults["HTTP_HOST"]).get(article.url).content


def test_a_bake_fetches_its_next_articles_together_and_renders_them_alike(newsroom):
    from masthead.articles.models import remember_articles
    from masthead.core.memo import SHARED_MEMO_KEY

    articles = [
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
        for n in range(4)
    ]
    articles[2].notes.create(kind="correction", text="A date was wrong.")
    articles[2].save_revision().publish()
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()
    translation = translate(articles[1], russian, "История 1")
    urls = [article.url for article in articles]
    for url in urls:
        bake_client().get(url)  # the photo's renditions, made once
    plain = bake_client()
    queries_of(plain, "/news/")  # teasers and lookups of the site, shared by both
    ahead = bake_client(plain.defaults[SHARED_MEMO_KEY])
    with CaptureQueriesContext(connection) as fetching:
        remember_articles(ahead.defaults[SHARED_MEMO_KEY], urls)
    each = {url: queries_of(ahead, url) for url in urls}
    alone = {url: queries_of(plain, url) for url in urls}
    # One run of queries for all four instead of one each for the page, its topics, its
    # bylines, its notes and its related articles (and their bylines).
    assert len(fetching.captured_queries) <= 10
    for url in urls:
        # Its notes, its topics and bylines, its related articles' bylines.
        for fetched in (
            'FROM "articles_articlenote"',
            "_prefetch_related_val_articlepage_id",
            'FROM "articles_articlebyline"',
        ):
            assert not [sql for sql in each[url] if fetched in sql], (url, fetched)
        assert len(each[url]) <= len(alone[url]) - 3, url
        assert ahead.get(url).content == plain.get(url).content
    # Their translations: only the edition's home's are read, once.
    translations = '"wagtailcore_page"."translation_key" IN'
    assert len([sql for url in urls for sql in each[url] if translations in sql]) == 1
    assert len([sql for url in urls for sql in alone[url] if translations in sql]) == len(urls)
    assert b"A date was wrong." in bake_client().get(urls[2]).content
    assert f'hreflang="ru" href="http://testserver{translation.url}"' in (
        ahead.get(urls[1]).content.decode()
    )


def test_a_bake_routes_through_the_pages_it_listed_without_looking_them_up(newsroom):
    from masthead.baking.paths import public_pages
    from masthead.core.models import remember_routes

    newsroom.publish_article(headline="Story", slug="story", topics=[newsroom.topic])
    lookups = {}
    remember_routes(lookups, list(public_pages()))
    for url in ["/news/politics/", "/news/politics/feed.xml", newsroom.topic.url, "/terms/"]:
        looked_up = [sql for sql in queries_of(bake_client(), url) if '."slug" = ' in sql]
        assert looked_up, url  # without the routes, each level is looked up by its slug
        assert not [sql for sql in queries_of(bake_client(lookups), url) if '."slug" = ' in sql]
        assert bake_client(lookups).get(url).content == bake_client().get(url).content


def test_a_bake_counts_its_listings_together_as_each_counts_alone(newsroom):
    from masthead.baking.paths import public_pages
    from masthead.core.memo import within_bake
    from masthead.core.models import (
        ArticleListingPage,
        baked_private_q,
        remember_listing_sizes,
    )
    from tests import factories

    anna, pavel = newsroom.reporters
    courts = factories.TopicPageFactory(parent=newsroom.topics, title="Courts", slug="courts")
    newsroom.publish_article(headline="Vote", slug="vote", topics=[newsroom.topic, courts])
    newsroom.publish_article(headline="Two of us", slug="two", authors=[anna, pavel])
    newsroom.publish_article(headline="Wire", slug="wire", authors=[], agency="Agency")
    newsroom.publish_article(headline="Play", slug="play", section=newsroom.culture)
    newsroom.publish_article(headline="Top", slug="top", section=newsroom.news, topics=[courts])
    kept = newsroom.publish_article(headline="Kept", slug="kept", topics=[newsroom.topic])
    PageViewRestriction.objects.create(page=kept, restriction_type=PageViewRestriction.LOGIN)
    newsroom.publish_article(headline="Gone", slug="gone", topics=[courts]).unpublish()
    memo = {}
    with within_bake(memo):
        pages = list(public_pages())
        baked_private_q()  # the view restrictions, read once per bake
        with CaptureQueriesContext(connection) as counting:
            remember_listing_sizes(memo, pages)
    listings = [page for page in pages if isinstance(page, ArticleListingPage)]
    sizes = {page.title: memo[(ArticleListingPage.listing_layout, page.pk)] for page in listings}
    assert sizes == {page.title: page.get_listing_articles().count() for page in listings}
    assert sizes["News"] == 4 and sizes["Courts"] == 2 and sizes["Anna Keller"] == 4
    # A few queries for each type of listing (here sections, topics, authors, the archive),
    # not one for each listing.
    assert len(counting.captured_queries) <= 4 < len(listings)


def test_a_fronts_feeds_take_its_newest_articles_from_it(newsroom):
    for n in range(22):
        newsroom.publish_article(
            headline=f"Story {n}",
            slug=f"story-{n}",
            when=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(hours=n),
        )
    feed = "/news/politics/feed.json"
    alone = queries_of(bake_client(), feed)
    client = bake_client()
    queries_of(client, "/news/politics/")
    after_front = queries_of(client, feed)
    assert len(after_front) < len(alone)
    items = json.loads(client.get(feed).content)["items"]
    assert [item["title"] for item in items] == [f"Story {n}" for n in range(21, 1, -1)]
    assert items == json.loads(bake_client().get(feed).content)["items"]
