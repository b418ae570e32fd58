"""Stable pagination of public listings by path, so every page can be a file that rarely changes.

Archive pages are numbered from the oldest article: `<listing>/page/1/` holds the 20 oldest,
`page/2/` the next 20, and so on. Publishing a new article therefore changes the front page only
(and, once every 20 articles, adds one archive page), instead of shifting every page of a listing
of 20,000 articles by one; a correction to an old article changes exactly one archive page. The
front shows what no full archive page holds yet: between one and two pages' worth, newest first.
"""

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

# A page number with more digits than this cannot exist; refusing it early avoids huge ints.
MAX_PAGE_DIGITS = 7
FRONT = 0


def parse_page_number(raw: str) -> int:
    """Return a page number written as plain ASCII digits, or raise Http404."""
    # One spelling per page: "02" would be a duplicate of "2" in the baked site.
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS or raw[0] == "0":
        raise Http404(_("There is no such page."))
    return int(raw)


@dataclass(frozen=True)
class StableLayout:
    """Where each article of a listing of `total` articles goes, `per_page` to an archive page."""

    total: int
    per_page: int

    @property
    def archive_pages(self) -> int:
        """How many full archive pages exist; the front keeps at least `per_page` articles."""
        return max(0, (self.total - self.per_page) // self.per_page)

    def page_slice(self, number: int) -> slice:
        """Return the positions, newest first, of the articles shown on page `number` (0: front)."""
        front_size = self.total - self.archive_pages * self.per_page
        if number == FRONT:
            return slice(0, front_size)
        if not 1 <= number <= self.archive_pages:
            raise Http404(_("There is no such page."))
        end = self.total - (number - 1) * self.per_page
        return slice(end - self.per_page, end)

    def newer(self, number: int) -> int | None:
        if number == FRONT:
            return None
        return number + 1 if number < self.archive_pages else FRONT

    def older(self, number: int) -> int | None:
        if number == FRONT:
            return self.archive_pages or None
        return number - 1 or None

    def page_numbers(self) -> list[int]:
        return [FRONT, *range(1, self.archive_pages + 1)]

    def pages_of(self, article_ids_newest_first: list) -> dict[int, list]:
        """Split a listing's ids into its pages: {page number: ids shown there}."""
        return {
            number: article_ids_newest_first[self.page_slice(number)]
            for number in self.page_numbers()
        }


@dataclass
class ListingPage:
    """One page of a listing, as templates use it."""

    number: int
    object_list: list
    newer_url: str | None
    older_url: str | None

    @property
    def is_archive(self) -> bool:
        return self.number != FRONT
