"""One statement of the rules every public page keeps, for live responses and baked files alike."""

import datetime
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
    canonicals = soup.find_all("link", rel="canonical")
    assert len(canonicals) == 1, f"a page names one canonical address, not {len(canonicals)}"
    canonical = canonicals[0]
    assert canonical["href"].startswith("http"), "no absolute canonical link"
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
    assert_cards_and_json_ld(soup, canonical["href"])
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


# What each schema.org type must hold (search engines' documentation, and ours: a publisher with
# a logo, a correction with its date). Values are checked wherever the type appears.
JSON_LD_REQUIRED = {
    "NewsArticle": {"headline", "url", "datePublished", "dateModified", "publisher", "inLanguage"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "item"},
    "WebSite": {"name", "url", "potentialAction"},
    "SearchAction": {"target", "query-input"},
    "ImageObject": {"url", "width", "height"},
    "Person": {"name"},
    "Organization": {"name"},
    "NewsMediaOrganization": {"name", "url", "logo"},
    "CorrectionComment": {"text", "datePublished"},
}
JSON_LD_URLS = {"@id", "url", "contentUrl", "item", "mainEntityOfPage", "urlTemplate"}
JSON_LD_DATES = {"datePublished", "dateModified"}
LOGO_MAX_SIZE = (600, 60)


def json_ld_blocks(soup: BeautifulSoup) -> list[dict]:
    """Return each `application/ld+json` block of a page, parsed."""
    return [
        json.loads(block.string) for block in soup.find_all("script", type="application/ld+json")
    ]


def assert_cards_and_json_ld(soup: BeautifulSoup, canonical: str) -> None:
    """Check link-preview tags and every JSON-LD block: parsed, typed, complete, absolute."""
    og_url = soup.find("meta", property="og:url")
    if og_url:
        assert og_url["content"] == canonical, "og:url differs from the canonical address"
    for block in json_ld_blocks(soup):
        assert isinstance(block, dict), "a JSON-LD block is one object"
        assert block.get("@context") == "https://schema.org", block.get("@context")
        assert_json_ld_node(block)
        if block["@type"] in ("NewsArticle", "WebSite"):
            assert block["url"] == canonical, f"{block['@type']} names {block['url']}"


def assert_json_ld_node(node, key: str = "") -> None:
    if isinstance(node, list):
        for item in node:
            assert_json_ld_node(item, key)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    assert kind, f"JSON-LD object without @type under {key!r}: {node}"
    # A translation is named by its address and language; its own page describes it.
    is_reference = key in ("workTranslation", "translationOfWork")
    required = {"url", "inLanguage"} if is_reference else JSON_LD_REQUIRED.get(kind, set())
    missing = required - set(node)
    assert not missing, f"{kind} lacks {sorted(missing)}"
    for name, value in node.items():
        if name in JSON_LD_URLS or name == "sameAs":
            for url in value if isinstance(value, list) else [value]:
                assert urlsplit(url).scheme in ("http", "https"), f"{name} is not absolute: {url}"
        if name in JSON_LD_DATES:
            moment = datetime.datetime.fromisoformat(value)
            assert moment.tzinfo is not None, f"{name} has no time zone: {value}"
        if isinstance(value, str) and name not in JSON_LD_URLS:
            assert value.strip(), f"{kind}.{name} is empty"
        assert_json_ld_node(value, name)
    if kind == "BreadcrumbList":
        positions = [item["position"] for item in node["itemListElement"]]
        assert positions == list(range(1, len(positions) + 1)), positions
        assert len(positions) >= 2, "a breadcrumb list of one item"
    if kind == "SearchAction":
        assert "{search_term_string}" in node["target"]["urlTemplate"]
        assert node["query-input"] == "required name=search_term_string"
    if kind == "NewsMediaOrganization":
        logo = node["logo"]
        assert logo["width"] <= LOGO_MAX_SIZE[0] and logo["height"] <= LOGO_MAX_SIZE[1], logo
    if kind == "ImageObject":
        assert isinstance(node["width"], int) and isinstance(node["height"], int), node
