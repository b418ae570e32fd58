import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.assertions import assert_public_page

pytestmark = pytest.mark.django_db


def test_article_has_a_dated_permalink_in_the_newsroom_time_zone(newsroom, a_june_evening):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    # 14:30 UTC is 23:30 in Tokyo: still the 19th there, and the permalink says so.
    assert article.url == "/articles/2026/06/19/budget-vote/"
    assert article.pdf_url == "/articles/2026/06/19/budget-vote/budget-vote.pdf"


def test_permalink_stays_when_the_section_changes(newsroom, a_june_evening, client):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    url = article.url
    article.primary_section = newsroom.culture
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.url == url
    assert client.get(url).status_code == 200


def test_reader_sees_breadcrumb_headline_credit_and_tools(newsroom, a_june_evening, client):
    article = newsroom.publish_article(
        headline="Parliament passes the budget after a night session",
        when=a_june_evening,
        topics=[newsroom.topic],
    )
    soup = assert_public_page(client.get(article.url))
    crumbs = [a.get_text() for a in soup.select("nav.breadcrumb a")]
    assert crumbs == ["News", "Politics"]
    assert soup.h1.get_text() == "Parliament passes the budget after a night session"
    credit = soup.select_one("figure.photo--lead .photo__credit").get_text(" ", strip=True)
    assert credit == "Photo: EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL"
    assert soup.select_one("figure.photo--lead img")["alt"] == "A street in the capital at dusk"
    tools = soup.select(".article__header .tools")[0]
    assert tools.select_one("a[href$='.pdf']")["href"] == article.pdf_url
    assert tools.select_one("details.share summary").get_text(strip=True) == "Share"
    share_hosts = [a["href"].split("/")[2] for a in tools.select(".share__links a[href^='https']")]
    assert share_hosts == ["t.me", "wa.me", "x.com", "www.facebook.com", "vk.com"]
    assert tools.select_one("[data-print]")
    # The same tools close the article, below its topics.
    assert str(soup.select_one(".article__footer .tools")) == str(tools)
    assert soup.select_one(".byline a[rel=author]").get_text() == "Anna Keller"
    assert soup.select_one(".article__dates time")["datetime"] == "2026-06-19T23:30:00+09:00"
    assert [a.get_text() for a in soup.select(".article__topics a")] == ["Elections"]
    footer = soup.select_one("footer.site-footer").get_text(" ", strip=True)
    assert "Editor in chief — Marta Lind" in footer
    assert "Terms of use" in footer and "Privacy policy" in footer


def test_related_articles_share_topics_first_and_leave_out_private_ones(newsroom, client):
    from wagtail.models import PageViewRestriction

    article = newsroom.publish_article(headline="Budget vote", topics=[newsroom.topic])
    newsroom.publish_article(headline="Same section", slug="same-section")
    newsroom.publish_article(
        headline="Same topic", slug="same-topic", section=newsroom.culture, topics=[newsroom.topic]
    )
    newsroom.publish_article(headline="Elsewhere", slug="elsewhere", section=newsroom.culture)
    embargoed = newsroom.publish_article(
        headline="Embargoed", slug="embargoed", topics=[newsroom.topic]
    )
    PageViewRestriction.objects.create(page=embargoed, restriction_type="password", password="x")
    soup = assert_public_page(client.get(article.url))
    related = soup.select(".related .teaser")
    assert [t.select_one(".teaser__headline").get_text(strip=True) for t in related] == [
        "Same topic",
        "Same section",
    ]
    assert related[0].select_one(".byline").get_text(" ", strip=True) == "By Anna Keller"


def test_article_page_query_count(newsroom, client, django_assert_max_num_queries):
    for n in range(6):
        newsroom.publish_article(slug=f"related-{n}", topics=[newsroom.topic])
    article = newsroom.publish_article(slug="budget-vote", topics=[newsroom.topic])
    client.get(article.url)
    # Routing, privacy checks, settings and navigation; then topics, related articles (the
    # newest of its topics, of its section, then those chosen), bylines, corrections and updates.
    with django_assert_max_num_queries(19):
        assert client.get(article.url).status_code == 200


def test_wrong_date_in_permalink_redirects_to_the_real_one(newsroom, a_june_evening, client):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    response = client.get("/articles/2026/06/18/budget-vote/")
    assert response.status_code == 301
    assert response["Location"] == article.url
    assert client.get("/articles/budget-vote/")["Location"] == article.url
    assert client.get("/articles/2026/06/19/budget-vote.pdf")["Location"] == article.pdf_url


@pytest.mark.parametrize(
    "path",
    [
        "/articles/2026/06/19/no-such-story/",
        "/articles/2026/xx/19/budget-vote/",
        "/articles/2026/06/19/budget-vote/extra/",
        "/articles/2026/06/19/budget-vote/other.pdf",
    ],
)
def test_unknown_article_addresses_are_404(newsroom, a_june_evening, client, path):
    newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_unpublished_article_is_not_served(newsroom, a_june_evening, client):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    url = article.url
    article.unpublish()
    assert client.get(url).status_code == 404


def test_article_without_photo_or_authors_and_with_long_cyrillic_headline(newsroom, client):
    headline = ("Путин прибыл в Пхеньян: " * 13)[:300]
    article = newsroom.publish_article(headline=headline, authors=[], lead_photo=None)
    soup = assert_public_page(client.get(article.url))
    assert soup.h1.get_text() == headline
    assert not soup.select("figure.photo--lead")
    assert not soup.select(".byline")
    listing = client.get(newsroom.politics.url)
    assert headline in listing.content.decode()


def test_right_to_left_text_is_kept(newsroom, client):
    article = newsroom.publish_article(
        body=[("paragraph", "<p>The sign read <i>مرحبا بكم</i> in Arabic.</p>")]
    )
    assert "مرحبا بكم" in client.get(article.url).content.decode()


def test_agency_byline(newsroom, client):
    article = newsroom.publish_article(authors=[], agency="Baltic Wire")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert soup.select_one(".byline").get_text(" ", strip=True) == "By Baltic Wire"


def test_two_authors_are_listed_in_order(newsroom, client):
    article = newsroom.publish_article(authors=list(reversed(newsroom.reporters)))
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert soup.select_one(".byline").get_text(" ", strip=True) == "By Pavel Orlov and Anna Keller"


def test_an_unpublished_copy_gets_its_own_date_when_published(newsroom, a_june_evening):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    copy = article.copy(update_attrs={"slug": "budget-vote-copy", "title": "Copy"}, keep_live=False)
    assert copy.permalink_date is None
    copy.save_revision().publish()
    copy.refresh_from_db()
    assert copy.permalink_date == timezone.localdate(copy.first_published_at)
    assert copy.permalink_date != article.permalink_date
