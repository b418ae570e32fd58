"""A reader opens an article in headless Chromium: local-only requests, working tools, print."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article(newsroom, settings, live_server):
    settings.MASTHEAD_SITE_URL = live_server.url
    return newsroom.publish_article(
        headline="Parliament passes the budget after a night session",
        slug="budget-vote",
        topics=[newsroom.topic],
        body=[
            ("paragraph", "<p>The vote came shortly after three in the morning.</p>"),
            ("quote", {"text": "We did our job.", "attribution": "The speaker"}),
            ("photo", {"photo": newsroom.photo, "caption": "The chamber at dawn."}),
            ("fact_box", {"title": "The budget", "body": "<ul><li>Schools up 4%</li></ul>"}),
        ],
    )


def test_article_loads_nothing_from_other_hosts_and_logs_no_errors(article, live_server, open_page):
    watch = open_page(live_server.url + article.url)
    assert watch.page.locator("h1").inner_text() == article.headline
    assert watch.foreign_requests == []
    assert watch.console_errors == []
    credit = watch.page.locator("figure.photo--lead .photo__credit").inner_text()
    assert credit == "Photo: EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL"
    watch.screenshot("article-desktop")


def test_share_uses_the_web_share_api_when_the_browser_has_it(article, live_server, open_page):
    stub = "navigator.share = (data) => { window.sharedData = data; return Promise.resolve(); };"
    watch = open_page(live_server.url + article.url, init_script=stub)
    watch.page.locator(".article__header details.share summary").click()
    shared = watch.page.evaluate("window.sharedData")
    assert shared == {"title": article.headline, "url": live_server.url + article.url}
    assert not watch.page.locator(".article__header .share__links").is_visible()


def test_share_falls_back_to_links_and_copy(article, live_server, open_page):
    watch = open_page(
        live_server.url + article.url, init_script="delete Navigator.prototype.share;"
    )
    watch.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    watch.page.locator(".article__header details.share summary").click()
    links = watch.page.locator(".article__header .share__links a")
    assert links.first.is_visible()
    assert links.all_inner_texts() == ["Telegram", "WhatsApp", "X", "Facebook", "VK", "E-mail"]
    watch.page.locator(".article__header [data-copy-link]").click()
    status = watch.page.locator(".article__header [data-copy-status]")
    status.wait_for(state="visible")
    assert status.inner_text() == "Link copied"
    assert watch.page.evaluate("navigator.clipboard.readText()") == live_server.url + article.url
    watch.page.keyboard.press("Escape")
    assert not links.first.is_visible()
    watch.screenshot("article-share-open")


def test_print_shows_the_article_alone_with_credit_and_address(article, live_server, open_page):
    watch = open_page(live_server.url + article.url)
    watch.page.emulate_media(media="print")
    for hidden in [".site-header", ".site-footer", ".article__header .tools", ".related"]:
        if watch.page.locator(hidden).count():
            assert not watch.page.locator(hidden).first.is_visible(), hidden
    assert watch.page.locator("h1").is_visible()
    assert watch.page.locator("figure.photo--lead .photo__credit").is_visible()
    assert live_server.url + article.url in watch.page.locator(".article__source").inner_text()
    watch.screenshot("article-print")


def test_article_is_readable_without_javascript_at_320_px(article, live_server, open_page):
    watch = open_page(live_server.url + article.url, width=320, height=640, javascript=False)
    assert watch.page.locator("h1").is_visible()
    assert not watch.page.locator("[data-print]").first.is_visible(), "print needs JS; hidden"
    watch.page.locator(".article__header details.share summary").click()
    assert watch.page.locator(".article__header .share__links a").first.is_visible()
    assert not watch.page.locator(".article__header [data-copy-link]").is_visible(), "needs JS"
    scroll_width = watch.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"horizontal scroll at 320 px: {scroll_width}"
    watch.screenshot("article-mobile-320-nojs")


def test_keyboard_reaches_the_skip_link_first(article, live_server, open_page):
    watch = open_page(live_server.url + article.url)
    watch.page.keyboard.press("Tab")
    focused = watch.page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    watch.page.keyboard.press("Enter")
    assert watch.page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(
    "path", ["/", "/news/", "/news/politics/", "/authors/anna-keller/", "/terms/"]
)
def test_other_pages_have_no_foreign_requests_or_errors(article, live_server, open_page, path):
    for width, name in [(1280, "desktop"), (360, "mobile")]:
        watch = open_page(live_server.url + path, width=width)
        assert watch.foreign_requests == [] and watch.console_errors == [], path
        assert watch.page.evaluate("document.documentElement.scrollWidth") <= width
        slug = path.strip("/").replace("/", "-") or "home"
        watch.screenshot(f"{slug}-{name}")
