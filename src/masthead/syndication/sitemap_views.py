"""The sitemap views: plain GETs with no per-request state, so the baker writes them as files."""

from django.conf import settings
from django.http import Http404, HttpResponse

from masthead.core.memo import per_request
from masthead.syndication.sitemaps import (
    IMAGE_NS,
    MONTH_FILE,
    MONTH_LASTMODS_MEMO_KEY,
    NEWS_NS,
    XHTML_NS,
    index_entries,
    index_xml,
    month_entries,
    month_lastmods,
    news_entries,
    pages_entries,
    urlset,
)

XML_CONTENT_TYPE = "application/xml; charset=utf-8"


def xml_response(body: str) -> HttpResponse:
    return HttpResponse(body.encode(), content_type=XML_CONTENT_TYPE)


def edition_code(language_code: str) -> str:
    if language_code not in {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}:
        raise Http404
    return language_code


def sitemap_index(request):
    # Within a rebake, the months it worked out; otherwise one aggregate over every article.
    months = per_request(request, MONTH_LASTMODS_MEMO_KEY, month_lastmods)
    return xml_response(index_xml(index_entries(months)))


def edition_sitemap(request, language_code, name):
    """An edition's pages file (`pages.xml`) or one month of its articles (`2024-06.xml`)."""
    code = edition_code(language_code)
    if name == "pages":
        entries = pages_entries(code, request)
    else:
        month = MONTH_FILE.match(name)
        year, number = (int(month["year"]), int(month["month"])) if month else (0, 0)
        # Dates Python can count a month past; anything else is no file of ours.
        if not (1 <= year < 9999 and 1 <= number <= 12):
            raise Http404
        entries = month_entries(code, year, number, request)
    if not entries:
        # A month without articles has no file; the index does not list one.
        raise Http404
    return xml_response(urlset(entries, {"xhtml": XHTML_NS, "image": IMAGE_NS}))


def news_sitemap(request):
    return xml_response(urlset(news_entries(request=request), {"news": NEWS_NS}))
