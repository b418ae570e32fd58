"""Pagination of public listings that answers any `?page=` with a page or a 404, never a 500."""

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

# A page number with more digits than this cannot exist; refusing it early avoids huge ints.
MAX_PAGE_DIGITS = 7


def paginate(request, queryset, per_page: int) -> Page:
    """Return the requested page of `queryset`; a bad or out-of-range number raises Http404."""
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS:
        raise Http404(_("There is no such page."))
    try:
        return Paginator(queryset, per_page, allow_empty_first_page=True).page(int(raw))
    except EmptyPage as error:
        raise Http404(_("There is no such page.")) from error
