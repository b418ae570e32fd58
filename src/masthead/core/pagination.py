"""Pagination of public listings by path (`<listing>/page/2/`), so every page can be a file."""

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

# A page number with more digits than this cannot exist; refusing it early avoids huge ints.
MAX_PAGE_DIGITS = 7


def parse_page_number(raw: str) -> int:
    """Return a page number written as plain ASCII digits, or raise Http404."""
    # One spelling per page: "02" would be a duplicate of "2" in the baked site.
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS or raw[0] == "0":
        raise Http404(_("There is no such page."))
    return int(raw)


def paginate(items, number: int, per_page: int) -> Page:
    """Return page `number` of `items`; a page past the end raises Http404."""
    try:
        return Paginator(items, per_page, allow_empty_first_page=True).page(number)
    except EmptyPage as error:
        raise Http404(_("There is no such page.")) from error
