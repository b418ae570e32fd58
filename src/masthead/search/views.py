"""The search page of each edition (`/search/`, `/ru/search/`): the only dynamic public page.

Searches are counted per client before anything else (`throttle.py`); a client over its limit
gets a small 429 page that costs no database query. Results are the same for every reader and
set no cookie, so they may be cached briefly like any page; they are never indexed.
"""

import math

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from masthead.search.forms import MAX_QUERY_LENGTH, MAX_QUERY_WORDS, SearchForm
from masthead.search.query import (
    MAX_RESULTS,
    RESULTS_PER_PAGE,
    Filters,
    articles_by_id,
    find_matches,
)
from masthead.search.snippets import highlight, snippet
from masthead.search.text import article_text, stem
from masthead.search.throttle import seconds_until_allowed

# A results page may be kept briefly by a cache or CDN, as any page: the same for every reader.
SEARCH_CACHE_CONTROL = "public, max-age=60"
# Never kept by a shared cache: one client's refusal must not be served to everyone else.
REFUSAL_CACHE_CONTROL = "private, no-store"
NOINDEX = "noindex"
MAX_PAGE_PARAMETER_SHOWN = 20
FILTER_NAMES = ("section", "author", "date_from", "date_to")


def edition_home(request, language_code: str):
    """Return the home page of the edition in this language, or None if there is none."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return None
    if root.locale_id == locale.pk:
        return root.specific_deferred
    translation = root.get_translation_or_none(locale)
    return translation.specific_deferred if translation and translation.live else None


def search(request):
    wait = seconds_until_allowed(request)
    if wait:
        return too_many_requests(request, wait)
    home = edition_home(request, get_language())
    if home is None:
        raise Http404
    from masthead.people.models import AuthorPage
    from masthead.sections.models import SectionPage

    form = SearchForm(
        request.GET if request.GET else None,
        sections=SectionPage.objects.live().descendant_of(home).order_by("path"),
        authors=AuthorPage.objects.live().descendant_of(home).order_by("title"),
        section_depth=home.depth + 1,
    )
    context = {
        "page": home,
        "form": form,
        "search_url": reverse("masthead_search"),
        "canonical_url": settings.MASTHEAD_SITE_URL + reverse("masthead_search"),
        "query_shown": (request.GET.get("q") or "")[:MAX_QUERY_LENGTH],
        "max_query_length": MAX_QUERY_LENGTH,
        "notices": [],
        "searched": False,
        "filters_open": any(request.GET.get(name) for name in FILTER_NAMES),
    }
    if form.is_bound and form.is_valid():
        search_words = form.search_words
        if search_words or form.has_filters:
            context.update(results_context(request, form, search_words, home))
        elif form.cleaned_data["q"]:
            context["notices"].append(
                _("Your search has no letters or digits to look for. Type a word or a name.")
            )
    response = TemplateResponse(request, "search/search_page.html", context)
    response["Cache-Control"] = SEARCH_CACHE_CONTROL
    response["X-Robots-Tag"] = NOINDEX
    return response


def results_context(request, form, search_words, home) -> dict:
    data = form.cleaned_data
    filters = Filters(
        locale=home.locale,
        section=data["section"],
        author=data["author"],
        date_from=data["date_from"],
        date_to=data["date_to"],
    )
    matches = find_matches(search_words, filters)
    notices = []
    if form.words_dropped:
        notices.append(
            ngettext(
                "Only the first %(count)d word of your search was used.",
                "Only the first %(count)d words of your search were used.",
                MAX_QUERY_WORDS,
            )
            % {"count": MAX_QUERY_WORDS}
        )
    if len(matches) >= MAX_RESULTS:
        notices.append(
            ngettext(
                "Only the %(count)d best result is shown; add words or filters to narrow it.",
                "Only the %(count)d best results are shown; add words or filters to narrow them.",
                MAX_RESULTS,
            )
            % {"count": MAX_RESULTS}
        )
    page_count = max(math.ceil(len(matches) / RESULTS_PER_PAGE), 1)
    number, page_notice = page_number(request.GET.get("page"), page_count)
    if page_notice:
        notices.append(page_notice)
    shown = matches[(number - 1) * RESULTS_PER_PAGE : number * RESULTS_PER_PAGE]
    wanted = {stem(word) for word in search_words}
    results = []
    for article in articles_by_id([match.pk for match in shown]):
        results.append(
            {
                "article": article,
                "url": article.get_url(request),
                "headline": highlight(article.headline, wanted),
                "snippet": snippet(article_text(article), wanted),
            }
        )
    return {
        "searched": True,
        "results": results,
        "result_count": len(matches),
        "page_number": number,
        "page_count": page_count,
        "previous_url": page_url(request, number - 1) if number > 1 else None,
        "next_url": page_url(request, number + 1) if number < page_count else None,
        "first_result": (number - 1) * RESULTS_PER_PAGE + 1,
        "last_result": (number - 1) * RESULTS_PER_PAGE + len(results),
        "notices": notices,
    }


def page_number(raw: str | None, page_count: int) -> tuple[int, str | None]:
    """Return the results page to show for a `page` parameter, and why if it is not that one."""
    if raw is None or raw == "":
        return 1, None
    try:
        number = int(raw[:MAX_PAGE_PARAMETER_SHOWN])
    except ValueError:
        shown = raw[:MAX_PAGE_PARAMETER_SHOWN]
        return 1, _("“%(page)s” is not a page number; here is the first page.") % {"page": shown}
    if len(raw) > MAX_PAGE_PARAMETER_SHOWN or number > page_count:
        return page_count, _(
            "There is no page %(page)s of these results; here is the last one, page %(last)d."
        ) % {"page": raw[:MAX_PAGE_PARAMETER_SHOWN], "last": page_count}
    if number < 1:
        return 1, _("There is no page %(page)s of these results; here is the first one.") % {
            "page": number
        }
    return number, None


def page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return f"{request.path}?{query.urlencode()}"


def too_many_requests(request, retry_after: int):
    """Return the 429 page: no database query, not cached by anyone, never indexed."""
    response = TemplateResponse(
        request,
        "search/too_many_requests.html",
        {"retry_after": retry_after, "search_url": reverse("masthead_search")},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = REFUSAL_CACHE_CONTROL
    response["X-Robots-Tag"] = NOINDEX
    return response
