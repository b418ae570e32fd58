"""Edits deep in an archive: a rebake reads only the newest part of each listing from the
database, and still renders exactly the archive pages whose articles changed."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.models import ArticlePage
from masthead.baking.bake import bake_site, file_name_for, rebake
from masthead.baking.listings import baked_listing, current_listing
from masthead.baking.paths import ArticleRebakePlan, page_urls
from masthead.baking.tree import live_tree, verify_tree
from masthead.core.pagination import FRONT

pytestmark = pytest.mark.django_db(transaction=True)

# 30 articles, 4 to a page: archive pages 1-6 (Deep 0-3 on page 1, Deep 8-11 on page 3…) and
# a front of 6; reading down to the middle of a listing reads fewer ids than it holds.
ARTICLES = 30


@pytest.fixture
def deep_archive(newsroom, site_root, small_pages):
    articles = [
        newsroom.publish_article(headline=f"Deep {n}", slug=f"deep-{n}", topics=[newsroom.topic])
        for n in range(ARTICLES)
    ]
    bake_site()
    return newsroom, articles


def listings(newsroom) -> list:
    return [
        newsroom.politics,
        newsroom.news,
        newsroom.topic,
        newsroom.reporters[0],
        newsroom.archive,
    ]


def shown(listing, number: int) -> list[str]:
    """Return the headlines the baked page `number` of a listing shows, in order."""
    html = (live_tree() / file_name_for(listing.listing_page_url(number))).read_text()
    return re.findall(r">(Deep \d+)<", html)


def inodes(listing) -> dict[int, int]:
    """A rebake replaces a file by renaming a new one into place: a new inode means rewritten."""
    pages = live_tree().glob(file_name_for(listing.listing_page_url(1)).replace("/1/", "/*/"))
    return {int(path.parent.name): path.stat().st_ino for path in pages}


def assert_baked_as_the_database_says(listing) -> None:
    listing = listing.specific
    layout = listing.listing_layout()
    articles = list(listing.get_listing_articles())
    for number in layout.page_numbers():
        expected = [article.headline for article in articles[layout.page_slice(number)]]
        assert shown(listing, number) == expected, (listing.url, number)
    assert sorted(inodes(listing)) == layout.page_numbers()[1:], listing.url
    assert baked_listing(live_tree(), listing.pk) == listing.listing_article_ids()


def republish(article, **changes) -> None:
    article = ArticlePage.objects.get(pk=article.pk)
    for name, value in changes.items():
        setattr(article, name, value)
    article.save_revision().publish()


def test_a_listing_is_read_down_to_the_edited_articles_place_only(deep_archive):
    newsroom, articles = deep_archive
    archive = newsroom.archive.specific
    baked = baked_listing(live_tree(), archive.pk)
    with CaptureQueriesContext(connection) as queries:
        assert current_listing(archive, baked, articles[20].pk) == baked
    # Deep 20 is tenth from the newest: a page's worth more is read, not all thirty.
    assert ids_read(queries) == [15]
    with CaptureQueriesContext(connection) as queries:
        assert current_listing(archive, None, articles[20].pk) == baked
    assert ids_read(queries) == [None]


def ids_read(queries) -> list[int | None]:
    """Return the LIMIT of each query that reads a listing's ids (None: no limit)."""
    reads = [query["sql"] for query in queries.captured_queries if "ORDER BY" in query["sql"]]
    return [int(limit[1]) if (limit := re.search(r" LIMIT (\d+)", sql)) else None for sql in reads]


def test_a_correction_deep_in_the_archive_rebakes_its_page_and_the_fronts_only(deep_archive):
    newsroom, articles = deep_archive
    before = {listing.pk: inodes(listing) for listing in listings(newsroom)}
    republish(articles[9], headline="Deep 9, corrected")
    for listing in listings(newsroom):
        after = inodes(listing)
        # Deep 9 is on page 3 of each listing: that page changed, no other archive page did.
        assert after[3] != before[listing.pk][3], listing.url
        assert {n: i for n, i in after.items() if n != 3} == {
            n: i for n, i in before[listing.pk].items() if n != 3
        }, listing.url
        assert (
            "Deep 9, corrected"
            in (live_tree() / file_name_for(listing.listing_page_url(3))).read_text()
        )
        assert baked_listing(live_tree(), listing.pk) == listing.specific.listing_article_ids()
    assert verify_tree(live_tree()) == []


def test_unpublishing_an_old_article_shifts_the_newer_pages_only(deep_archive):
    newsroom, articles = deep_archive
    before = {listing.pk: inodes(listing) for listing in listings(newsroom)}
    ArticlePage.objects.get(pk=articles[9].pk).unpublish()
    for listing in listings(newsroom):
        after = inodes(listing)
        # Pages 1 and 2 hold older articles: unchanged. Pages 3 to 6 each moved by one.
        assert {n: after[n] for n in (1, 2)} == {n: before[listing.pk][n] for n in (1, 2)}
        assert all(after[n] != before[listing.pk][n] for n in (3, 4, 5, 6)), listing.url
        assert_baked_as_the_database_says(listing)
    assert verify_tree(live_tree()) == []


def test_an_old_article_moved_to_another_section_leaves_one_and_joins_the_other(deep_archive):
    newsroom, articles = deep_archive
    archive_before = inodes(newsroom.archive)
    republish(articles[9], primary_section=newsroom.culture)
    for listing in [newsroom.politics, newsroom.news, newsroom.culture, newsroom.archive]:
        assert_baked_as_the_database_says(listing)
    assert shown(newsroom.culture, FRONT) == ["Deep 9"]
    assert "Deep 9" not in shown(newsroom.politics, 3)
    # The archive still lists it in the same place: only its page was rendered again.
    archive_after = inodes(newsroom.archive)
    assert {n: i for n, i in archive_after.items() if n != 3} == {
        n: i for n, i in archive_before.items() if n != 3
    }
    assert verify_tree(live_tree()) == []


def test_an_old_article_leaving_and_joining_a_topic_again_takes_its_old_place(deep_archive):
    newsroom, articles = deep_archive
    article = ArticlePage.objects.get(pk=articles[9].pk)
    article.topics.clear()
    article.save_revision().publish()
    assert "Deep 9" not in shown(newsroom.topic, 3)
    assert_baked_as_the_database_says(newsroom.topic)
    # Back in the topic below every id a rebake reads at first: it reads on until it finds it.
    article.topics.set([newsroom.topic])
    article.save_revision().publish()
    assert "Deep 9" in shown(newsroom.topic, 3)
    assert_baked_as_the_database_says(newsroom.topic)
    assert verify_tree(live_tree()) == []


def test_a_change_not_rebaked_yet_is_found_by_its_own_rebake(deep_archive):
    """Another editor's change deep in the archive, whose rebake has not run when a new article
    is published: the new article's rebake may not read that far, the other's rebake does."""
    newsroom, articles = deep_archive
    old = ArticlePage.objects.get(pk=articles[5].pk)
    old_urls = page_urls(old)
    # Unpublished as far as the database knows; its rebake is still queued.
    ArticlePage.objects.filter(pk=old.pk).update(live=False)
    newsroom.publish_article(headline="Deep 30", slug="deep-30", topics=[newsroom.topic])
    rebake(ArticleRebakePlan(article_id=old.pk, removed=old_urls))
    for listing in listings(newsroom):
        assert_baked_as_the_database_says(listing)
    assert verify_tree(live_tree()) == []
