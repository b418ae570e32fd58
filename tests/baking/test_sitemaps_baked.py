"""The sitemaps are baked with the site and kept fresh by each publish: one month file, the
index when it changes, and the news sitemap; never the rest of the archive's sitemaps."""

import datetime
from xml.etree import ElementTree

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from masthead.articles.models import ArticlePage
from masthead.baking.bake import bake_site, rebake
from masthead.baking.paths import ArticleRebakePlan
from masthead.baking.tree import live_tree, verify_tree
from masthead.core.worker import publish_scheduled_pages
from tests.syndication.conftest import translate
from tests.syndication.sitemap_checks import (
    alternates,
    entries,
    index_locations,
    valid_index,
    valid_urlset,
)

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "http://testserver"
JUNE = datetime.datetime(2026, 6, 19, 14, 30, tzinfo=datetime.UTC)
MAY = datetime.datetime(2026, 5, 4, 8, 0, tzinfo=datetime.UTC)
SITEMAP_FILES = {"sitemap.xml", "news-sitemap.xml"}


def live_text(name: str) -> str:
    return (live_tree() / name).read_text()


def inode(name: str) -> int:
    return (live_tree() / name).stat().st_ino


def month_file(article) -> str:
    return f"sitemaps/{article.locale.language_code}/{article.permalink_date:%Y-%m}.xml"


@pytest.fixture
def baked_archive(newsroom, site_root):
    """A June article, two of this month, the Russian edition; baked."""
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()
    june = newsroom.publish_article(headline="June story", slug="june-story", when=JUNE)
    recent = [newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}") for n in range(2)]
    bake_site()
    return newsroom, june, recent, russian


def sitemap_urls_of(plan) -> set[str]:
    # Feeds (feed.xml, atom.xml) are XML too, but not sitemaps.
    return {
        url
        for url in plan.urls
        if url.endswith(".xml") and ("sitemap" in url or url.startswith("/sitemaps/"))
    }


def test_a_full_bake_writes_valid_sitemaps_listed_by_the_index(baked_archive):
    newsroom, june, recent, russian = baked_archive
    listed = index_locations(valid_index(live_text("sitemap.xml")))
    assert set(listed) == {
        f"{SITE}/sitemaps/en/pages.xml",
        f"{SITE}/sitemaps/ru/pages.xml",
        f"{SITE}/sitemaps/en/2026-06.xml",
        f"{SITE}/{month_file(recent[0])}",
    }
    for location in listed:
        name = location.removeprefix(SITE + "/")
        root = valid_urlset(live_text(name))
        assert (live_tree() / (name + ".gz")).is_file()
        # Every photo a sitemap names is in the tree, whatever process baked the sitemap.
        for image in root.iter("{http://www.google.com/schemas/sitemap-image/1.1}loc"):
            assert (live_tree() / image.text.removeprefix(SITE + "/")).is_file(), image.text
    assert set(entries(valid_urlset(live_text("news-sitemap.xml")))) == {
        SITE + article.url for article in recent
    }
    assert "Sitemap: http://testserver/sitemap.xml" in live_text("robots.txt")
    assert verify_tree(live_tree()) == []


def test_a_publish_rebakes_its_month_file_the_index_and_the_news_sitemap_only(baked_archive):
    newsroom, june, recent, russian = baked_archive
    untouched = {name: inode(name) for name in ["sitemaps/en/2026-06.xml", "sitemaps/en/pages.xml"]}
    article = newsroom.publish_article(headline="Breaking news", slug="breaking")
    plan = ArticleRebakePlan(article_id=article.pk).resolve(live_tree())
    # Resolved again after the publish's own rebake: the index is already up to date.
    assert sitemap_urls_of(plan) == {f"/{month_file(article)}", "/news-sitemap.xml"}
    assert SITE + article.url in entries(valid_urlset(live_text(month_file(article))))
    assert SITE + article.url in entries(valid_urlset(live_text("news-sitemap.xml")))
    listed = index_locations(valid_index(live_text("sitemap.xml")))
    article.refresh_from_db()
    assert (
        listed[f"{SITE}/{month_file(article)}"]
        == article.first_published_at.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
    )
    assert {name: inode(name) for name in untouched} == untouched
    assert verify_tree(live_tree()) == []


def test_the_index_is_rebaked_only_when_a_month_or_its_lastmod_changes(baked_archive):
    newsroom, june, recent, russian = baked_archive
    index = inode("sitemap.xml")
    month = inode("sitemaps/en/2026-06.xml")
    # Republished with a typo fixed: no "Updated" time for readers, so no new lastmod.
    article = ArticlePage.objects.get(pk=june.pk)
    article.standfirst = "A typo fixed."
    article.save_revision().publish()
    assert inode("sitemap.xml") == index
    assert inode("sitemaps/en/2026-06.xml") != month
    # An "Updated" time readers see moves the month's lastmod, and so the index.
    updated_at = datetime.datetime(2026, 7, 2, 9, 0, tzinfo=datetime.UTC)
    article.updated_at = updated_at
    article.save_revision().publish()
    assert inode("sitemap.xml") != index
    listed = index_locations(valid_index(live_text("sitemap.xml")))
    assert listed[f"{SITE}/sitemaps/en/2026-06.xml"] == "2026-07-02T09:00:00+00:00"
    (entry,) = entries(valid_urlset(live_text("sitemaps/en/2026-06.xml"))).values()
    assert entry.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}lastmod") == (
        "2026-07-02T09:00:00+00:00"
    )
    assert verify_tree(live_tree()) == []


def test_unpublishing_a_months_last_article_removes_its_file_from_the_tree_and_index(
    baked_archive,
):
    newsroom, june, recent, russian = baked_archive
    ArticlePage.objects.get(pk=june.pk).unpublish()
    assert not (live_tree() / "sitemaps/en/2026-06.xml").exists()
    assert not (live_tree() / "sitemaps/en/2026-06.xml.br").exists()
    listed = index_locations(valid_index(live_text("sitemap.xml")))
    assert f"{SITE}/sitemaps/en/2026-06.xml" not in listed
    assert verify_tree(live_tree()) == []


def test_a_translation_appears_in_its_originals_month_file_and_leaves_it_when_deleted(
    baked_archive,
):
    newsroom, june, recent, russian = baked_archive
    original = ArticlePage.objects.get(pk=june.pk)
    translation = translate(original, russian, "Июньская история")
    english = entries(valid_urlset(live_text("sitemaps/en/2026-06.xml")))
    assert alternates(english[SITE + original.url])["ru"] == SITE + translation.url
    russian_file = entries(valid_urlset(live_text(month_file(translation))))
    assert alternates(russian_file[SITE + translation.url])["en"] == SITE + original.url
    ArticlePage.objects.get(pk=translation.pk).delete()
    english = entries(valid_urlset(live_text("sitemaps/en/2026-06.xml")))
    assert alternates(english[SITE + original.url]) == {}
    assert not (live_tree() / month_file(translation)).exists()
    assert verify_tree(live_tree()) == []


@pytest.mark.parametrize("change", ["unpublish", "delete"])
def test_an_original_that_goes_leaves_its_translations_alternates(baked_archive, change):
    newsroom, june, recent, russian = baked_archive
    original = ArticlePage.objects.get(pk=june.pk)
    # Translated after the original's last rebake: only the translation's rebake knew of both.
    translation = translate(original, russian, "Июньская история")
    russian_name = month_file(translation)
    assert alternates(entries(valid_urlset(live_text(russian_name)))[SITE + translation.url])
    original = ArticlePage.objects.get(pk=june.pk)
    original.unpublish() if change == "unpublish" else original.delete()
    russian_file = entries(valid_urlset(live_text(russian_name)))
    assert alternates(russian_file[SITE + translation.url]) == {}
    assert not (live_tree() / "sitemaps/en/2026-06.xml").exists()
    assert verify_tree(live_tree()) == []


def test_the_scheduler_drops_expired_articles_from_the_news_sitemap_on_a_quiet_day(
    baked_archive,
):
    newsroom, june, recent, russian = baked_archive
    before = inode("news-sitemap.xml")
    publish_scheduled_pages()
    # Nothing expired: the file is not rewritten every minute.
    assert inode("news-sitemap.xml") == before
    two_days_later = max(a.first_published_at for a in recent) + datetime.timedelta(hours=49)
    with time_machine.travel(two_days_later, tick=False):
        publish_scheduled_pages()
    # Empty rather than gone: robots.txt names it, and a sitemap that is not there is reported
    # as an error. The published schema wants at least one <url>, so this is checked as XML.
    emptied = ElementTree.fromstring(live_text("news-sitemap.xml"))
    assert emptied.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    assert list(emptied) == []
    assert verify_tree(live_tree()) == []


def test_a_rebaked_index_is_the_one_the_live_site_serves_without_a_look_at_every_month(
    baked_archive, client
):
    newsroom, june, recent, russian = baked_archive

    def assert_index_as_served():
        assert live_text("sitemap.xml") == client.get("/sitemap.xml").content.decode()

    may = newsroom.publish_article(headline="May story", slug="may-story", when=MAY)
    # Its date was set after its publish's rebake: as if it had been published in May.
    rebake(ArticleRebakePlan(article_id=may.pk))
    listed = index_locations(valid_index(live_text("sitemap.xml")))
    assert f"{SITE}/sitemaps/en/2026-05.xml" in listed
    assert_index_as_served()
    with CaptureQueriesContext(connection) as queries:
        ArticlePage.objects.get(pk=june.pk).unpublish()
    # Read before the next request: Django empties the query log when one starts.
    grouped = [query["sql"] for query in queries.captured_queries if "GROUP BY" in query["sql"]]
    assert f"{SITE}/sitemaps/en/2026-06.xml" not in live_text("sitemap.xml")
    assert_index_as_served()
    # Every month's lastmod comes from the live index; the changed month's alone is looked up.
    month_lookups = [sql for sql in grouped if '"permalink_date" >=' in sql]
    assert month_lookups and month_lookups == [sql for sql in grouped if "permalink_date" in sql]
    ArticlePage.objects.get(pk=may.pk).delete()
    assert f"{SITE}/sitemaps/en/2026-05.xml" not in live_text("sitemap.xml")
    assert_index_as_served()
    assert verify_tree(live_tree()) == []
