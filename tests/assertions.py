"""One statement of the rules every public page keeps, for live responses and baked files alike."""

import json
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

LOCAL_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


def assert_public_html(html: str) -> BeautifulSoup:
    """Check the HTML of a reader's page; return it parsed for further checks."""
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html.get("lang"), "the page has no lang attribute"
    assert len(soup.find_all("h1")) == 1, "a page has exactly one h1"
    assert soup.find("main"), "the page has no main landmark"
    canonical = soup.find("link", rel="canonical")
    assert canonical and canonical["href"].startswith("http"), "no absolute canonical link"
    for element in soup.find_all(["script", "img", "link", "source", "iframe"]):
        for attribute in ("src", "href", "srcset"):
            value = element.get(attribute)
            if not value or (element.name == "link" and "canonical" in element.get("rel", [])):
                continue
            for candidate in value.split(","):
                host = urlsplit(candidate.strip().split(" ")[0]).hostname or ""
                assert host in LOCAL_HOSTS, f"{element.name} loads from another host: {value}"
    for image in soup.find_all("img"):
        assert image.has_attr("alt"), f"image without alt: {image}"
    for block in soup.find_all("script", type="application/ld+json"):
        json.loads(block.string)
    return soup


def assert_public_page(response) -> BeautifulSoup:
    """Check a live response of a reader's page: status, type, cache policy, no cookie, HTML."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/html; charset=utf-8"
    cache_control = response.get("Cache-Control", "")
    assert "public" in cache_control and "stale-while-revalidate" in cache_control, cache_control
    assert not response.cookies, f"a reader's page set cookies: {list(response.cookies)}"
    assert "default-src 'self'" in response.get("Content-Security-Policy", "")
    return assert_public_html(response.content.decode())


# Search is the one dynamic public page: the same for every reader, so a cache may keep it a
# minute, but it is never indexed and never baked (masthead.search.views).
SEARCH_CACHE_CONTROL = "public, max-age=60"


def assert_search_page(response) -> BeautifulSoup:
    """Check a live search page: the public-page rules, with noindex and its own cache policy."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response.get("Cache-Control") == SEARCH_CACHE_CONTROL, response.get("Cache-Control")
    assert response.get("X-Robots-Tag") == "noindex"
    assert not response.cookies, f"a reader's page set cookies: {list(response.cookies)}"
    assert "Cookie" not in response.get("Vary", ""), "a reader's page varies by cookie"
    assert "default-src 'self'" in response.get("Content-Security-Policy", "")
    soup = assert_public_html(response.content.decode())
    robots = soup.find("meta", attrs={"name": "robots"})
    assert robots and "noindex" in robots["content"], "a search page must be noindex"
    return soup
