"""Which pages of a listing a rebake renders, worked out from its ids before and after."""

import datetime
import random

import pytest
from django.utils import timezone

from masthead.baking.listings import changed_pages
from masthead.core.pagination import FRONT, StableLayout


def every_page_compared(before, after, per_page, article_id):
    """The plain rule, page by page over the whole listing: what `changed_pages` must equal."""
    old, new = StableLayout(len(before), per_page), StableLayout(len(after), per_page)
    old_pages, new_pages = old.pages_of(before), new.pages_of(after)
    render = {FRONT} | {
        number
        for number, ids in new_pages.items()
        if ids != old_pages.get(number) or article_id in ids
    }
    if new.archive_pages != old.archive_pages:
        low, high = sorted([old.archive_pages, new.archive_pages])
        render.update(range(max(low, 1), min(high, new.archive_pages) + 1))
    return sorted(render), [n for n in old.page_numbers() if n > new.archive_pages]


def edited(ids: list[int], edit: str, article_id: int, place: int) -> list[int]:
    after = [pk for pk in ids if pk != article_id]
    if edit in ("published", "moved"):
        after.insert(min(place, len(after)), article_id)
    return ids if edit == "corrected" else after


def test_only_the_pages_whose_articles_changed_are_rendered_whatever_the_edit():
    rng = random.Random(7)
    for _ in range(2000):
        per_page = rng.choice([1, 2, 4, 5])
        before = list(range(rng.randint(0, 60), 0, -1))
        edit = rng.choice(["published", "moved", "unpublished", "corrected"])
        article_id = 1000 if edit == "published" or not before else rng.choice(before)
        place = 0 if rng.random() < 0.5 else rng.randint(0, len(before))
        after = edited(before, edit, article_id, place)
        assert changed_pages(before, after, per_page, article_id) == every_page_compared(
            before, after, per_page, article_id
        ), (before, after, per_page, article_id)


def test_a_new_article_renders_the_front_only():
    before = list(range(20_000, 0, -1))
    assert changed_pages(before, [20_001, *before], 20, 20_001) == ([FRONT], [])


@pytest.mark.django_db
def test_a_dense_listing_lists_the_same_articles_in_the_same_order(newsroom, site_root):
    # Two at the same moment: the order between them is the tie-break's, in both forms.
    moment = timezone.now() - datetime.timedelta(hours=1)
    for n in range(6):
        newsroom.publish_article(
            slug=f"story-{n}",
            topics=[newsroom.topic],
            when=moment if n < 2 else moment + datetime.timedelta(minutes=n),
        )
    newsroom.publish_article(slug="elsewhere", topics=[], authors=[newsroom.reporters[1]])
    author = newsroom.reporters[0]
    for listing in (newsroom.topic, author):
        listing = listing.specific
        assert len(listing.listing_article_ids()) == 6
        for limit in (None, 1, 3):
            assert listing.listing_article_ids(limit, dense=True) == listing.listing_article_ids(
                limit
            ), (listing, limit)
