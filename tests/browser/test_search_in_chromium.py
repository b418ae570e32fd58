"""A reader searches in headless Chromium, in both editions, with and without JavaScript."""

import pytest

from tests.search.conftest import days_ago, paragraph, russian  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def stories(newsroom, russian, settings, live_server):  # noqa: F811
    settings.MASTHEAD_SITE_URL = live_server.url
    for n, (headline, text) in enumerate(
        [
            ("Parliament passes the budget after a night session", "The elected deputies voted."),
            ("Turnout falls in regional elections", "Fewer voters came to the election."),
            ("Opposition candidate barred from the ballot", "The election commission ruled."),
        ]
    ):
        newsroom.publish_article(
            headline=headline, slug=f"story-{n}", body=paragraph(text), when=days_ago(n * 9)
        )
    for n, (headline, text) in enumerate(
        [
            ("Явка на региональных выборах упала", "На выборах проголосовало меньше людей."),
            ("Пресс-секретарь Путина ответил на вопросы", "Речь шла о выборах и бюджете."),
        ]
    ):
        russian.publish_article(
            headline=headline, slug=f"istoriya-{n}", body=paragraph(text), when=days_ago(n * 5)
        )


def test_a_reader_searches_from_the_header_without_javascript(stories, live_server, open_page):
    watch = open_page(live_server.url + "/", javascript=False)
    watch.page.fill(".site-header input[name=q]", "elections")
    watch.page.press(".site-header input[name=q]", "Enter")
    watch.page.wait_for_load_state("load")
    assert watch.page.url == live_server.url + "/search/?q=elections"
    headlines = watch.page.locator(".search-result__headline").all_inner_texts()
    # "elections" finds "election" and "elected": the stem is "elect".
    assert len(headlines) == 3 and headlines[0] == "Turnout falls in regional elections"
    assert watch.page.locator(".search-result mark").count() >= 2
    assert watch.foreign_requests == [] and watch.console_errors == []
    watch.screenshot("search-desktop")


def test_russian_search_with_a_filter(stories, live_server, open_page, russian):  # noqa: F811
    watch = open_page(
        live_server.url + f"/ru/search/?q=выборы&author={russian.reporter.pk}&date_from=2020-01-01"
    )
    assert watch.page.locator("html").get_attribute("lang") == "ru"
    assert watch.page.locator(".search-result").count() == 2
    assert watch.foreign_requests == [] and watch.console_errors == []
    watch.screenshot("search-russian-desktop")


def test_search_fits_a_320_px_screen(stories, live_server, open_page):
    watch = open_page(
        live_server.url + "/search/?q=election&page=-1", width=320, height=640, javascript=False
    )
    scroll_width = watch.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, scroll_width
    assert "There is no page -1" in watch.page.locator(".search__notice").inner_text()
    watch.screenshot("search-mobile-320-nojs")
