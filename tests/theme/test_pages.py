"""Readers' pages: fronts, listings, legal pages, errors; hostile input never reaches a page."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from masthead.articles.models import ArticlePage
from masthead.core.models import ArticleListingPage
from tests.assertions import assert_public_page

pytestmark = pytest.mark.django_db

HOSTILE_TEXT = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def test_home_page_has_top_story_latest_and_section_blocks(newsroom, client):
    for n in range(5):
        newsroom.publish_article(headline=f"Politics story {n}", slug=f"politics-{n}")
    newsroom.publish_article(
        headline="Culture story", slug="culture-story", section=newsroom.culture
    )
    soup = assert_public_page(client.get("/"))
    assert soup.select_one(".front__top .teaser__headline").get_text(strip=True) == "Culture story"
    assert len(soup.select(".front__latest li")) == 5
    blocks = [h.get_text(strip=True) for h in soup.select(".section-block .block-heading")]
    assert blocks == ["News", "Culture"]
    nav = [a.get_text() for a in soup.select("nav.site-nav a")]
    assert nav == ["News", "Culture"]


# All six articles at once; the four newest of News among them but not Culture's; neither.
@pytest.mark.parametrize("recent_on_home", [100, 5, 3])
def test_home_blocks_show_the_four_newest_of_each_section_and_its_subsections(
    newsroom, client, monkeypatch, recent_on_home
):
    monkeypatch.setattr("masthead.sections.models.RECENT_ON_HOME", recent_on_home)
    for n in range(5):
        newsroom.publish_article(headline=f"Politics story {n}", slug=f"politics-{n}")
    newsroom.publish_article(headline="Opera season opens", slug="opera", section=newsroom.culture)
    soup = assert_public_page(client.get("/"))
    blocks = {
        block.select_one(".block-heading").get_text(strip=True): [
            headline.get_text(strip=True) for headline in block.select(".teaser__headline")
        ]
        for block in soup.select(".section-block")
    }
    assert blocks == {
        "News": [f"Politics story {n}" for n in (4, 3, 2, 1)],
        "Culture": ["Opera season opens"],
    }


def test_a_chosen_top_story_leads_and_is_not_repeated_under_latest(newsroom, client):
    chosen = newsroom.publish_article(headline="Chosen story", slug="chosen")
    newsroom.publish_article(headline="Newer story", slug="newer")
    newsroom.home.top_story = chosen
    newsroom.home.save_revision().publish()
    soup = assert_public_page(client.get("/"))
    assert soup.select_one(".front__top .teaser__headline").get_text(strip=True) == "Chosen story"
    latest = [h.get_text(strip=True) for h in soup.select(".front__latest .teaser__headline")]
    assert latest == ["Newer story"]


def test_edition_links_lead_to_the_translation_else_to_the_other_edition(newsroom, client):
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()
    translated = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = translated.copy_for_translation(russian, copy_parents=True)
    translation.save_revision().publish()
    translation_url = ArticlePage.objects.get(pk=translation.pk).url
    untranslated = newsroom.publish_article(headline="Opera season opens", slug="opera")

    def editions(path):
        soup = assert_public_page(client.get(path))
        links = soup.select(".site-header__editions a")
        return soup.html["lang"], [(link["href"], link["hreflang"]) for link in links]

    # An article's translation is linked by its own dated permalink.
    assert editions(translated.url) == ("en", [(translation_url, "ru")])
    assert editions(untranslated.url) == ("en", [("/ru/", "ru")])
    assert editions(translation_url) == ("ru", [(translated.url, "en")])
    assert editions("/ru/") == ("ru", [("/", "en")])


def test_section_front_lists_its_subsections_articles(newsroom, client):
    newsroom.publish_article(headline="Vote in parliament", slug="vote")
    newsroom.publish_article(headline="Opera season opens", slug="opera", section=newsroom.culture)
    soup = assert_public_page(client.get("/news/"))
    headlines = [h.get_text(strip=True) for h in soup.select(".teaser__headline")]
    assert headlines == ["Vote in parliament"]
    soup = assert_public_page(client.get("/news/politics/"))
    assert [a.get_text() for a in soup.select("nav.breadcrumb a")] == ["News"]


def test_topic_and_author_pages_list_articles_with_a_count(newsroom, client):
    newsroom.publish_article(headline="Election day", slug="election", topics=[newsroom.topic])
    newsroom.publish_article(headline="Other", slug="other")
    soup = assert_public_page(client.get("/topics/elections/"))
    assert [h.get_text(strip=True) for h in soup.select(".teaser__headline")] == ["Election day"]
    soup = assert_public_page(client.get("/authors/anna-keller/"))
    assert soup.select_one(".author__count").get_text(strip=True) == "2 articles"
    assert soup.select_one(".author__role").get_text() == "Correspondent"
    assert_public_page(client.get("/authors/"))
    assert_public_page(client.get("/topics/"))


def test_legal_pages_and_footer(newsroom, client):
    soup = assert_public_page(client.get("/terms/"))
    assert soup.h1.get_text() == "Terms of use"
    links = {a.get_text(): a["href"] for a in soup.select("footer.site-footer a")}
    assert links["Terms of use"] == "/terms/" and links["Privacy policy"] == "/privacy/"


def publish_many(newsroom, count):
    for n in range(count):
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])


LISTINGS = ["/news/", "/topics/elections/", "/authors/anna-keller/", "/articles/"]


@pytest.mark.parametrize(
    "page", ["abc", "-1", "0", "02", "10000000000000", "1.5", "٣", "9" * 400, ""]
)
def test_bad_page_numbers_give_404_never_500(newsroom, client, page):
    publish_many(newsroom, 3)
    for path in LISTINGS:
        for response in [client.get(f"{path}page/{page}/")]:
            assert response.status_code == 404, (path, page, response.status_code)
            assert "Page not found" in response.content.decode()


def headlines(soup):
    return [h.get_text(strip=True) for h in soup.select(".teaser-list .teaser__headline")]


def test_archive_pages_count_from_the_oldest_so_they_stay_the_same(newsroom, client, monkeypatch):
    monkeypatch.setattr(ArticleListingPage, "articles_per_page", 3)
    publish_many(newsroom, 8)
    front = assert_public_page(client.get("/news/politics/"))
    # The front keeps what no full archive page holds: here five, newest first.
    assert headlines(front) == [f"Story {n}" for n in (7, 6, 5, 4, 3)]
    assert front.select_one(".pagination a[rel=next]")["href"] == "/news/politics/page/1/"
    oldest = assert_public_page(client.get("/news/politics/page/1/"))
    assert headlines(oldest) == ["Story 2", "Story 1", "Story 0"]
    assert oldest.select_one(".pagination a[rel=prev]")["href"] == "/news/politics/"
    assert oldest.find("link", rel="canonical")["href"].endswith("/news/politics/page/1/")
    assert newsroom.politics.get_cached_paths() == [
        "/",
        "/page/1/",
        "/feed.xml",
        "/atom.xml",
        "/feed.json",
    ]

    newsroom.publish_article(headline="Story 8", slug="story-8")
    assert headlines(BeautifulSoup(client.get("/news/politics/").content, "html.parser")) == [
        "Story 8",
        "Story 7",
        "Story 6",
    ]
    # The page that existed keeps its articles; a new one appeared between it and the front.
    assert headlines(
        BeautifulSoup(client.get("/news/politics/page/1/").content, "html.parser")
    ) == ["Story 2", "Story 1", "Story 0"]
    newest_archive = assert_public_page(client.get("/news/politics/page/2/"))
    assert headlines(newest_archive) == ["Story 5", "Story 4", "Story 3"]
    assert newest_archive.select_one(".pagination a[rel=prev]")["href"] == "/news/politics/"
    assert newest_archive.select_one(".pagination a[rel=next]")["href"] == (
        "/news/politics/page/1/"
    )
    assert newsroom.politics.get_cached_paths()[:3] == ["/", "/page/1/", "/page/2/"]
    for missing in ["/news/politics/page/3/", "/news/politics/page/0/"]:
        assert client.get(missing).status_code == 404
    # Query strings are not pages: the baked site ignores them, and so does the live one.
    assert headlines(
        BeautifulSoup(client.get("/news/politics/?page=2").content, "html.parser")
    ) == ["Story 8", "Story 7", "Story 6"]


@pytest.mark.parametrize("path", ["/news/", "/topics/elections/", "/authors/anna-keller/", "/"])
def test_listing_queries_do_not_grow_with_the_number_of_articles(newsroom, client, path):
    publish_many(newsroom, 2)
    client.get(path)  # warm renditions and caches
    with CaptureQueriesContext(connection) as few:
        client.get(path)
    publish_many_more = [
        newsroom.publish_article(headline=f"More {n}", slug=f"more-{n}", topics=[newsroom.topic])
        for n in range(8)
    ]
    assert publish_many_more
    client.get(path)
    with CaptureQueriesContext(connection) as many:
        client.get(path)
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_section_front_query_count(newsroom, client, django_assert_max_num_queries):
    publish_many(newsroom, 20)
    client.get("/news/politics/")
    # Fixed costs: site, locales, privacy checks, settings and its footer links, navigation.
    with django_assert_max_num_queries(19):
        assert client.get("/news/politics/").status_code == 200


def test_home_page_query_count(newsroom, client, django_assert_max_num_queries):
    publish_many(newsroom, 20)
    newsroom.publish_article(headline="Opera season opens", slug="opera", section=newsroom.culture)
    client.get("/")
    # The ids of the latest articles and of every section block's, then the articles, their
    # bylines and their photos' renditions: five queries, whatever the number of sections.
    with django_assert_max_num_queries(15):
        assert client.get("/").status_code == 200


def is_json_ld(script) -> bool:
    return script.get("type") == "application/ld+json" and not script.get("src")


def test_hostile_html_in_titles_standfirst_and_rich_text_never_reaches_a_page(newsroom, client):
    newsroom.politics.intro = HOSTILE_TEXT
    newsroom.politics.save_revision().publish()
    newsroom.reporters[0].bio = HOSTILE_TEXT
    newsroom.reporters[0].save_revision().publish()
    article = newsroom.publish_article(
        headline=f"Headline {HOSTILE_TEXT}",
        standfirst=f"Standfirst {HOSTILE_TEXT}",
        slug="hostile",
        body=[
            (
                "paragraph",
                '<p onclick="alert(1)">Text <a href="javascript:alert(1)">js</a>'
                '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>'
                f'<a href="https://example.org/ok">ok</a>{HOSTILE_TEXT}</p>',
            ),
            ("quote", {"text": HOSTILE_TEXT, "attribution": HOSTILE_TEXT}),
            ("fact_box", {"title": HOSTILE_TEXT, "body": f"<p>{HOSTILE_TEXT}</p>"}),
            (
                "link_card",
                {
                    "url": "javascript:alert(1)",
                    "title": HOSTILE_TEXT,
                    "description": "",
                    "site_name": "",
                },
            ),
        ],
    )
    stored = ArticlePage.objects.get(pk=article.pk).body.raw_data[0]["value"]
    assert "<script" not in stored and "onclick" not in stored and "javascript:" not in stored
    for path in [article.url, "/", "/news/politics/", "/authors/anna-keller/"]:
        html = client.get(path).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        # Structured data is the one inline script, and it is data (tests/syndication checks it).
        scripts = [s.get("src") for s in soup.find_all("script") if not is_json_ld(s)]
        assert all(src and src.startswith("/static/") for src in scripts), (path, scripts)
        assert not soup.find_all(attrs={"onerror": True}) and not soup.find_all(
            attrs={"onclick": True}
        )
        hrefs = [a.get("href", "") for a in soup.find_all("a")]
        assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))], path
    html = client.get(article.url).content.decode()
    assert '<a href="https://example.org/ok" rel="noopener noreferrer">ok</a>' in html


def test_reader_pages_set_no_cookies_even_for_staff(newsroom, client, django_user_model):
    article = newsroom.publish_article()
    response = client.get(article.url)
    assert not response.cookies
    assert "Vary" not in response or "Cookie" not in response["Vary"]


def test_404_page_is_designed_and_translatable(newsroom, client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Page not found"
    assert soup.select_one("footer.site-footer")


def test_500_page_renders_without_the_database(rf):
    from masthead.theme.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_reader_pages_are_compressed_and_staff_pages_are_not(newsroom, client, admin_client):
    article = newsroom.publish_article()
    response = client.get(article.url, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    staff = admin_client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert staff.status_code == 200 and "Content-Encoding" not in staff


@pytest.mark.parametrize(
    "path", ["documents/secret.txt", "wagtail_uploads/raw.jpg", "x/../documents/a"]
)
def test_media_view_serves_only_photos(newsroom, client, settings, path):
    target = settings.MEDIA_ROOT / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"private")
    assert client.get(f"/media/{path}").status_code == 404
    photo_url = newsroom.photo.file.url
    assert client.get(photo_url).status_code == 200


def test_a_private_top_story_does_not_leak_onto_the_home_page(newsroom, client):
    from wagtail.models import PageViewRestriction

    secret = newsroom.publish_article(headline="Embargoed story", slug="embargoed")
    newsroom.publish_article(headline="Public story", slug="public")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    newsroom.home.top_story = secret
    newsroom.home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Embargoed story" not in html and "Public story" in html
