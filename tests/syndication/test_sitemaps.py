"""Sitemaps as search engines read them: valid against the published schemas, absolute URLs,
hreflang alternates that answer each other, lead photos, a news sitemap of the last two days."""

import datetime

import pytest
import xmlschema
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles.models import ArticlePage
from tests.syndication.conftest import translate
from tests.syndication.sitemap_checks import (
    NS,
    alternates,
    entries,
    index_locations,
    sitemap_xml,
    valid_index,
    valid_urlset,
)

SITE = "http://testserver"
HOSTILE = "Tom & Jerry <b>bold</b> ]]> \u200fRTL mark \U0001f525 fire\x01\x0b end"


def month_of(article) -> str:
    return f"{article.permalink_date:%Y-%m}"


def test_the_index_lists_each_editions_pages_and_months_with_lastmod(newsroom, russian, client):
    june = datetime.datetime(2026, 6, 19, 14, 30, tzinfo=datetime.UTC)
    old = newsroom.publish_article(headline="June story", slug="june", when=june)
    translate(old, russian, "Июньская история")
    recent = newsroom.publish_article(headline="Today's story", slug="today")
    root = valid_index(sitemap_xml(client.get("/sitemap.xml")))
    listed = index_locations(root)
    assert listed == {
        f"{SITE}/sitemaps/en/pages.xml": None,
        f"{SITE}/sitemaps/ru/pages.xml": None,
        f"{SITE}/sitemaps/en/2026-06.xml": "2026-06-19T14:30:00+00:00",
        f"{SITE}/sitemaps/ru/{month_of(ArticlePage.objects.get(locale=russian))}.xml": listed[
            f"{SITE}/sitemaps/ru/{month_of(ArticlePage.objects.get(locale=russian))}.xml"
        ],
        f"{SITE}/sitemaps/en/{month_of(recent)}.xml": recent.first_published_at.astimezone(
            datetime.UTC
        )
        .replace(microsecond=0)
        .isoformat(),
    }
    for location in listed:
        assert client.get(location.removeprefix(SITE)).status_code == 200, location


def test_a_month_file_gives_each_article_its_lastmod_alternates_and_photo(
    newsroom, russian, client
):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = translate(original, russian, "Голосование по бюджету")
    alone = newsroom.publish_article(headline="Opera season opens", slug="opera", lead_photo=None)
    updated_at = timezone.now() + datetime.timedelta(hours=1)
    ArticlePage.objects.filter(pk=alone.pk).update(updated_at=updated_at)

    english = valid_urlset(sitemap_xml(client.get(f"/sitemaps/en/{month_of(original)}.xml")))
    found = entries(english)
    assert set(found) == {SITE + original.url, SITE + alone.url}
    budget = found[SITE + original.url]
    expected_alternates = {
        "en": SITE + original.url,
        "ru": SITE + translation.url,
        "x-default": SITE + original.url,
    }
    assert alternates(budget) == expected_alternates
    assert (
        budget.findtext("sm:lastmod", namespaces=NS)
        == original.first_published_at.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
    )
    # The JPEG the page's own srcset names, so the baker copies it with the page.
    photo = budget.findtext("image:image/image:loc", namespaces=NS)
    assert photo.startswith(SITE + "/media/images/") and ".format-jpeg." in photo
    page = client.get(original.url).content.decode()
    assert photo.removeprefix(SITE) in page
    # An untranslated article has no alternates to offer; its "Updated" time is its lastmod.
    opera = found[SITE + alone.url]
    assert alternates(opera) == {}
    assert opera.find("image:image", NS) is None
    assert opera.findtext("sm:lastmod", namespaces=NS).startswith(f"{updated_at:%Y-%m-%d}"[:7])

    russian_file = valid_urlset(
        sitemap_xml(client.get(f"/sitemaps/ru/{month_of(translation)}.xml"))
    )
    (entry,) = entries(russian_file).values()
    assert entry.findtext("sm:loc", namespaces=NS) == SITE + translation.url
    assert translation.url.startswith("/ru/")
    # Reciprocal: the Russian version names the same set, and the same x-default.
    assert alternates(entry) == expected_alternates


def test_a_deleted_or_unpublished_translation_leaves_the_alternates(newsroom, russian, client):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = translate(original, russian, "Голосование по бюджету")
    translation.unpublish()
    root = valid_urlset(sitemap_xml(client.get(f"/sitemaps/en/{month_of(original)}.xml")))
    assert alternates(entries(root)[SITE + original.url]) == {}


def test_the_pages_file_lists_fronts_topics_authors_and_legal_pages(newsroom, russian, client):
    newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    newsroom.terms.save_revision().publish()
    root = valid_urlset(sitemap_xml(client.get("/sitemaps/en/pages.xml")))
    found = entries(root)
    for path in [
        "/",
        "/news/",
        "/news/politics/",
        "/culture/",
        "/topics/",
        "/topics/elections/",
        "/authors/",
        "/authors/anna-keller/",
        "/articles/",
        "/terms/",
        "/privacy/",
    ]:
        assert SITE + path in found, path
    assert not any("/articles/20" in location for location in found)
    # The home page has a Russian translation; the listings change too often for a lastmod.
    assert alternates(found[SITE + "/"]) == {
        "en": SITE + "/",
        "ru": SITE + "/ru/",
        "x-default": SITE + "/",
    }
    assert found[SITE + "/news/"].find("sm:lastmod", NS) is None
    newsroom.terms.refresh_from_db()
    assert found[SITE + "/terms/"].findtext("sm:lastmod", namespaces=NS) == (
        newsroom.terms.last_published_at.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
    )
    russian_pages = entries(valid_urlset(sitemap_xml(client.get("/sitemaps/ru/pages.xml"))))
    assert alternates(russian_pages[SITE + "/ru/"])["en"] == SITE + "/"


def test_the_news_sitemap_holds_the_last_48_hours_in_both_languages(newsroom, russian, client):
    old = newsroom.publish_article(
        headline="Old story", slug="old", when=timezone.now() - datetime.timedelta(hours=49)
    )
    fresh = newsroom.publish_article(headline="Fresh story", slug="fresh")
    russian_fresh = translate(fresh, russian, "Свежая новость")
    root = valid_urlset(sitemap_xml(client.get("/news-sitemap.xml")))
    found = entries(root)
    assert SITE + old.url not in found
    assert list(found) == [SITE + russian_fresh.url, SITE + fresh.url]
    news = found[SITE + russian_fresh.url].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "The Aldmark Courier"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "ru"
    assert news.findtext("news:title", namespaces=NS) == "Свежая новость"
    published = datetime.datetime.fromisoformat(
        news.findtext("news:publication_date", namespaces=NS)
    )
    assert abs(published - russian_fresh.first_published_at) < datetime.timedelta(seconds=1)
    english = found[SITE + fresh.url].find("news:news", NS)
    assert english.findtext("news:publication/news:language", namespaces=NS) == "en"


def test_hostile_headlines_keep_every_sitemap_well_formed_and_valid(newsroom, russian, client):
    article = newsroom.publish_article(headline=HOSTILE, slug="hostile")
    # An import that skipped the model's cleaning: control characters reach the database.
    ArticlePage.objects.filter(pk=article.pk).update(headline=HOSTILE)
    translate(article, russian, "«Том и Джерри» & <i>курсив</i> ]]> \u202eперевёрнуто")
    root = valid_urlset(sitemap_xml(client.get("/news-sitemap.xml")))
    titles = [title.text for title in root.iter(f"{{{NS['news']}}}title")]
    assert "Tom & Jerry <b>bold</b> ]]> \u200fRTL mark \U0001f525 fire end" in titles
    assert "«Том и Джерри» & <i>курсив</i> ]]> \u202eперевёрнуто".replace("\u202e", "") in [
        title.replace("\u202e", "") for title in titles
    ]
    valid_urlset(sitemap_xml(client.get(f"/sitemaps/en/{month_of(article)}.xml")))
    valid_index(sitemap_xml(client.get("/sitemap.xml")))


def test_addresses_that_are_no_sitemap_get_the_sites_404(newsroom, client):
    newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    for path in [
        "/sitemaps/xx/pages.xml",
        "/sitemaps/en/1999-01.xml",
        "/sitemaps/en/2026-13.xml",
        "/sitemaps/en/0000-01.xml",
        "/sitemaps/en/9999-12.xml",
        "/sitemaps/en/june.xml",
        "/sitemaps/ru/pages.xml",
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert b"Page not found" in response.content, path


def test_robots_txt_names_both_sitemaps_and_keeps_crawlers_out_of_dynamic_pages(client):
    text = client.get("/robots.txt").content.decode()
    lines = text.splitlines()
    for disallowed in ["/admin/", "/accounts/", "/documents/", "/preview/", "/search/"]:
        assert f"Disallow: {disallowed}" in lines
    assert "Disallow: /ru/search/" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert f"Sitemap: {SITE}/news-sitemap.xml" in lines


def count_queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    return len(queries)


@pytest.mark.parametrize(
    "path", ["month", "/sitemap.xml", "/news-sitemap.xml", "/sitemaps/en/pages.xml"]
)
def test_sitemaps_cost_the_same_queries_for_3_and_30_articles(newsroom, russian, client, path):
    articles = []

    def publish(count):
        for _n in range(count):
            n = len(articles)
            article = newsroom.publish_article(
                headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic]
            )
            if n % 3 == 0:
                translate(article, russian, f"История {n}")
            articles.append(article)

    publish(3)
    url = f"/sitemaps/en/{month_of(articles[0])}.xml" if path == "month" else path
    client.get(url)  # caches (site root paths) filled once, as on the second file of a bake
    few = count_queries(client, url)
    publish(27)
    many = count_queries(client, url)
    assert few == many, (few, many)
    # The pages file loads each page type once (Wagtail's `specific`); the others need fewer.
    assert many <= 16


URLSET = (
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>{}</url></urlset>'
)


@pytest.mark.parametrize(
    "url",
    [
        "<loc>/a/</loc>",  # shorter than the 12 characters of the smallest absolute URL
        "<loc>http://testserver/a/</loc><lastmod>19 June 2026</lastmod>",
        "<loc>http://testserver/a/</loc><changefreq>sometimes</changefreq>",
        "<loc>http://testserver/a/</loc><news:news><news:title>No publication</news:title>"
        "</news:news>",
        "<lastmod>2026-06-19</lastmod><loc>http://testserver/a/</loc>",
    ],
)
def test_the_vendored_schemas_refuse_what_search_engines_refuse(url):
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        valid_urlset(URLSET.format(url))
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        valid_index(
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
            "<loc>http://testserver/s.xml</loc><lastmod>yesterday</lastmod></sitemap></sitemapindex>"
        )
