"""Publishing keeps the baked site in step: the article, the fronts that list it, nothing lost."""

import pytest

from masthead.baking.bake import file_name_for
from masthead.baking.tree import live_tree, verify_tree

pytestmark = pytest.mark.django_db(transaction=True)


def live_text(name: str) -> str:
    return (live_tree() / name).read_text()


def test_publishing_rebakes_the_article_and_every_front_that_lists_it(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    article = newsroom.publish_article(
        headline="Breaking: the budget is signed", slug="budget-signed", topics=[newsroom.topic]
    )
    assert live_tree() != first.tree
    assert "Breaking: the budget is signed" in live_text(file_name_for(article.url))
    assert (live_tree() / file_name_for(article.pdf_url)).is_file()
    for front in [
        "index.html",
        "news/index.html",
        "news/politics/index.html",
        "topics/elections/index.html",
        "authors/anna-keller/index.html",
        "articles/index.html",
    ]:
        assert "Breaking: the budget is signed" in live_text(front), front
    assert verify_tree(live_tree()) == []
    # Files that did not change are shared with the previous tree, not copied.
    assert (live_tree() / "terms/index.html").stat().st_ino == (
        first.tree / "terms/index.html"
    ).stat().st_ino


def test_unpublishing_removes_the_article_and_its_stale_pagination(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    assert (first.tree / "news/politics/page/2/index.html").is_file()
    victim = articles[0]
    victim.unpublish()
    live = live_tree()
    assert not (live / file_name_for(victim.url)).exists()
    assert not (live / file_name_for(victim.pdf_url)).exists()
    assert "Story 0<" not in live_text("news/politics/index.html")
    # 20 articles are left: one page, so page 2 is gone from every listing.
    assert not (live / "news/politics/page/2/index.html").exists()
    assert not (live / "topics/elections/page/2/index.html").exists()
    assert verify_tree(live) == []
    # The previous tree was left untouched by the rebake (hard links were replaced, not written).
    assert (first.tree / file_name_for(victim.url)).is_file()
    assert verify_tree(first.tree) == []


def test_nothing_is_baked_on_publish_before_the_first_bake(newsroom, site_root):
    newsroom.publish_article(slug="quiet")
    assert live_tree() is None
