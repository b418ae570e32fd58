"""A reader opens a feed in headless Chromium: the stylesheet makes it a readable page."""

import datetime

import pytest
from django.utils.formats import date_format

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def articles(newsroom, settings, live_server):
    settings.MASTHEAD_SITE_URL = live_server.url
    return [
        newsroom.publish_article(
            headline="Parliament passes the budget after a night session",
            slug="budget-vote",
            standfirst="Deputies approved the plan by 12 votes & the opposition walked out.",
            authors=newsroom.reporters,
            topics=[newsroom.topic],
        ),
        newsroom.publish_article(
            headline="Q&A: what <the budget> means for schools",
            slug="budget-schools",
            agency="Reuters",
        ),
    ]


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml"])
def test_a_feed_opened_in_a_browser_reads_as_a_page(articles, live_server, open_page, name):
    watch = open_page(f"{live_server.url}/news/politics/{name}")
    page = watch.page
    assert page.locator("h1").inner_text() == "Politics — The Aldmark Courier"
    headlines = page.locator(".teaser__headline a")
    assert headlines.all_inner_texts() == [
        "Q&A: what <the budget> means for schools",
        "Parliament passes the budget after a night session",
    ]
    assert headlines.nth(1).get_attribute("href") == live_server.url + articles[0].url
    standfirst = page.locator(".teaser__standfirst").nth(1).inner_text()
    assert standfirst == "Deputies approved the plan by 12 votes & the opposition walked out."
    assert "Anna Keller, Pavel Orlov" in page.locator(".teaser__meta").nth(1).inner_text()
    # Styled by the site's own stylesheet, from the site itself.
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != "Times New Roman"
    assert page.locator(".teaser__meta time").nth(1).inner_text() == date_format(
        articles[0].first_published_at.astimezone(datetime.UTC), "j E Y"
    )
    assert watch.foreign_requests == []
    # Chromium 156 adds a banner of its own to any XSLT page (XSLT is leaving Chromium); the
    # page's policy blocks the banner's inline style and script, which it reports.
    banner = page.locator("xslt-warning-banner").count()
    own_errors = [e for e in watch.console_errors if not (banner and "inline" in e)]
    assert own_errors == []
    watch.screenshot(f"feed-{name.replace('.', '-')}")
