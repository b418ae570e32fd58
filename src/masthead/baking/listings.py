"""What the baker remembers about the live tree, so a rebake renders only what changed.

For each listing (section, topic, author, archive) the ids of the articles its baked pages show,
newest first; for each article, the listings it was baked into, the URLs it was baked at and the
sitemap month files that name it (its own and its translations').
Comparing these with the database after an edit gives the exact pages to render again: the
article's own, every listing page whose articles changed (including listings the article has
just left), and the URLs it no longer has. State is kept per tree, beside it, never served.
"""

import json
from pathlib import Path

from masthead.baking.tree import state_dir
from masthead.core.pagination import FRONT, StableLayout

# A listing with at least this many articles is read newest first through the index of
# publication times (see `ArticleListingPage.dense_listing`): reading a few hundred rows of
# that index costs less than sorting this many.
DENSE_LISTING = 1000


def _listing_file(tree: Path, listing_id: int) -> Path:
    return state_dir(tree) / "listings" / f"{listing_id}.json"


def _article_file(tree: Path, article_id: int) -> Path:
    return state_dir(tree) / "articles" / f"{article_id}.json"


def _read(path: Path):
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        # Missing or cut short by a crash: the caller then renders everything it might concern.
        return None


def _write(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(value))
    temporary.replace(path)


def baked_listing(tree: Path, listing_id: int) -> list[int] | None:
    return _read(_listing_file(tree, listing_id))


def remember_listing(tree: Path, listing_id: int, article_ids: list[int]) -> None:
    _write(_listing_file(tree, listing_id), article_ids)


def baked_article(tree: Path, article_id: int) -> dict:
    """Return {"listings": [listing ids], "urls": [URLs], "sitemaps": [URLs]} as last baked,
    empty when unknown."""
    baked = _read(_article_file(tree, article_id)) or {"listings": [], "urls": []}
    baked.setdefault("sitemaps", [])
    return baked


def remember_article(tree: Path, article_id: int, listings, urls, sitemaps=()) -> None:
    _write(
        _article_file(tree, article_id),
        {"listings": sorted(listings), "urls": list(urls), "sitemaps": sorted(sitemaps)},
    )


def forget_article(tree: Path, article_id: int) -> None:
    _article_file(tree, article_id).unlink(missing_ok=True)


def remember_everything(tree: Path, listings) -> None:
    """Record every listing of a freshly baked tree and, per article, the listings showing it."""
    from masthead.articles.models import ArticlePage
    from masthead.baking.paths import home_pages, page_urls
    from masthead.syndication.sitemaps import all_article_sitemap_files

    shown_in: dict[int, set[int]] = {}
    for listing in listings:
        ids = listing.listing_article_ids()
        remember_listing(tree, listing.pk, ids)
        for article_id in ids:
            shown_in.setdefault(article_id, set()).add(listing.pk)
    sitemaps = all_article_sitemap_files()
    for article in ArticlePage.objects.live().public().defer_streamfields():
        remember_article(
            tree,
            article.pk,
            shown_in.get(article.pk, ()),
            page_urls(article),
            sitemaps.get(article.pk, ()),
        )
    for home in home_pages():
        # Only the edition's feed follows the home's articles: its window is what a rebake compares.
        remember_listing(tree, home.pk, home.feed_article_ids())


def current_listing(listing, baked: list[int] | None, article_id: int, may_list_it=True):
    """Return a listing's article ids now, newest first, after a change to `article_id`.

    Only the newest part comes from the database: down to the article's new place and its old
    place in `baked` (the ids as last baked); the older rest is the baked one. A publish then
    reads a few dozen ids, not the 20,000 of an archive. `may_list_it` is False when the article
    is no longer live, so it cannot be further down.
    """
    if baked is None:
        return listing.listing_article_ids()
    try:
        old_place = baked.index(article_id)
    except ValueError:
        old_place = -1
    # A page's worth beyond the old place leaves room for articles published meanwhile.
    count = old_place + 2 + listing.articles_per_page
    listed_now = None if may_list_it else False
    while True:
        newest = listing.listing_article_ids(limit=count, dense=len(baked) >= DENSE_LISTING)
        if len(newest) < count:
            return newest
        if article_id not in newest and listed_now is None:
            listed_now = listing.lists_article(article_id)
        if article_id in newest or not listed_now:
            rest = baked_rest(baked, newest, article_id, old_place)
            if rest is not None:
                return newest + rest
        count *= 2


def baked_rest(baked: list[int], newest: list[int], article_id: int, old_place: int):
    """Return the baked ids older than the last of `newest`, or None if they cannot be trusted.

    They can when that last article is below the edited one's old place in `baked` and the same
    articles are above it in both (the edited one aside): the edit then moved nothing below it.
    A change elsewhere not rebaked yet (another editor's, further down) makes this fail and more
    is read, up to the whole listing; one further down than what is read is left for its own
    rebake to find, against what this one remembers.
    """
    last = newest[-1]
    if last == article_id:
        return None
    try:
        place = baked.index(last)
    except ValueError:
        return None
    if place < old_place or {*baked[: place + 1]} - {article_id} != {*newest} - {article_id}:
        return None
    return baked[place + 1 :]


def changed_pages(before: list[int] | None, after: list[int], per_page: int, article_id: int):
    """Return (page numbers to render, page numbers that no longer exist) for one listing.

    A page is rendered when the articles it shows changed, when it shows the edited article, or
    when its "newer" link moved because an archive page was added or removed. The front is
    always rendered: it is cheap, and it is where concurrent publications meet.
    """
    new_layout = StableLayout(len(after), per_page)
    if before is None:
        return new_layout.page_numbers(), []
    old_layout = StableLayout(len(before), per_page)
    # Archive pages count from the oldest article: those within the oldest ids both lists
    # share show the same articles, and need no comparison (an archive has a thousand pages).
    shared = min(len(common_oldest(before, after)) // per_page, old_layout.archive_pages)
    render = {FRONT}
    for number in range(shared + 1, new_layout.archive_pages + 1):
        ids = after[new_layout.page_slice(number)]
        if number > old_layout.archive_pages or before[old_layout.page_slice(number)] != ids:
            render.add(number)
    if article_id in after:
        number = (len(after) - 1 - after.index(article_id)) // per_page + 1
        render.add(number if number <= new_layout.archive_pages else FRONT)
    if new_layout.archive_pages != old_layout.archive_pages:
        # The newest archive page links "newer" to the front or to the page after it.
        low, high = sorted([old_layout.archive_pages, new_layout.archive_pages])
        render.update(range(max(low, 1), min(high, new_layout.archive_pages) + 1))
    gone = [n for n in old_layout.page_numbers() if n > new_layout.archive_pages]
    return sorted(render), gone


def common_oldest(before: list[int], after: list[int]) -> list[int]:
    """Return the oldest ids both lists end with, found by halving (list slices compare in C)."""
    low, high = 0, min(len(before), len(after))
    while low < high:
        middle = (low + high + 1) // 2
        if before[len(before) - middle :] == after[len(after) - middle :]:
            low = middle
        else:
            high = middle - 1
    return after[len(after) - low :]
