"""Reading and checking sitemaps in tests: schema validation against the vendored XSDs."""

from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import xmlschema

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@cache
def urlset_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "all.xsd"))


@cache
def index_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMAS / "siteindex.xsd"))


def sitemap_xml(response) -> str:
    """Check a live sitemap response (type, cache policy, no cookie); return its text."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert "max-age=60" in response["Cache-Control"]
    assert not response.cookies
    return response.content.decode()


def valid_urlset(text: str) -> ElementTree.Element:
    """Parse a <urlset> (well-formed or this raises) and validate it; return its root."""
    root = ElementTree.fromstring(text.encode())
    urlset_schema().validate(text)
    return root


def valid_index(text: str) -> ElementTree.Element:
    root = ElementTree.fromstring(text.encode())
    index_schema().validate(text)
    return root


def entries(root) -> dict[str, ElementTree.Element]:
    """Return {loc: <url> element} of a urlset."""
    return {url.findtext("sm:loc", namespaces=NS): url for url in root.findall("sm:url", NS)}


def alternates(url) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}


def index_locations(root) -> dict[str, str | None]:
    return {
        sitemap.findtext("sm:loc", namespaces=NS): sitemap.findtext("sm:lastmod", namespaces=NS)
        for sitemap in root.findall("sm:sitemap", NS)
    }
