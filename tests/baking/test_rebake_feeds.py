"""Publishing keeps every baked feed in step: feeds whose newest articles changed are rendered
again, the others are left alone."""

from urllib.parse import urlsplit

import feedparser
import pytest

from masthead.articles.models import ArticlePage
from masthead.baking.bake import file_name_for
from masthead.baking.tree import live_tree, verify_tree
from masthead.syndication import entries
from tests.baking.test_nginx import get, nginx  # noqa: F401 - the nginx fixture

pytestmark = pytest.mark.django_db(transaction=True)

# The edition's home, the article's section and its parent, its topic and its author.
FEED_OWNERS = ["", "news/", "news/politics/", "topics/elections/", "authors/anna-keller/"]
FEED_FILES = ["feed.xml", "atom.xml", "feed.json"]


@pytest.fixture(autouse=True)
def short_feeds(monkeypatch):
    """Three articles to a feed, so the dozen baked articles reach beyond it."""
    monkeypatch.setattr(entries, "FEED_LENGTH", 3)


def feed_files(owners=FEED_OWNERS) -> list[str]:
    return [owner + name for owner in owners for name in FEED_FILES]


def inodes(names) -> dict[str, int]:
    """A rebake replaces a file by renaming a new one into place: a new inode means rewritten."""
    return {name: (live_tree() / name).stat().st_ino for name in names}


def titles(name: str) -> list[str]:
    feed = feedparser.parse((live_tree() / name).read_bytes())
    assert feed.bozo == 0
    return [entry.title for entry in feed.entries]


def test_a_full_bake_writes_every_feed_with_compressed_siblings(baked_newsroom):
    live = live_tree()
    for name in [*feed_files(), *feed_files(["culture/"]), "feed.xsl"]:
        for variant in (name, name + ".gz", name + ".br"):
            assert (live / variant).is_file(), variant
    assert titles("news/politics/feed.xml") == ["Story 11", "Story 10", "Story 9"]
    assert not (live / "articles/feed.xml").exists()
    # The feeds' photo is the JPEG the article page offers: the tree holds it.
    feed = feedparser.parse((live / "news/politics/feed.xml").read_bytes())
    enclosure = feed.entries[0].enclosures[0].href
    assert (live / file_name_for(urlsplit(enclosure).path)).is_file(), enclosure


def test_publishing_rebakes_the_feeds_that_show_the_article_and_no_others(baked_newsroom):
    untouched = inodes(["culture/feed.xml", "culture/feed.json", "feed.xsl"])
    before = inodes(feed_files())
    newsroom, articles, first = baked_newsroom
    newsroom.publish_article(
        headline="Budget signed", slug="budget-signed", topics=[newsroom.topic]
    )
    after = inodes(feed_files())
    assert all(after[name] != before[name] for name in before)
    for owner in FEED_OWNERS:
        assert titles(owner + "feed.xml") == ["Budget signed", "Story 11", "Story 10"], owner
        assert titles(owner + "atom.xml")[0] == "Budget signed", owner
        assert "Budget signed" in (live_tree() / (owner + "feed.json")).read_text()
    assert inodes(untouched) == untouched
    assert verify_tree(live_tree()) == []


def correct(article, headline: str) -> None:
    revision = ArticlePage.objects.get(pk=article.pk).save_revision()
    revision.content["headline"] = headline
    revision.save()
    revision.publish()


def test_a_correction_rebakes_the_feeds_only_while_the_article_is_in_them(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    before = inodes(feed_files())
    # Story 1 is far older than the three newest: no feed shows it.
    correct(articles[1], "Story 1, corrected")
    assert inodes(feed_files()) == before
    correct(articles[10], "Story 10, corrected")
    assert titles("news/politics/feed.xml") == ["Story 11", "Story 10, corrected", "Story 9"]
    assert titles("feed.xml") == ["Story 11", "Story 10, corrected", "Story 9"]
    assert all(inodes(feed_files())[name] != before[name] for name in before)
    assert verify_tree(live_tree()) == []


def test_an_unpublished_article_leaves_every_feed_it_was_in(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    ArticlePage.objects.get(pk=articles[11].pk).unpublish()
    for owner in FEED_OWNERS:
        assert titles(owner + "feed.xml") == ["Story 10", "Story 9", "Story 8"], owner
        assert "Story 11" not in (live_tree() / (owner + "feed.json")).read_text()
    assert verify_tree(live_tree()) == []


SERVED_TYPES = {
    "news/politics/feed.xml": "application/xml; charset=utf-8",
    "news/politics/atom.xml": "application/xml; charset=utf-8",
    "news/politics/feed.json": "application/feed+json; charset=utf-8",
    "feed.xsl": "text/xsl; charset=utf-8",
}


def test_the_embedded_server_sends_baked_feeds_with_their_types(baked_newsroom, site_root):
    from django.core.asgi import get_asgi_application

    from masthead.baking.serving import BakedSiteApplication
    from tests.baking.test_serving import call

    app = BakedSiteApplication(get_asgi_application(), site_dir=site_root)
    for name, content_type in SERVED_TYPES.items():
        response = call(app, "/" + name, headers={"Accept-Encoding": "br"})
        assert response.status == 200, name
        assert response.headers["content-type"] == content_type, name
        assert response.headers["content-encoding"] == "br", name
        assert "stale-while-revalidate" in response.headers["cache-control"]


def test_nginx_sends_baked_feeds_with_their_types(nginx):  # noqa: F811 - the imported fixture
    for name, content_type in SERVED_TYPES.items():
        status, headers, _body = get(f"{nginx}/{name}", **{"Accept-Encoding": "gzip"})
        assert status == 200, name
        assert headers["Content-Type"] == content_type, name
        assert headers["Content-Encoding"] == "gzip", name
        assert "stale-while-revalidate" in headers["Cache-Control"], name
        assert "default-src 'self'" in headers["Content-Security-Policy"], name
