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
            # Canonical and alternate links name addresses, on the main site; nothing loads them.
            rel = set(element.get("rel", [])) if element.name == "link" else set()
            if not value or rel & {"canonical", "alternate"}:
                continue
            for candidate in value.split(","):
                host = urlsplit(candidate.strip().split(" ")[0]).hostname or ""
                assert host in LOCAL_HOSTS, f"{element.name} loads from another host: {value}"
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[hreflang]")}
    if alternates:
        assert canonical["href"] in alternates.values(), "the hreflang links leave the page out"
        assert all(href.startswith("http") for href in alternates.values()), alternates
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
